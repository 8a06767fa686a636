package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.Tries;

/**
 * The schema, the reader and the testkit's generated records agree: every generated record,
 * written out, is valid against the schema and reads back as itself; every bundled scenario
 * is valid; each kind of bad input is refused by both the schema and the reader.
 */
class SchemaAgreementProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()).schemas(Map.of(ScenarioSchema.ID, ScenarioSchema.text())))
            .getSchema(SchemaLocation.of(ScenarioSchema.ID));
    private static final Path BUNDLED = Path.of("../rules-examples/src/main/resources/scenarios");

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    @Test
    void everyGeneratedRecord_writtenOut_isValidAndReadsBackAsItself() {
        qt().withExamples(Tries.orDefault(300)).forAll(ParleyGen.records()).checkAssert(record -> {
            String json = writer.write(record);
            assertThat(SCHEMA.validate(tree(json))).as(json).isEmpty();
            ExchangeRecord read = read(json);
            assertThat(read).isEqualTo(record);
        });
    }

    @Test
    void everyBundledScenario_isValid_andNamesTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(BUNDLED)) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            JsonNode scenario = MAPPER.readTree(file.toFile());
            assertThat(SCHEMA.validate(scenario)).as(file.toString()).isEmpty();
            assertThat(scenario.path("$schema").asText()).as(file.toString()).isEqualTo(ScenarioSchema.ID);
        }
    }

    @Test
    void everyFieldOfTheSchema_hasADescription_andUnknownFieldsAreRejectedEverywhere() {
        JsonNode schema = ScenarioSchema.tree(List.of(ScenarioReaderTests.BATCH_LIMIT));
        List<String> undescribed = new java.util.ArrayList<>();
        List<String> open = new java.util.ArrayList<>();
        schema.get("$defs").fields().forEachRemaining(def -> {
            JsonNode properties = def.getValue().path("properties");
            properties.fields().forEachRemaining(field -> {
                JsonNode resolved = ScenarioSchema.resolve(schema, field.getValue());
                if (!field.getValue().has("description") && !resolved.has("description")) {
                    undescribed.add(def.getKey() + "." + field.getKey());
                }
            });
            if (properties.size() > 0 && !def.getKey().equals("term")
                    && !def.getValue().path("additionalProperties").isBoolean()) {
                open.add(def.getKey());
            }
        });
        assertThat(undescribed).isEmpty();
        assertThat(open).isEmpty();
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void theSchemasTermTypes_areTheBuiltInTypesOfTheApi_eachWithItsDefinition() {
        JsonNode schema = ScenarioSchema.tree(List.of());
        java.util.Set<String> types = new java.util.HashSet<>();
        schema.at("/$defs/termType/enum").forEach(type -> types.add(type.textValue()));

        assertThat(types).isEqualTo(org.parley.rules.model.CustomTerm.BUILT_IN_TYPES);
        assertThat(types).allSatisfy(type -> assertThat(schema.at("/$defs/" + type + "/properties/type/const")
                .textValue()).isEqualTo(type));
    }

    @Test
    void thePublishedCopyInDocs_isTheSchemaOfTheJar() throws IOException {
        assertThat(MAPPER.readTree(Path.of("../docs/scenario.schema.json").toFile()))
                .isEqualTo(MAPPER.readTree(ScenarioSchema.text()));
    }

    @Test
    void eachKindOfBadInput_isRefusedByTheSchemaAndByTheReader() throws Exception {
        String valid = writer.write(reader.read(Path.of(SchemaAgreementProperties.class
                .getResource("/fixtures/example.json").toURI())));
        assertThat(SCHEMA.validate(tree(valid))).isEmpty();
        List<String> bad = List.of(
                edit(valid, "/agreement", "signedOnn", "\"2025-06-02\""),          // unknown field
                edit(valid, "/agreement", "signedOn", "\"2025-13-01\""),           // impossible date
                edit(valid, "/agreement", "signedOn", "20250602"),                 // wrong type
                edit(valid, "/agreement", "id", "\" \""),                          // blank id
                edit(valid, "/agreement", "timeZone", "7"),                        // wrong type
                remove(valid, "/agreement", "signedOn"),                           // missing required
                remove(valid, "", "detainees"),                                    // missing required part
                edit(valid, "", "remain", "[]"),                                   // unknown top-level field
                edit(valid, "", "batches", "{}"),                                  // not an array
                edit(valid, "/agreement", "parties", "[{\"code\": \"UA\"}]"),     // not two parties
                edit(valid, "/agreement", "terms",
                        "[{\"type\": \"FAIRNESS\"}]"),                              // unknown term type
                edit(valid, "/agreement", "terms",
                        "[{\"type\": \"SIMULTANEITY\", \"windowMinutes\": 2147483648}]"), // beyond 32 bits
                edit(valid, "/agreement", "terms",
                        "[{\"type\": \"SIMULTANEITY\", \"windowMinutes\": -1}]"),  // negative
                edit(valid, "/agreement", "terms",
                        "[{\"type\": \"CADENCE\", \"schedule\": {\"dates\": []}}]"), // empty dates
                edit(valid, "/agreement", "terms", "[{\"type\": \"CADENCE\", \"schedule\": {\"dates\": "
                        + "[\"2025-06-09\"], \"from\": \"2025-06-09\", \"to\": \"2025-06-10\", \"every\": \"DAILY\"}}]"),
                edit(valid, "/agreement", "terms", "[{\"type\": \"PARITY\", \"scope\": \"ALL\"}]"), // bad enum
                edit(valid, "/agreement", "terms", "[{\"type\": \"CONSENT\", \"strict\": true}]"), // unknown parameter
                edit(valid, "/agreement", "terms", "[{\"type\": \"AGE_LIMIT\"}]")); // missing parameter
        for (String json : bad) {
            assertThat(SCHEMA.validate(tree(json))).as(json).isNotEmpty();
            assertThat(catchThrowableOfType(ScenarioException.class, () -> reader.read(json))).as(json).isNotNull();
        }
    }

    private ExchangeRecord read(String json) {
        try {
            return reader.read(json);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage() + "\n" + json, e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String edit(String json, String at, String field, String value) {
        ObjectNode root = (ObjectNode) tree(json);
        ((ObjectNode) root.at(at)).set(field, tree(value));
        return root.toString();
    }

    private static String remove(String json, String at, String field) {
        ObjectNode root = (ObjectNode) tree(json);
        ((ObjectNode) root.at(at)).remove(field);
        return root.toString();
    }
}
