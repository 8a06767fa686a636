package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.Validator;
import org.parley.rules.Validators;

/**
 * {@code validate --explain}: the facts behind each violation and how often each rule fired.
 * The coverage lists every loaded rule, the built-in ones too; it is compared with what the
 * API's explanation says of the same record, so that these tests do not list the built-in
 * rules by name.
 */
class ExplainOptionTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Map<String, Long> firings;

    @BeforeAll
    static void explainThroughTheApi() throws Exception {
        Validator validator = Validators.builder().restricted().addRules(Path.of(fixture("rules"))).build();
        firings = new TreeMap<>(validator.explain(new ScenarioReader(validator.termDeclarations().values())
                .read(Path.of(fixture("detainee-cap.json")))).firings());
    }

    @Test
    void text_showsMatchedFactsUnderEachViolationThenEveryRuleWithItsFirings() {
        String scenario = fixture("detainee-cap.json");
        CommandRun run = CommandRun.of("validate", scenario, "--rules", fixture("rules"), "--explain");

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        List<String> expected = new ArrayList<>(List.of(
                scenario + ": agreement capped as of 2025-06-10: COMPLIANT (0 errors, 1 warning, 2 info)",
                "  WARNING TOO_MANY_DETAINEES [capped]: the record names 2 detainees, more than the cap of 1",
                "          matched: CustomTerm[type=DETAINEE_CAP, parameters={max=1}]",
                "          matched: ValidationContext[agreement=capped, signedOn=2025-06-02, asOf=2025-06-10, "
                        + "parties=[UA, RU]]",
                "          matched: computed[$ids=2]",
                "  INFO    EMPTY_BATCH [B2]: batch B2 transfers no one",
                "          matched: CustomTerm[type=BATCH_NOTES, parameters={}]",
                "          matched: Batch[id=B2, date=2025-06-10, unilateral=true, transfers=[]]",
                "  INFO    UNILATERAL_BATCH [B2]: batch B2 is unilateral",
                "          matched: CustomTerm[type=BATCH_NOTES, parameters={}]",
                "          matched: Batch[id=B2, date=2025-06-10, unilateral=true, transfers=[]]",
                "",
                "Rule coverage: 3 of " + firings.size() + " rules fired, " + (firings.size() - 3) + " never fired"));
        firings.forEach((rule, n) -> expected.add("  " + n + "  " + rule + (n == 0 ? "  (never fired)" : "")));
        assertThat(run.outLines()).isEqualTo(expected);
        assertThat(run.outLines()).contains(
                "  1  TOO_MANY_DETAINEES-01 more detainees than the cap",
                "  1  EMPTY_BATCH-01 a batch with no transfer",
                "  1  UNILATERAL_BATCH-01 a batch released by one side by agreement",
                "  0  AGE_LIMIT-01 released on basis YOUNG outside the age range  (never fired)");
    }

    @Test
    void json_addsMatchedToEachViolationAndCoverageToTheDocument_afterTheFieldsOfTheContract() throws Exception {
        String scenario = fixture("detainee-cap.json");
        CommandRun run = CommandRun.of("validate", "--format", "json", "--explain", scenario, "--rules", fixture("rules"));

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).hasSize(1);
        JsonNode report = MAPPER.readTree(run.out);
        assertThat(fieldNames(report)).containsExactly("file", "agreement", "asOf", "compliant", "violations",
                "obligations", "coverage");
        JsonNode cap = report.get("violations").get(1);
        assertThat(fieldNames(cap)).containsExactly("code", "severity", "subjects", "term", "rule", "message",
                "matched");
        assertThat(cap.get("matched").toString()).isEqualTo("[{\"kind\":\"CustomTerm\",\"origin\":\"RECORD\","
                + "\"fields\":{\"type\":\"DETAINEE_CAP\",\"parameters\":\"{max=1}\"}},"
                + "{\"kind\":\"ValidationContext\",\"origin\":\"DERIVED\",\"fields\":{\"agreement\":\"capped\","
                + "\"signedOn\":\"2025-06-02\",\"asOf\":\"2025-06-10\",\"parties\":\"[UA, RU]\"}},"
                + "{\"kind\":\"computed\",\"origin\":\"COMPUTED\",\"fields\":{\"$ids\":\"2\"}}]");
        Map<String, Long> coverage = new TreeMap<>();
        report.get("coverage").properties().forEach(e -> coverage.put(e.getKey(), e.getValue().longValue()));
        assertThat(coverage).isEqualTo(firings);
        assertThat(fieldNames(report.get("coverage"))).isSorted();
    }

    @Test
    void withoutExplain_theReportIsTheSameWithoutFactsOrCoverage() {
        String scenario = fixture("detainee-cap.json");
        CommandRun plain = CommandRun.of("validate", scenario, "--rules", fixture("rules"));
        CommandRun explained = CommandRun.of("validate", scenario, "--rules", fixture("rules"), "--explain");

        assertThat(explained.outLines().stream().filter(line -> !line.startsWith("          matched: "))
                .takeWhile(line -> !line.isEmpty()).toList()).isEqualTo(plain.outLines());
    }

    @Test
    void severalFiles_eachGetTheirOwnCoverage() {
        String compliant = fixture("compliant.json");
        String notCompliant = fixture("not-compliant.json");
        CommandRun run = CommandRun.of("validate", "--explain", compliant, notCompliant);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.outLines().stream().filter(line -> line.startsWith("Rule coverage: "))).hasSize(2);
        assertThat(run.outLines()).containsSubsequence(
                compliant + ": agreement warning-only as of 2025-06-09: COMPLIANT (0 errors, 1 warning, 0 info)",
                "",
                notCompliant + ": agreement declined as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
