package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.Tries;
import org.quicktheories.core.Gen;

/**
 * The reader's quick path (strict binding, no schema) vouches for nothing the schema refuses:
 * on generated scenarios whose facts are edited with hostile values (wrong types, blank ids of
 * every kind of white space, dates and instants in forms the formats refuse or accept, enum
 * values in other cases or as numbers, unknown and missing fields, nulls), whenever the quick
 * path gives a record, the checking path (the schema, the checks) gives the same record; and
 * the reader as a whole gives exactly what the checking path gives, record or problems.
 */
class StrictReadingProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The fields of each kind of fact, and some that are none of its fields. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "detainees", List.of("id", "name", "heldBy", "returnTo", "status", "birthDate", "condition", "consent",
                    "Id", "birthdate", "extra"),
            "batches", List.of("id", "date", "unilateral", "transfers", "Date", "extra"),
            "transfers", List.of("detainee", "basis", "at", "Basis", "extra"),
            "lists", List.of("requestedBy", "detainees", "extra"),
            "remains", List.of("id", "date", "from", "to", "count", "Count", "extra"));

    /** A valid fact of each kind, for records that have none. */
    private static final Map<String, String> TEMPLATES = Map.of(
            "detainees", "{\"id\": \"D-1\", \"heldBy\": \"UA\"}",
            "batches", "{\"id\": \"B-1\", \"date\": \"2025-06-09\", \"transfers\": []}",
            "transfers", "{\"detainee\": \"D-1\", \"basis\": \"OTHER\"}",
            "lists", "{\"requestedBy\": \"UA\", \"detainees\": []}",
            "remains", "{\"id\": \"R-1\", \"date\": \"2025-06-09\", \"from\": \"UA\", \"to\": \"RU\", \"count\": 1}");

    /** Values the schema takes in some fields and refuses in others. */
    private static final List<String> VALUES = List.of(
            "null", "true", "false", "0", "1", "-1", "2147483647", "2147483648", "-2147483649", "1.0", "1.5",
            "1e2", "-0", "1749459600",
            "\"\"", "\" \"", "\"\\u00a0\"", "\"\\u2003\"", "\"\\ufeff\"", "\"\\u001c\"", "\"\\u0085\"", "\"\\t\"",
            "\"\\u200b\"", "\"\\u2028 \"", "\" x \"", "\"x\"", "\"UA\"", "\"RU\"", "\"D-1\"", "\"1749459600\"",
            "\"MILITARY\"", "\"military\"", "\"CIVILIAN\"", "\"WOUNDED\"", "\"HEALTHY\"", "\"SERIOUSLY_ILL\"",
            "\"SERIOUSLY_WOUNDED\"", "\"CONSENTED\"", "\"DECLINED\"", "\"UNKNOWN\"", "\"YOUNG\"", "\"OTHER\"",
            "\"Other\"", "\"0\"", "\"1\"", "\"true\"",
            "\"2025-06-09\"", "\"2025-6-9\"", "\"2025-02-30\"", "\"2024-02-29\"", "\"+2025-06-09\"",
            "\"+12025-06-09\"", "\"-0001-01-01\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"2025-06-09 \"",
            "\" 2025-06-09\"", "\"2025-06-09T09:00\"", "\"20250609\"", "\"2025-06-09Z\"",
            "\"2025-06-09T09:00:00Z\"", "\"2025-06-09T09:00:00+01:00\"", "\"2025-06-09t09:00:00z\"",
            "\"2025-06-09T09:00:00.123456789Z\"", "\"2025-06-09T09:00:00.1234567891Z\"", "\"2025-06-09T23:59:60Z\"",
            "\"2016-12-31T23:59:60Z\"", "\"2025-06-09T09:00Z\"", "\"2025-06-09 09:00:00Z\"",
            "\"2025-06-09T09:00:00+0100\"", "\"2025-06-09T09:00:00-00:00\"", "\"2025-06-09T09:00:00+24:00\"",
            "\"2025-06-09T24:00:00Z\"", "\"2025-06-09T09:00:00\"", "\"0000-01-01T00:00:00Z\"",
            "\"9999-12-31T23:59:59Z\"", "\"+2025-06-09T09:00:00Z\"", "\"2025-06-09T09:00:00.Z\"",
            "[]", "[1]", "[\"x\"]", "[null]", "[\"D-1\", \"D-1\"]", "{}", "{\"a\": 1}", "[2025, 6, 9]",
            "{\"detainee\": \"D-1\", \"basis\": \"OTHER\"}", "[{\"detainee\": \"D-1\", \"basis\": \"OTHER\"}]",
            "[{\"detainee\": \"D-1\"}]", "[{\"detainee\": 1, \"basis\": \"OTHER\"}]");

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    @Test
    void everyGeneratedRecord_isReadByTheQuickPath_asItself() {
        qt().withExamples(Tries.orDefault(300)).forAll(ParleyGen.records()).checkAssert(record -> {
            String json = writer.write(record);
            assertThat(quick(json)).as(json).contains(record);
        });
    }

    @Test
    void whatTheQuickPathReads_theCheckingPathReadsTheSame_onFactsWithHostileValues() {
        AtomicInteger vouched = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        qt().withExamples(Tries.orDefault(3000)).forAll(ParleyGen.records(), seeds()).checkAssert((record, seed) -> {
            String json = edited(writer.write(record), new Random(seed));
            Optional<ExchangeRecord> quick = quick(json);
            Object checked = checked(json);
            if (quick.isPresent()) {
                vouched.incrementAndGet();
                assertThat(checked).as(json).isEqualTo(quick.get());
            } else if (checked instanceof List<?>) {
                refused.incrementAndGet();
            }
            assertThat(outcome(() -> reader.read(json))).as(json).isEqualTo(checked);
        });
        // Both outcomes are common, so neither side of the property is empty.
        assertThat(vouched.get()).isGreaterThan(Tries.orDefault(3000) / 20);
        assertThat(refused.get()).isGreaterThan(Tries.orDefault(3000) / 4);
    }

    private static Gen<Long> seeds() {
        return longs().all();
    }

    /** A scenario with one to three facts edited: a field set to a value, removed, or the fact replaced. */
    private static String edited(String json, Random random) {
        ObjectNode root = (ObjectNode) tree(json);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            List<String> kinds = List.copyOf(FIELDS.keySet().stream().sorted().toList());
            String kind = kinds.get(random.nextInt(kinds.size()));
            ArrayNode facts = facts(root, kind, random);
            if (facts.isEmpty()) {
                facts.add(tree(TEMPLATES.get(kind)));
            }
            int index = random.nextInt(facts.size());
            JsonNode value = tree(VALUES.get(random.nextInt(VALUES.size())));
            int what = random.nextInt(10);
            if (what == 0) {
                facts.set(index, value);
            } else if (facts.get(index) instanceof ObjectNode fact) {
                List<String> fields = FIELDS.get(kind);
                String field = fields.get(random.nextInt(fields.size()));
                if (what == 1) {
                    fact.remove(field);
                } else if (kind.equals("lists") && what == 2 && fact.get("detainees") instanceof ArrayNode ids) {
                    ids.add(value);
                } else {
                    fact.set(field, value);
                }
            }
        }
        return root.toString();
    }

    /** The facts of a kind, the transfers of some batch (one made if there is none). */
    private static ArrayNode facts(ObjectNode root, String kind, Random random) {
        if (!kind.equals("transfers")) {
            return root.get(kind) instanceof ArrayNode array ? array : root.putArray(kind);
        }
        ArrayNode batches = root.get("batches") instanceof ArrayNode array ? array : root.putArray("batches");
        if (batches.isEmpty()) {
            batches.add(tree(TEMPLATES.get("batches")));
        }
        JsonNode batch = batches.get(random.nextInt(batches.size()));
        if (batch instanceof ObjectNode object) {
            return object.get("transfers") instanceof ArrayNode array ? array : object.putArray("transfers");
        }
        return MAPPER.createArrayNode();
    }

    private Optional<ExchangeRecord> quick(String json) {
        try {
            return reader.quick(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checking path's record, or its problems. */
    private Object checked(String json) {
        return outcome(() -> reader.checked(json));
    }

    private interface Reading {
        ExchangeRecord read() throws ScenarioException;
    }

    private static Object outcome(Reading reading) {
        try {
            return reading.read();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
