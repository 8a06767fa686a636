package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledScenarioStreamTests {

    @TempDir
    Path stateDir;

    @Test
    void bundledScenariosAsEvents_endWithTheReportOfAOneShotValidation() throws Exception {
        // The two large ones go through the broker test; here the small ones, interleaved.
        List<BundledScenarios.Scenario> scenarios = BundledScenarios.all().stream()
                .filter(s -> s.events().size() < 100).toList();
        assertThat(scenarios).extracting(BundledScenarios.Scenario::key).containsExactly(
                "istanbul-2025-06-compliant", "istanbul-2025-06-midway", "istanbul-2025-06-violations", "sample");
        try (StreamHarness stream = new StreamHarness(stateDir, 8, 1000)) {
            int longest = scenarios.stream().mapToInt(s -> s.events().size()).max().orElseThrow();
            // Interleaved, one event of each scenario in turn.
            for (int i = 0; i < longest; i++) {
                for (BundledScenarios.Scenario scenario : scenarios) {
                    if (i < scenario.events().size()) {
                        stream.sendText(scenario.key(), scenario.events().get(i));
                    }
                }
            }
            assertThat(stream.deadLetters()).isEmpty();
            List<KeyValue<String, String>> deltas = stream.deltas();
            assertThat(stream.reports()).as("no report before a second has passed").isEmpty();
            stream.advance(java.time.Duration.ofSeconds(1));
            List<KeyValue<String, String>> reports = stream.reports();
            assertThat(reports).as("one report per agreement changed").hasSize(scenarios.size());
            for (BundledScenarios.Scenario scenario : scenarios) {
                List<String> ours = deltas.stream().filter(kv -> kv.key.equals(scenario.key())).map(kv -> kv.value)
                        .toList();
                assertThat(ours).as(scenario.key()).hasSize(scenario.events().size());
                List<String> ourReports = reports.stream().filter(kv -> kv.key.equals(scenario.key()))
                        .map(kv -> kv.value).toList();
                String last = ourReports.get(ourReports.size() - 1);
                assertThat(last).as(scenario.key()).isEqualTo(scenario.expectedReport());
                assertThat(BundledScenarios.replay(ours)).as(scenario.key())
                        .isEqualTo(BundledScenarios.violations(scenario.expectedReport()));
            }
        }
    }
}
