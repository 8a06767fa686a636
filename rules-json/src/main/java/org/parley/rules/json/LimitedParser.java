package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A parser that stops at the lengths and depth of {@link ReaderLimits}: every token passes
 * through it, whether the reader walks the tokens or Jackson builds a tree from them.
 *
 * <p>Jackson's own constraints stay on, set so that ours are met first; one of them can still
 * stop a string or a key that is far too long while it is being decoded, which is then
 * reported the same way.
 */
final class LimitedParser extends JsonParserDelegate {

    /** Thrown at the first token past a limit, with the problem line; no other problem is looked for. */
    static final class PastLimit extends IOException {

        private static final long serialVersionUID = 1L;

        PastLimit(String problem) {
            super(problem);
        }
    }

    private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);
    private static final BigDecimal SMALLEST = new BigDecimal(Double.MIN_VALUE);

    private final ReaderLimits limits;

    LimitedParser(JsonParser parser, ReaderLimits limits) {
        super(parser);
        this.limits = limits;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (StreamConstraintsException e) {
            // Depth and numbers are ours alone (see ScenarioReader): only a key can be past Jackson's limit here.
            throw new PastLimit(pathOf(delegate.getParsingContext(), false) + ": a key longer than the limit of "
                    + limits.maxStringLength() + " characters");
        }
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (delegate.getParsingContext().getNestingDepth() > limits.maxNestingDepth()) {
                    JsonLocation where = delegate.currentLocation();
                    throw new PastLimit(pathOf(delegate.getParsingContext(), true)
                            + ": nested deeper than the limit of " + limits.maxNestingDepth()
                            + " arrays and objects, at line " + where.getLineNr() + ", column " + where.getColumnNr());
                }
            }
            case FIELD_NAME -> {
                if (delegate.currentName().length() > limits.maxStringLength()) {
                    throw new PastLimit(pathOf(delegate.getParsingContext().getParent(), true)
                            + ": a key longer than the limit of " + limits.maxStringLength() + " characters");
                }
            }
            case VALUE_STRING -> {
                int length;
                try {
                    length = delegate.getTextLength();
                } catch (StreamConstraintsException e) {
                    length = Integer.MAX_VALUE;
                }
                if (length > limits.maxStringLength()) {
                    throw new PastLimit(pathOf(delegate.getParsingContext(), true)
                            + ": a string longer than the limit of " + limits.maxStringLength() + " characters");
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (delegate.getTextLength() > limits.maxNumberLength()) {
                    throw new PastLimit(pathOf(delegate.getParsingContext(), true)
                            + ": a number longer than the limit of " + limits.maxNumberLength() + " characters");
                }
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    exactDecimal();
                }
            }
            default -> {
                // true, false and null have their own length.
            }
        }
        return token;
    }

    /**
     * Checks that a number with a fraction or an exponent can be read as the exact decimal
     * the tree holds: {@code 1e2147483648} cannot, its exponent being past the range of an int.
     */
    private void exactDecimal() throws IOException {
        try {
            BigDecimal value = delegate.getDecimalValue().abs();
            // Past the range of a double, the validator neither refuses a number nor is quick
            // with it (1e999999999 took seconds): no field of the format needs such a number.
            if (value.signum() != 0 && (value.compareTo(LARGEST) > 0 || value.compareTo(SMALLEST) < 0)) {
                throw new PastLimit(pathOf(delegate.getParsingContext(), true) + ": " + Text.cut(delegate.getText())
                        + " is out of range; expected a number between " + Double.MIN_VALUE + " and "
                        + Double.MAX_VALUE + " in size, or 0");
            }
        } catch (NumberFormatException e) {
            throw new PastLimit(pathOf(delegate.getParsingContext(), true) + ": " + Text.cut(delegate.getText())
                    + " has an exponent out of range; expected a number whose exponent is between "
                    + -Integer.MAX_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        // Skipped values are still read through this parser, so that none escapes the limits.
        JsonToken token = currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int open = 1;
            while (open > 0) {
                JsonToken next = nextToken();
                if (next == null) {
                    return this;
                }
                if (next.isStructStart()) {
                    open++;
                } else if (next.isStructEnd()) {
                    open--;
                }
            }
        }
        return this;
    }

    /**
     * The JSON path of the value being read in a context.
     *
     * @param withCurrentName whether to end with the current key of the innermost object
     */
    static JsonPath pathOf(JsonStreamContext context, boolean withCurrentName) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonPath path = JsonPath.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                // An array just opened has no element yet.
                if (!c.hasCurrentIndex()) {
                    break;
                }
                path = path.index(c.getCurrentIndex());
            } else {
                String name = c.getCurrentName();
                if (name == null || (c == context && !withCurrentName)) {
                    break;
                }
                path = path.field(name);
            }
        }
        return path;
    }
}
