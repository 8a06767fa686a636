package org.parley.rules.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;

/**
 * Reads a scenario file (an agreement and the record of what happened under it, in the
 * JSON format of {@code scenario-format.md}) into an {@link ExchangeRecord}, or reports
 * every problem that keeps it from being read.
 *
 * <pre>{@code
 * try {
 *     ExchangeRecord record = new ScenarioReader().read(Path.of("scenario.json"));
 * } catch (ScenarioException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <h2>Problems</h2>
 * Each problem is one line, {@code $.json.path: what is wrong and what was expected}:
 * <pre>
 * $.detainees[3].birthDate: "2001-13-01" is not a date (YYYY-MM-DD)
 * $.batches[0].unilateral: expected true or false, got "yes"
 * $.detainees[0].birthdate: unknown field; expected one of id, name, heldBy, returnTo, ...
 * $.agreement.terms[1].maxAgeExclusive: missing required field; expected a whole number (0 or more)
 * </pre>
 * All problems of a file are reported, in document order (a missing field where its object
 * ends), except where the file is not valid JSON: then the one syntax error is reported,
 * with its line and column, since nothing after it can be trusted. A key repeated in one
 * object is such an error. If there is any problem, no record is returned.
 *
 * <h2>What is checked</h2>
 * <ul>
 *   <li>The JSON types of all fields; a JSON {@code null} counts as an absent field.
 *       Fields with a default in {@code terms.md} are optional; the others are required.
 *       Optional without a default: agreement {@code title} (defaults to the id),
 *       {@code asOf}; party {@code name} (defaults to the code); detainee {@code name},
 *       {@code birthDate}; transfer {@code at}. {@code lists}, {@code batches} and
 *       {@code remains} may be absent; {@code detainees} may be empty but not absent.</li>
 *   <li>Unknown keys in any object, so that a typo such as {@code birthdate} is never
 *       silently ignored.</li>
 *   <li>Enum values, spelled exactly as in the contract (upper case); term types other than
 *       the built-in ones and those the reader was given (see
 *       {@link #ScenarioReader(Set)}), whose parameters are not checked here but by
 *       their rules.</li>
 *   <li>Dates in the exact form YYYY-MM-DD that exist in the calendar; instants in
 *       ISO-8601 such as {@code 2025-06-09T09:00:00Z}, with a year of four digits like a
 *       date (an offset such as {@code +03:00} in place of {@code Z} is converted to UTC); time zones that are ids of the IANA
 *       database, such as {@code Europe/Kyiv} (not offsets such as {@code +03:00}).
 *       {@code UTC} reads as {@link java.time.ZoneOffset#UTC}, as does the default.</li>
 *   <li>Counts, ages, {@code windowMinutes} and {@code commitment}: whole numbers from 0
 *       to {@link Integer#MAX_VALUE} ({@code 2.0} counts as whole, {@code "2"} does not).</li>
 *   <li>Ids of detainees, batches and remains, the agreement id and party codes must not
 *       be blank; ids must be unique within detainees, batches and remains; exactly two
 *       parties with distinct codes; each term type at most once.</li>
 *   <li>AGE_LIMIT: {@code maxAgeExclusive} greater than {@code minAge}. CADENCE: a
 *       schedule has either {@code dates}, or {@code from}, {@code to} and
 *       {@code every: "DAILY"}, with {@code to} on or after {@code from} and at most
 *       {@value org.parley.rules.model.Schedule#MAX_DAYS} days after it.</li>
 * </ul>
 * <h2>Limits</h2>
 * A reader stops at the {@link ReaderLimits} it was given ({@link ReaderLimits#defaults()}
 * unless {@link #withLimits(ReaderLimits)} says otherwise): a file past one is rejected with
 * one problem line per limit, such as
 * <pre>
 * $: the file is 70000000 bytes, more than the limit of 67108864
 * $.detainees: 2000001 detainees is more than the limit of 2000000
 * $.batches[3].transfers: 1000001 transfers is more than the limit of 1000000 per batch
 * $.detainees[0].name: a string longer than the limit of 10000 characters
 * $.agreement.terms[6].x[0][0]: nested deeper than the limit of 64 arrays and objects, at line 9, column 31
 * </pre>
 * and none of its other problems are looked for. The size of a file is known before it is
 * read, and the facts are counted before any is decoded. Bytes that are not UTF-8 are a
 * problem like a syntax error: {@code $: not valid UTF-8 at line 3, column 14: invalid start byte 0xff}.
 *
 * <p>References between facts (a transfer naming an unknown detainee, a party code that is
 * not a party's) are not problems here: a validator reports them as violations, so that
 * the rest of the record is still judged. Repeats within a set-like array (categories,
 * exempt bases, scheduled dates, the ids of a list) are harmless and accepted.
 *
 * <p>A reader is immutable and thread-safe.
 */
public final class ScenarioReader {

    private static final String SYNTAX = "not valid JSON";
    private static final String NOT_UTF8 = "not valid UTF-8";
    private static final String INVALID_UTF8 = "Invalid UTF-8";
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final int MAX_REASON = 160;
    /**
     * Jackson's advice to enable one of its features, which is no advice to a person with a
     * file: {@code : enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}, {@code
     * (consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow ...)}, {@code (not
     * recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)}.
     */
    private static final Pattern ENABLE_FEATURE = Pattern.compile(": enable `[^`]*` to allow");
    private static final Pattern CONSIDER_ENABLING = Pattern.compile(" \\(consider enabling `.*$");
    private static final Pattern FEATURE_NOT_ENABLED =
            Pattern.compile(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

    private final Set<String> customTypes;
    private final ReaderLimits limits;
    private final ObjectMapper mapper;
    private final ScenarioDecoder decoder;

    /** Creates a reader that knows the built-in term types, with the default limits. */
    public ScenarioReader() {
        this(Set.of());
    }

    /**
     * Creates a reader that also knows the term types that rule files of one's own declare,
     * such as those of {@link org.parley.rules.Validator#termTypes()}. A term of such a type
     * is read as a {@link CustomTerm} whose parameters are its other keys, as JSON-like
     * values; JSON {@code null} counts as absent, and whole numbers are {@link Long}s.
     *
     * The reader has the default limits.
     *
     * @param termTypes term types besides the built-in ones; built-in types in the set are
     *                  ignored, since a reader always knows them
     * @throws NullPointerException     if the set or a type is null
     * @throws IllegalArgumentException if a type is not UPPER_SNAKE_CASE
     */
    public ScenarioReader(Set<String> termTypes) {
        this(termTypes, ReaderLimits.defaults());
    }

    /**
     * Creates a reader that also knows the term types that rule files of one's own declare
     * (see {@link #ScenarioReader(Set)}) and stops at the given limits.
     *
     * @param termTypes term types besides the built-in ones
     * @param limits    how much the reader reads before it rejects a file
     * @throws NullPointerException     if the set, a type or the limits are null
     * @throws IllegalArgumentException if a type is not UPPER_SNAKE_CASE
     */
    public ScenarioReader(Set<String> termTypes, ReaderLimits limits) {
        Set<String> custom = new HashSet<>();
        for (String type : Objects.requireNonNull(termTypes, "termTypes")) {
            if (!CustomTerm.BUILT_IN_TYPES.contains(Objects.requireNonNull(type, "term type"))) {
                // CustomTerm states the rule for a type name, and throws with it.
                CustomTerm.of(type);
                custom.add(type);
            }
        }
        this.customTypes = Set.copyOf(custom);
        this.limits = Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                // Exact decimals, so that 1e400 is too large rather than Infinity.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.decoder = new ScenarioDecoder(custom);
    }

    /**
     * A reader that knows the same term types as this one and stops at other limits.
     *
     * @param newLimits the limits of the new reader
     * @return the new reader; this one is unchanged
     * @throws NullPointerException if the limits are null
     */
    public ScenarioReader withLimits(ReaderLimits newLimits) {
        return new ScenarioReader(customTypes, newLimits);
    }

    /**
     * The limits of this reader.
     *
     * @return the limits, never null
     */
    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Reads a scenario file. A file larger than the limit is rejected before it is read.
     *
     * @param file the file, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws IOException       if the file cannot be read, such as when it does not exist
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(Path file) throws IOException, ScenarioException {
        BasicFileAttributes attributes = Files.readAttributes(Objects.requireNonNull(file, "file"),
                BasicFileAttributes.class);
        // Only a regular file knows its size; others (a pipe, a device) are read up to the limit.
        if (attributes.isRegularFile() && attributes.size() > limits.maxFileBytes()) {
            throw tooLarge(attributes.size());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a scenario from a stream, which is read to its end, or until it is past the size
     * limit, and not closed.
     *
     * @param in the scenario, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws IOException       if the stream cannot be read
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(InputStream in) throws IOException, ScenarioException {
        // One byte more than the limit tells a stream at the limit from one past it.
        byte[] json = Objects.requireNonNull(in, "in").readNBytes(Math.toIntExact(limits.maxFileBytes() + 1));
        if (json.length > limits.maxFileBytes()) {
            throw new ScenarioException(List.of(JsonPath.ROOT + ": the file is more than the limit of "
                    + limits.maxFileBytes() + " bytes"));
        }
        return read(json);
    }

    /**
     * Reads a scenario from its bytes.
     *
     * @param json the scenario, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(byte[] json) throws ScenarioException {
        Objects.requireNonNull(json, "json");
        if (json.length > limits.maxFileBytes()) {
            throw tooLarge(json.length);
        }
        return read(() -> mapper.createParser(json));
    }

    /**
     * Reads a scenario from its text. Its size is that of the text in UTF-8.
     *
     * @param json the scenario
     * @return the record, never null
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(String json) throws ScenarioException {
        Objects.requireNonNull(json, "json");
        long bytes = utf8Length(json);
        if (bytes > limits.maxFileBytes()) {
            throw tooLarge(bytes);
        }
        return read(() -> mapper.createParser(json));
    }

    /** Opens a parser on the content, once for each pass. */
    @FunctionalInterface
    private interface Content {
        JsonParser open() throws IOException;
    }

    /**
     * Reads in two passes: the tokens first, for the limits and the syntax, then the tree,
     * which is built only for content within the limits.
     */
    private ExchangeRecord read(Content content) throws ScenarioException {
        try (JsonParser parser = content.open()) {
            TokenScan.check(parser, limits);
        } catch (IOException e) {
            // Only the parser's own failures can come here: the content is already in memory.
            throw syntaxError(e);
        }
        try (JsonParser parser = content.open()) {
            return decoder.decode(parse(parser));
        } catch (IOException e) {
            throw syntaxError(e);
        }
    }

    private ScenarioException tooLarge(long bytes) {
        return new ScenarioException(List.of(JsonPath.ROOT + ": the file is " + bytes
                + " bytes, more than the limit of " + limits.maxFileBytes()));
    }

    /** The length of the text in UTF-8, as a file would have it. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private JsonNode parse(JsonParser parser) throws IOException, ScenarioException {
        JsonNode root = mapper.readTree(parser);
        if (root == null) {
            throw syntaxError(parser.currentLocation(), "no content; expected an object");
        }
        // readTree stops after the first value; anything after it is an error of its own.
        if (parser.nextToken() != null) {
            throw syntaxError(parser.currentTokenLocation(), "unexpected content after the end of the document");
        }
        return root;
    }

    private static ScenarioException syntaxError(IOException e) {
        if (e instanceof JsonProcessingException failure) {
            String reason = failure.getOriginalMessage();
            if (reason != null && reason.startsWith("Duplicate field '")
                    && failure.getProcessor() instanceof JsonParser parser) {
                JsonLocation where = failure.getLocation();
                return new ScenarioException(List.of(pathOf(parser.getParsingContext(), true) + ": duplicate key"
                        + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
                        + "; each key may appear only once in an object"));
            }
            return syntaxError(failure.getLocation(), reason);
        }
        return syntaxError(null, e.getMessage());
    }

    private static ScenarioException syntaxError(JsonLocation where, String reason) {
        String place = where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        if (reason != null && reason.startsWith(INVALID_UTF8)) {
            return new ScenarioException(List.of(JsonPath.ROOT + ": " + NOT_UTF8 + place + ": "
                    + utf8Reason(shorten(reason))));
        }
        return new ScenarioException(List.of(JsonPath.ROOT + ": " + SYNTAX + place + ": " + shorten(reason)));
    }

    /**
     * Jackson's reason for bytes that are not UTF-8 without its opening words: {@code
     * Invalid UTF-8 start byte 0xff} becomes {@code invalid start byte 0xff}, {@code Invalid
     * UTF-8: overlong 2-byte encoding of 0x0} becomes {@code overlong 2-byte encoding of 0x0}.
     */
    private static String utf8Reason(String reason) {
        String rest = reason.substring(INVALID_UTF8.length());
        if (rest.startsWith(": ") && rest.length() > 2) {
            return Character.toLowerCase(rest.charAt(2)) + rest.substring(3);
        }
        return rest.isBlank() ? "invalid bytes" : "invalid" + rest;
    }

    /** The parser's reason on one line, with the source locations it quotes made readable. */
    private static String shorten(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unreadable content";
        }
        String line = SOURCE_LOCATION.matcher(reason.strip().lines().findFirst().orElse(""))
                .replaceAll("line $1, column $2");
        line = ENABLE_FEATURE.matcher(line).replaceAll(line.contains("does not allow") ? "" : ": not allowed in JSON");
        line = CONSIDER_ENABLING.matcher(line).replaceAll("");
        line = FEATURE_NOT_ENABLED.matcher(line).replaceAll(" (JSON has no comments)");
        // The parser quotes the character it did not expect, which may be one that a terminal
        // does not show, or a lone surrogate that cannot even be printed.
        line = ValueTypes.printable(line);
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 3) + "...";
    }

    /**
     * The JSON path of the value being read when the parser stopped.
     *
     * @param withCurrentName whether to end with the current key of the innermost object; not
     *                        when the parser stopped while reading a key, which is then not yet
     *                        the current one
     */
    static JsonPath pathOf(JsonStreamContext context, boolean withCurrentName) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonPath path = JsonPath.ROOT;
        for (JsonStreamContext c : chain) {
            // Positions do not matter here: such a problem is the only one reported.
            if (c.inArray()) {
                // An array just opened has no element yet (getCurrentIndex would say 0).
                if (!c.hasCurrentIndex()) {
                    break;
                }
                path = path.index(c.getCurrentIndex());
            } else {
                String name = c.getCurrentName();
                if (name == null || (c == context && !withCurrentName)) {
                    break;
                }
                path = path.field(name, 0);
            }
        }
        return path;
    }
}
