package org.parley.rules.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A first pass over the tokens of a scenario, before any tree is built: it finds the parts
 * past the {@link ReaderLimits}, and every syntax error.
 *
 * <p>Counting facts here rather than in the tree keeps a file with millions of detainees
 * from being built into millions of nodes only to be rejected; and the count is exact, for
 * the scan goes on to the end of an array that is past its limit. Every string and number
 * is decoded here, so that the second pass, which builds the tree, finds nothing new.
 */
final class TokenScan {

    /** The arrays of facts at the top level, whose names are also the words for their elements. */
    private static final Set<String> TOP_LEVEL_FACTS = Set.of("detainees", "batches", "lists", "remains");

    private static final int MAX_SHOWN = 40;

    /** What an open array or object is, as far as limits go. */
    private enum Role {
        /** The scenario object. */
        ROOT,
        /** {@code detainees}, {@code lists}, {@code remains} or {@code batches}. */
        FACTS,
        /** An object in {@code batches}. */
        BATCH,
        /** The {@code transfers} of a batch. */
        TRANSFERS,
        /** Anything else. */
        OTHER
    }

    /** An open array or object, with the elements counted so far when its role counts them. */
    private static final class Container {
        final Role role;
        final String path;
        final String kind;
        final long limit;
        final boolean array;
        long count;
        String name;

        Container(Role role, String path, String kind, long limit, boolean array) {
            this.role = role;
            this.path = path;
            this.kind = kind;
            this.limit = limit;
            this.array = array;
        }
    }

    private final ReaderLimits limits;
    private final Deque<Container> open = new ArrayDeque<>();
    private final List<String> problems = new ArrayList<>();
    private long unlisted;

    private TokenScan(ReaderLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the first JSON value of the parser to its end.
     *
     * @throws ScenarioException with the parts past a limit and the numbers that cannot be
     *                           read, if there are any: then the tree must not be built
     * @throws IOException       when the content is not valid JSON (with the parser's location)
     */
    static void check(JsonParser parser, ReaderLimits limits) throws IOException, ScenarioException {
        TokenScan scan = new TokenScan(limits);
        try {
            scan.scan(parser);
        } catch (StreamConstraintsException e) {
            scan.add(pastConstraint(parser, e, limits));
        }
        if (!scan.problems.isEmpty()) {
            throw new ScenarioException(scan.problems, scan.unlisted);
        }
    }

    /** Keeps the first problems, and counts the others, as {@link Problems} does. */
    private void add(String problem) {
        if (problems.size() < Problems.MAX_LISTED) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }

    private void scan(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = next(parser)) != null) {
            switch (token) {
                case FIELD_NAME -> open.peek().name = parser.currentName();
                case START_OBJECT, START_ARRAY -> {
                    countElement();
                    open.push(container(token == JsonToken.START_ARRAY));
                }
                case END_OBJECT, END_ARRAY -> {
                    Container closed = open.pop();
                    if (closed.count > closed.limit) {
                        add(closed.path + ": " + closed.count + " " + closed.kind
                                + " is more than the limit of " + closed.limit
                                + (closed.role == Role.TRANSFERS ? " per batch" : ""));
                    }
                }
                case VALUE_STRING -> {
                    countElement();
                    // Decoded now, so that its length and its UTF-8 are checked in this pass; only
                    // getText checks the length to the last character.
                    parser.getText();
                }
                case VALUE_NUMBER_FLOAT -> {
                    countElement();
                    readableDecimal(parser);
                }
                default -> countElement();
            }
            if (open.isEmpty()) {
                // The first value is complete; what follows it is the second pass's concern.
                return;
            }
        }
    }

    /**
     * The next token, read as the tree builder reads it (keys with {@code nextFieldName}), so
     * that a syntax error is reported in the same words by both passes.
     */
    private JsonToken next(JsonParser parser) throws IOException {
        Container parent = open.peek();
        if (parent != null && !parent.array) {
            return parser.nextFieldName() != null ? JsonToken.FIELD_NAME : parser.currentToken();
        }
        return parser.nextToken();
    }

    private void countElement() {
        Container parent = open.peek();
        if (parent != null && parent.array) {
            parent.count++;
        }
    }

    /** The role of an array or object that has just opened, from where it is. */
    private Container container(boolean array) {
        Container parent = open.peek();
        if (parent == null) {
            return new Container(array ? Role.OTHER : Role.ROOT, "$", "", Long.MAX_VALUE, array);
        }
        if (parent.role == Role.ROOT && array && TOP_LEVEL_FACTS.contains(parent.name)) {
            return new Container(Role.FACTS, "$." + parent.name, parent.name, limitOf(parent.name), true);
        }
        if (parent.role == Role.FACTS && parent.kind.equals("batches") && !array) {
            return new Container(Role.BATCH, parent.path + "[" + (parent.count - 1) + "]", "", Long.MAX_VALUE,
                    false);
        }
        if (parent.role == Role.BATCH && array && "transfers".equals(parent.name)) {
            return new Container(Role.TRANSFERS, parent.path + ".transfers", "transfers",
                    limits.maxTransfersPerBatch(), true);
        }
        return new Container(Role.OTHER, "", "", Long.MAX_VALUE, array);
    }

    private long limitOf(String facts) {
        return switch (facts) {
            case "detainees" -> limits.maxDetainees();
            case "batches" -> limits.maxBatches();
            case "lists" -> limits.maxLists();
            default -> limits.maxRemains();
        };
    }

    /**
     * Checks that a number with a fraction or an exponent can be read as a decimal, which
     * the tree needs: {@code 1e2147483648} cannot, its exponent being past the range of an int.
     */
    private void readableDecimal(JsonParser parser) throws IOException {
        try {
            parser.getDecimalValue();
        } catch (NumberFormatException e) {
            add(ScenarioReader.pathOf(parser.getParsingContext(), true) + ": " + cut(parser.getText())
                    + " has an exponent out of range; expected a number whose exponent is between "
                    + -Integer.MAX_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    /** The problem line for a part of the file past one of Jackson's stream constraints. */
    private static String pastConstraint(JsonParser parser, StreamConstraintsException e, ReaderLimits limits) {
        String reason = String.valueOf(e.getOriginalMessage());
        JsonStreamContext context = parser.getParsingContext();
        if (reason.startsWith("Document nesting depth")) {
            JsonLocation where = parser.currentLocation();
            return ScenarioReader.pathOf(context, true) + ": nested deeper than the limit of "
                    + limits.maxNestingDepth() + " arrays and objects, at line " + where.getLineNr() + ", column "
                    + where.getColumnNr();
        }
        if (reason.startsWith("String value length")) {
            return ScenarioReader.pathOf(context, true) + ": a string longer than the limit of "
                    + limits.maxStringLength() + " characters";
        }
        if (reason.startsWith("Name length")) {
            // The key being read is not yet the context's name: the path is its object's.
            return ScenarioReader.pathOf(context, false) + ": a key longer than the limit of "
                    + limits.maxStringLength() + " characters";
        }
        if (reason.startsWith("Number value length")) {
            return ScenarioReader.pathOf(context, true) + ": a number longer than the limit of "
                    + limits.maxNumberLength() + " characters";
        }
        return ScenarioReader.pathOf(context, true) + ": past a limit of the reader: " + reason;
    }

    private static String cut(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 3) + "...";
    }
}
