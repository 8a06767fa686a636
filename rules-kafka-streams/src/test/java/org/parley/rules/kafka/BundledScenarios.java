package org.parley.rules.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

/**
 * The scenarios bundled with rules-examples as streams of events: each under an agreement id
 * of its own (the file's name), its facts in an order that makes references arrive before
 * what they name (batches and lists before the detainees), each payload the file's own
 * object; and the report a one-shot validation of the file gives.
 */
final class BundledScenarios {

    static final Path FOLDER = Path.of("..", "rules-examples", "src", "main", "resources", "scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Scenario(String key, List<String> events, String expectedReport) {
    }

    private BundledScenarios() {
    }

    static List<Scenario> all() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                scenarios.add(scenario(file));
            }
        }
        return scenarios;
    }

    private static Scenario scenario(Path file) throws Exception {
        String key = file.getFileName().toString().replace(".json", "");
        JsonNode root = JSON.readTree(file.toFile());
        ObjectNode agreement = ((ObjectNode) root.get("agreement")).deepCopy();
        agreement.put("id", key);
        List<String> events = new ArrayList<>();
        events.add(event("AGREEMENT", agreement));
        root.path("batches").forEach(b -> events.add(event("BATCH_ADDED", b)));
        root.path("lists").forEach(l -> events.add(event("LIST_ADDED", l)));
        root.path("remains").forEach(r -> events.add(event("REMAINS_ADDED", r)));
        root.path("detainees").forEach(d -> events.add(event("DETAINEE_ADDED", d)));

        ObjectNode renamed = ((ObjectNode) root).deepCopy();
        renamed.set("agreement", agreement);
        ExchangeRecord record = new ScenarioReader().read(JSON.writeValueAsString(renamed));
        return new Scenario(key, List.copyOf(events), ReportJson.report(StreamHarness.VALIDATOR.validate(record)));
    }

    private static String event(String type, JsonNode payload) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        event.set("payload", payload);
        return event.toString();
    }

    /**
     * The violations left after applying each delta's {@code appeared} and {@code resolved}
     * in turn, from none, as JSON texts of the violations.
     */
    static Set<String> replay(List<String> deltas) throws IOException {
        Set<String> held = new HashSet<>();
        for (String delta : deltas) {
            JsonNode node = JSON.readTree(delta);
            node.get("resolved").forEach(v -> held.remove(v.toString()));
            node.get("appeared").forEach(v -> held.add(v.toString()));
        }
        return held;
    }

    /** The violations of a report, as JSON texts. */
    static Set<String> violations(String report) throws IOException {
        Set<String> violations = new HashSet<>();
        JSON.readTree(report).get("violations").forEach(v -> violations.add(v.toString()));
        return violations;
    }
}
