package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.rules.model.ExchangeRecord;

/**
 * A key given twice in one object is refused wherever it stands, however it is spelt, in an
 * object of any size, on every path the reader takes (text, a stream, a file; the quick path
 * and the checking one): Jackson's {@code STRICT_DUPLICATE_DETECTION}, which the reader's
 * parsers have on, and which keeps a hash set for an object of more than two keys. The same
 * key in two objects, or in an object and one nested in it, is not a duplicate.
 */
class DuplicateKeyTests {

    private final ScenarioReader reader = new ScenarioReader();

    /** How many distinct keys a large object has here. */
    private static final int KEYS = 50;

    private static final String EXAMPLE = """
            {
              "agreement": { "id": "a1", "signedOn": "2025-06-02",
                "parties": [ { "code": "UA" }, { "code": "RU" } ],
                "terms": [ { "type": "PARITY", "scope": "PER_BATCH", "exempt": [] } ] },
              "detainees": [ { "id": "UA-1", "heldBy": "RU" }, { "id": "RU-1", "heldBy": "UA" } ],
              "lists": [ { "requestedBy": "UA", "detainees": ["UA-1"] } ],
              "batches": [ { "id": "B1", "date": "2025-06-09", "transfers": [
                { "detainee": "UA-1", "basis": "OTHER" }, { "detainee": "RU-1", "basis": "OTHER" } ] } ],
              "remains": [ { "id": "R1", "date": "2025-06-11", "from": "RU", "to": "UA", "count": 3 } ]
            }
            """;

    @Test
    void theExampleReads_withTheSameKeysInManyObjects() throws ScenarioException {
        ExchangeRecord record = reader.read(EXAMPLE);

        assertThat(record.detainees()).hasSize(2);
        assertThat(record.batches().get(0).transfers()).hasSize(2);
    }

    /** Each case puts a second copy of one key right after its first, in one object of the example. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "\"agreement\": {|$.agreement|\"agreement\": {}, \"agreement\": {",
        "\"id\": \"a1\"|$.agreement.id|\"id\": \"a1\", \"id\": \"a2\"",
        "{ \"code\": \"UA\" }|$.agreement.parties[0].code|{ \"code\": \"UA\", \"code\": \"UA\" }",
        "\"scope\": \"PER_BATCH\"|$.agreement.terms[0].scope|\"scope\": \"PER_BATCH\", \"scope\": \"PER_BATCH\"",
        "{ \"id\": \"RU-1\", \"heldBy\": \"UA\" }|$.detainees[1].heldBy|{ \"id\": \"RU-1\", \"heldBy\": \"UA\", \"heldBy\": \"RU\" }",
        "\"requestedBy\": \"UA\"|$.lists[0].requestedBy|\"requestedBy\": \"UA\", \"requestedBy\": \"UA\"",
        "{ \"detainee\": \"RU-1\", \"basis\": \"OTHER\" }|$.batches[0].transfers[1].basis|{ \"detainee\": \"RU-1\", \"basis\": \"OTHER\", \"basis\": \"YOUNG\" }",
        "\"count\": 3|$.remains[0].count|\"count\": 3, \"count\": 3"})
    void aKeyGivenTwice_isRefusedWhereverItStands(String change) throws IOException {
        String[] parts = change.split("\\|");
        assertThat(EXAMPLE).contains(parts[0]);
        String json = EXAMPLE.replaceFirst(java.util.regex.Pattern.quote(parts[0]),
                java.util.regex.Matcher.quoteReplacement(parts[2]));
        String key = parts[1].substring(parts[1].lastIndexOf('.') + 1);

        assertRefusedOnEveryPath(json, parts[1] + ": not valid JSON at line ", key);
    }

    @Test
    void theProblemIsPlacedJustAfterTheSecondKey() throws IOException {
        String json = "{\"agreement\": {\"id\": \"a1\",\n    \"id\": \"a2\"}}";

        for (List<String> problems : everyPath(json)) {
            assertThat(problems).containsExactly(
                    "$.agreement.id: not valid JSON at line 2, column 9: field 'id' given twice; expected each field once");
        }
    }

    @Test
    void aKeySpeltWithAnEscape_isTheSameKey() throws IOException {
        String json = EXAMPLE.replace("\"id\": \"a1\"", "\"id\": \"a1\", \"\\u0069d\": \"a2\"");

        assertRefusedOnEveryPath(json, "$.agreement.id: not valid JSON at line 2, column ", "id");
    }

    @Test
    void aKeyGivenTwiceAmongManyKeys_isRefused() throws IOException {
        // Many distinct keys, then the first again.
        String many = keys(KEYS);
        String json = "{\"agreement\": {" + many + ", \"k0\": 0}}";

        assertRefusedOnEveryPath(json, "$.agreement.k0: not valid JSON at line 1, column ", "k0");
    }

    @Test
    void aKeyGivenTwiceLateInALargeObject_isRefused_whicheverItIs() throws IOException {
        // After 16 distinct keys: one of them given again, and a later key given again after another.
        String listed = keys(16);
        for (String json : List.of("{\"agreement\": {" + listed + ", \"k15\": 0}}",
                "{\"agreement\": {" + listed + ", \"x\": 1, \"y\": 2, \"x\": 3}}")) {
            String key = json.contains("\"x\": 3") ? "x" : "k15";
            assertRefusedOnEveryPath(json, "$.agreement." + key + ": not valid JSON at line 1, column ", key);
        }
    }

    @Test
    void aKeyOfAnOuterObject_givenAgainAfterANestedOne_isRefused() throws IOException {
        // The nested object, at the next depth, has keys of its own; the outer one's are kept.
        String json = EXAMPLE.replace("\"id\": \"a1\"", "\"id\": \"a1\", \"x\": {\"id\": 1, \"y\": [{\"id\": 2}]}, \"id\": \"a2\"");

        assertRefusedOnEveryPath(json, "$.agreement.id: not valid JSON at line 2, column ", "id");
    }

    @Test
    void aKeyGivenTwiceDeepInAValueTheFormatDoesNotHave_isRefusedFirst() throws IOException {
        // A syntax problem before any other: found while the unknown value is skipped.
        String json = EXAMPLE.replace("\"id\": \"a1\"", "\"id\": \"a1\", \"x\": {\"y\": [{\"z\": {\"k\": 1, \"k\": 2}}]}");

        assertRefusedOnEveryPath(json, "$.agreement.x.y[0].z.k: not valid JSON at line 2, column ", "k");
    }

    @Test
    void sameKeysInSiblingAndNestedObjects_andManyKeysOnce_areNoDuplicate() throws IOException {
        String many = keys(KEYS);
        String json = EXAMPLE.replace("\"id\": \"a1\"", "\"id\": \"a1\", \"x\": {" + many + ", \"x\": {\"x\": 1}}");

        for (List<String> problems : everyPath(json)) {
            // Refused for the unknown key, not for a duplicate.
            assertThat(problems).isNotEmpty().noneMatch(problem -> problem.contains("given twice"));
        }
    }

    /** {@code "k0": 0, "k1": 1, ...}: {@code count} distinct keys of one object. */
    private static String keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"k" + i + "\": " + i).collect(Collectors.joining(", "));
    }

    /** On every path, one problem: the key given twice, at a place that starts with {@code start}. */
    private void assertRefusedOnEveryPath(String json, String start, String key) throws IOException {
        for (List<String> problems : everyPath(json)) {
            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem)
                    .startsWith(start)
                    .endsWith(": field '" + key + "' given twice; expected each field once"));
        }
    }

    /** The problems of the JSON read as text, as a stream, as a file, and by the checking path alone. */
    private List<List<String>> everyPath(String json) throws IOException {
        Path file = Files.createTempFile("parley-duplicate-", ".json");
        try {
            Files.writeString(file, json);
            return List.of(
                    problems(() -> reader.read(json)),
                    problems(() -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))),
                    problems(() -> reader.read(file)),
                    problems(() -> reader.checked(json)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Read {
        ExchangeRecord read() throws Exception;
    }

    private static List<String> problems(Read read) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, read::read);
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems();
    }
}
