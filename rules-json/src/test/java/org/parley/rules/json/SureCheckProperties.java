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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.rules.json.CompiledSchema.Part;
import org.parley.rules.json.SureCheck.Verdict;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.Tries;

/**
 * The check without the validator ({@link SureCheck}) never contradicts the validator: on
 * the parts of generated scenarios (agreements with every kind of term, a custom term among
 * them, and the facts), edited with hostile values anywhere in their trees (wrong types,
 * strings of the wrong form, numbers past the bounds, unknown, missing and repeated fields,
 * a schedule both daily and of dates), whatever it finds valid the validator finds valid,
 * and whatever it finds invalid the validator refuses; it is sure of nearly every part.
 */
class SureCheckProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Values the schema takes in some places and refuses in others. */
    private static final List<String> VALUES = List.of(
            "null", "true", "false", "0", "1", "-1", "2", "3", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "1.0", "1.5", "1e2", "-0",
            "\"\"", "\" \"", "\"\\u00a0\"", "\"\\u2003\"", "\"\\ufeff\"", "\"x\"", "\"UA\"", "\"RU\"", "\"D-1\"",
            "\"Europe/Kyiv\"", "\"UTC\"", "\"PER_BATCH\"", "\"TOTAL\"", "\"per_batch\"", "\"DAILY\"",
            "\"YOUNG\"", "\"CIVILIAN\"", "\"OTHER\"", "\"SERIOUSLY_WOUNDED\"", "\"ERROR\"", "\"WARNING\"",
            "\"AGREEMENT_DATE\"", "\"EXCHANGE_DATE\"", "\"exchange_date\"",
            "\"ALL_FOR_ALL\"", "\"AGE_LIMIT\"", "\"WOUNDED_PRIORITY\"", "\"CADENCE\"", "\"PARITY\"",
            "\"SIMULTANEITY\"", "\"AGREED_LISTS\"", "\"CONSENT\"", "\"ELIGIBILITY\"", "\"REMAINS\"",
            "\"BATCH_LIMIT\"", "\"UNKNOWN_TERM\"",
            "\"2025-06-09\"", "\"2025-6-9\"", "\"2025-02-30\"", "\"2024-02-29\"", "\"+2025-06-09\"",
            "\"2025-06-09 \"", "\"2025-06-09T09:00:00Z\"", "\"2025-06-09T09:00:00+01:00\"", "\"20250609\"",
            "[]", "[1]", "[\"x\"]", "[null]", "[\"YOUNG\"]", "[\"YOUNG\", \"YOUNG\"]", "[\"2025-06-09\"]",
            "[\"2025-13-01\"]", "{}", "{\"a\": 1}", "{\"code\": \"UA\"}", "{\"code\": \"UA\", \"name\": 1}",
            "[{\"code\": \"UA\"}, {\"code\": \"RU\"}]", "[{\"code\": \"UA\"}]",
            "{\"dates\": [\"2025-06-09\"]}", "{\"from\": \"2025-06-09\", \"to\": \"2025-06-10\", \"every\": \"DAILY\"}",
            "{\"dates\": [\"2025-06-09\"], \"every\": \"DAILY\"}", "{\"from\": \"2025-06-09\", \"every\": \"DAILY\"}",
            "{\"dates\": []}", "{\"type\": \"ELIGIBILITY\"}", "{\"type\": \"CONSENT\", \"requireRecorded\": \"yes\"}",
            "{\"type\": \"BATCH_LIMIT\", \"max\": 3}", "{\"type\": \"BATCH_LIMIT\"}",
            "{\"type\": \"SIMULTANEITY\", \"windowMinutes\": -1}", "{\"type\": 1}", "{\"type\": null}");

    /** Field names to add: the fields of some part or term, and some of none. */
    private static final List<String> NAMES = List.of("id", "title", "signedOn", "timeZone", "asOf", "parties",
            "terms", "type", "code", "name", "categories", "completeBy", "minAge", "maxAgeExclusive",
            "referenceDate", "strict", "schedule", "severity", "dates", "from", "to", "every", "scope", "exempt",
            "windowMinutes", "requireRecorded", "commitment", "max", "since", "note", "extra", "Type");

    private final CompiledSchema schema = new CompiledSchema(List.of(ScenarioReaderTests.BATCH_LIMIT));
    private final ScenarioWriter writer = new ScenarioWriter();

    @Test
    void whatTheCheckIsSureOf_theValidatorSaysToo_onHostileParts() {
        Map<Part, Map<Verdict, Integer>> verdicts = new EnumMap<>(Part.class);
        int examples = Tries.orDefault(1500);
        qt().withExamples(examples).forAll(ParleyGen.records(), longs().all()).checkAssert((record, seed) -> {
            Random random = new Random(seed);
            ObjectNode scenario = (ObjectNode) tree(writer.write(record));
            ObjectNode agreement = (ObjectNode) scenario.get("agreement");
            if (random.nextBoolean()) {
                ((ArrayNode) agreement.get("terms")).add(tree(random.nextBoolean()
                        ? "{\"type\": \"BATCH_LIMIT\", \"max\": 3, \"strict\": true, \"since\": \"2025-06-09\", "
                        + "\"parties\": [\"UA\"], \"note\": \"n\", \"scope\": \"TOTAL\"}"
                        : "{\"type\": \"BATCH_LIMIT\", \"max\": 3, \"strict\": null, \"scope\": null}"));
            }
            List<Map.Entry<Part, JsonNode>> parts = new ArrayList<>();
            parts.add(Map.entry(Part.AGREEMENT, agreement));
            addAll(parts, Part.DETAINEE, scenario.get("detainees"));
            addAll(parts, Part.BATCH, scenario.get("batches"));
            addAll(parts, Part.LIST, scenario.get("lists"));
            addAll(parts, Part.REMAINS, scenario.get("remains"));
            for (Map.Entry<Part, JsonNode> part : parts) {
                JsonNode node = part.getValue().deepCopy();
                int edits = random.nextInt(4);
                for (int i = 0; i < edits; i++) {
                    node = edited(node, random);
                }
                Verdict verdict = schema.sureVerdict(part.getKey(), node.deepCopy());
                List<?> errors = schema.errors(part.getKey(), node.deepCopy());
                verdicts.computeIfAbsent(part.getKey(), p -> new EnumMap<>(Verdict.class)).merge(verdict, 1, Integer::sum);
                if (verdict == Verdict.VALID) {
                    assertThat(errors).as(part.getKey() + " " + node).isEmpty();
                } else if (verdict == Verdict.INVALID) {
                    assertThat(errors).as(part.getKey() + " " + node).isNotEmpty();
                }
            }
        });
        Map<Verdict, Integer> agreements = verdicts.get(Part.AGREEMENT);
        // Both answers are common, and the check is sure of nearly every agreement.
        assertThat(agreements.getOrDefault(Verdict.VALID, 0)).as(verdicts.toString()).isGreaterThan(examples / 5);
        assertThat(agreements.getOrDefault(Verdict.INVALID, 0)).as(verdicts.toString()).isGreaterThan(examples / 3);
        assertThat(agreements.getOrDefault(Verdict.UNSURE, 0)).as(verdicts.toString()).isLessThan(examples / 10);
    }

    @Test
    void theReader_givesWhatTheCheckingPathGives_onScenariosWithHostileAgreements() {
        ScenarioReader reader = new ScenarioReader(List.of(ScenarioReaderTests.BATCH_LIMIT));
        qt().withExamples(Tries.orDefault(500)).forAll(ParleyGen.records(), longs().all()).checkAssert((record, seed) -> {
            Random random = new Random(seed);
            ObjectNode scenario = (ObjectNode) tree(writer.write(record));
            JsonNode agreement = scenario.get("agreement");
            for (int i = random.nextInt(3); i >= 0; i--) {
                agreement = edited(agreement, random);
            }
            scenario.set("agreement", agreement);
            String json = scenario.toString();
            assertThat(outcome(() -> reader.read(json))).as(json).isEqualTo(outcome(() -> reader.checked(json)));
        });
    }

    private interface Reading {
        Object read() throws ScenarioException;
    }

    /** The record, or the problems. */
    private static Object outcome(Reading reading) {
        try {
            return reading.read();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    @Test
    void everyGeneratedAgreement_isSurelyValid() {
        qt().withExamples(Tries.orDefault(300)).forAll(ParleyGen.records()).checkAssert(record -> {
            JsonNode agreement = tree(writer.write(record)).get("agreement");
            assertThat(schema.sureVerdict(Part.AGREEMENT, agreement)).as(agreement.toString()).isEqualTo(Verdict.VALID);
        });
    }

    private static void addAll(List<Map.Entry<Part, JsonNode>> parts, Part part, JsonNode facts) {
        if (facts != null && facts.isArray()) {
            facts.forEach(fact -> parts.add(Map.entry(part, fact)));
        }
    }

    /** The node with one place in its tree set to a value, removed, or given a field more. */
    private static JsonNode edited(JsonNode node, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(node, containers);
        JsonNode value = tree(VALUES.get(random.nextInt(VALUES.size())));
        if (containers.isEmpty() || random.nextInt(20) == 0) {
            return value;
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            int what = random.nextInt(6);
            if (fields.isEmpty() || what == 0) {
                object.set(NAMES.get(random.nextInt(NAMES.size())), value);
            } else if (what == 1) {
                object.remove(fields.get(random.nextInt(fields.size())));
            } else {
                object.set(fields.get(random.nextInt(fields.size())), value);
            }
        } else if (container instanceof ArrayNode array) {
            int what = random.nextInt(4);
            if (array.isEmpty() || what == 0) {
                array.add(value);
            } else if (what == 1) {
                array.remove(random.nextInt(array.size()));
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
        return node;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
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
