package org.parley.rules.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *       ISO-8601 such as {@code 2025-06-09T09:00:00Z} (an offset such as {@code +03:00}
 *       in place of {@code Z} is converted to UTC); time zones that are ids of the IANA
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
 * References between facts (a transfer naming an unknown detainee, a party code that is
 * not a party's) are not problems here: a validator reports them as violations, so that
 * the rest of the record is still judged. Repeats within a set-like array (categories,
 * exempt bases, scheduled dates, the ids of a list) are harmless and accepted.
 *
 * <p>A reader is immutable and thread-safe.
 */
public final class ScenarioReader {

    private static final String SYNTAX = "not valid JSON";
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final int MAX_REASON = 160;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Exact decimals, so that 1e400 is too large rather than Infinity.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ScenarioDecoder decoder;

    /** Creates a reader that knows the built-in term types. */
    public ScenarioReader() {
        this(Set.of());
    }

    /**
     * Creates a reader that also knows the term types that rule files of one's own declare,
     * such as those of {@link org.parley.rules.Validator#termTypes()}. A term of such a type
     * is read as a {@link CustomTerm} whose parameters are its other keys, as JSON-like
     * values; JSON {@code null} counts as absent, and whole numbers are {@link Long}s.
     *
     * @param termTypes term types besides the built-in ones; built-in types in the set are
     *                  ignored, since a reader always knows them
     * @throws NullPointerException     if the set or a type is null
     * @throws IllegalArgumentException if a type is not UPPER_SNAKE_CASE
     */
    public ScenarioReader(Set<String> termTypes) {
        Set<String> custom = new HashSet<>();
        for (String type : Objects.requireNonNull(termTypes, "termTypes")) {
            if (!CustomTerm.BUILT_IN_TYPES.contains(Objects.requireNonNull(type, "term type"))) {
                // CustomTerm states the rule for a type name, and throws with it.
                CustomTerm.of(type);
                custom.add(type);
            }
        }
        this.decoder = new ScenarioDecoder(custom);
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws IOException       if the file cannot be read, such as when it does not exist
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(Path file) throws IOException, ScenarioException {
        return read(Files.readAllBytes(Objects.requireNonNull(file, "file")));
    }

    /**
     * Reads a scenario from a stream, which is read to its end but not closed.
     *
     * @param in the scenario, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws IOException       if the stream cannot be read
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(InputStream in) throws IOException, ScenarioException {
        return read(Objects.requireNonNull(in, "in").readAllBytes());
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
        try (JsonParser parser = mapper.createParser(json)) {
            return decoder.decode(parse(parser));
        } catch (IOException e) {
            // Only the parser's own failures can come here: the bytes are already in memory.
            throw syntaxError(e);
        }
    }

    /**
     * Reads a scenario from its text.
     *
     * @param json the scenario
     * @return the record, never null
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(String json) throws ScenarioException {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = mapper.createParser(json)) {
            return decoder.decode(parse(parser));
        } catch (IOException e) {
            throw syntaxError(e);
        }
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
                return new ScenarioException(List.of(pathOf(parser.getParsingContext()) + ": duplicate key"
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
        return new ScenarioException(List.of(JsonPath.ROOT + ": " + SYNTAX + place + ": " + shorten(reason)));
    }

    /** The parser's reason on one line, with the source locations it quotes made readable. */
    private static String shorten(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unreadable content";
        }
        String line = SOURCE_LOCATION.matcher(reason.strip().lines().findFirst().orElse(""))
                .replaceAll("line $1, column $2");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 3) + "...";
    }

    /** The JSON path of the key being read when the parser stopped. */
    private static JsonPath pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonPath path = JsonPath.ROOT;
        for (JsonStreamContext c : chain) {
            // Positions do not matter here: a syntax error is the only problem reported.
            path = c.inArray() ? path.index(Math.max(c.getCurrentIndex(), 0)) : path.field(c.getCurrentName(), 0);
        }
        return path;
    }
}
