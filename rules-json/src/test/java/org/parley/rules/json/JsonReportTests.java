package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.MatchedFact.Origin;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Severity;

class JsonReportTests {

    @Test
    void writesOneLineWithTheFieldsInContractOrder() {
        ValidationReport report = new ValidationReport("istanbul-2025-06-02", LocalDate.of(2025, 6, 20), List.of(
                new Violation("CADENCE_MISSED", Severity.WARNING, List.of("2025-06-10"), "CADENCE", "CADENCE-01",
                        "no batch on 2025-06-10"),
                new Violation("AGE_LIMIT", Severity.ERROR, List.of("RU-0001"), "AGE_LIMIT", "AGE_LIMIT-01",
                        "RU-0001 was 25")));

        assertThat(JsonReport.line("a.json", report)).isEqualTo("{\"file\":\"a.json\","
                + "\"agreement\":\"istanbul-2025-06-02\",\"asOf\":\"2025-06-20\",\"compliant\":false,"
                + "\"violations\":["
                + "{\"code\":\"AGE_LIMIT\",\"severity\":\"ERROR\",\"subjects\":[\"RU-0001\"],\"term\":\"AGE_LIMIT\","
                + "\"rule\":\"AGE_LIMIT-01\",\"message\":\"RU-0001 was 25\"},"
                + "{\"code\":\"CADENCE_MISSED\",\"severity\":\"WARNING\",\"subjects\":[\"2025-06-10\"],"
                + "\"term\":\"CADENCE\",\"rule\":\"CADENCE-01\",\"message\":\"no batch on 2025-06-10\"}],"
                + "\"obligations\":[]}");
    }

    @Test
    void writesAnEmptyListWhenNothingIsWrong() {
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of());

        assertThat(JsonReport.line("a.json", report)).isEqualTo(
                "{\"file\":\"a.json\",\"agreement\":\"a1\",\"asOf\":\"2025-06-20\",\"compliant\":true,\"violations\":[],"
                        + "\"obligations\":[]}");
    }

    @Test
    void escapesLineBreaksAndQuotesSoTheDocumentStaysOnOneLine() {
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of(
                new Violation("X", Severity.INFO, List.of("Ю"), "T", "r", "two\nlines \"quoted\"")));

        assertThat(JsonReport.line("dir\\a.json", report)).isEqualTo(
                "{\"file\":\"dir\\\\a.json\",\"agreement\":\"a1\",\"asOf\":\"2025-06-20\",\"compliant\":true,"
                        + "\"violations\":[{\"code\":\"X\",\"severity\":\"INFO\",\"subjects\":[\"Ю\"],\"term\":\"T\","
                        + "\"rule\":\"r\",\"message\":\"two\\nlines \\\"quoted\\\"\"}],\"obligations\":[]}");
    }

    @Test
    void explained_addsTheMatchedFactsToEachViolationAndTheCoverageLast() {
        Violation v = new Violation("TOO_MANY", Severity.ERROR, List.of("a1"), "CAP", "TOO_MANY-01", "over");
        Explanation explanation = new Explanation(new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of(v)),
                Map.of(v, List.of(fact("CustomTerm", Origin.RECORD, "type", "CAP"),
                        new MatchedFact("Release", Origin.DERIVED, absentTime()),
                        fact("computed", Origin.COMPUTED, "$count", "3"))),
                Map.of("TOO_MANY-01", 1L, "AGE_LIMIT-01", 0L));

        assertThat(JsonReport.line("a.json", explanation)).isEqualTo("{\"file\":\"a.json\",\"agreement\":\"a1\","
                + "\"asOf\":\"2025-06-20\",\"compliant\":false,\"violations\":[{\"code\":\"TOO_MANY\","
                + "\"severity\":\"ERROR\",\"subjects\":[\"a1\"],\"term\":\"CAP\",\"rule\":\"TOO_MANY-01\","
                + "\"message\":\"over\",\"matched\":[{\"kind\":\"CustomTerm\",\"origin\":\"RECORD\",\"fields\":{\"type\":\"CAP\"}},"
                + "{\"kind\":\"Release\",\"origin\":\"DERIVED\",\"fields\":{\"detainee\":\"UA-1\",\"atEpochMilli\":null}},"
                + "{\"kind\":\"computed\",\"origin\":\"COMPUTED\",\"fields\":{\"$count\":\"3\"}}]}],"
                + "\"obligations\":[],\"coverage\":{\"AGE_LIMIT-01\":0,\"TOO_MANY-01\":1}}");
    }

    @Test
    void writesEachObligationWithEveryField_nullWhereAbsent() {
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 10), List.of(), List.of(
                Obligation.of("STAGE", "CADENCE", List.of("2025-06-11"), "CADENCE-01", "a stage on 2025-06-11")
                        .withDue(LocalDate.of(2025, 6, 11)),
                Obligation.of("REMAINS", "REMAINS", List.of("a1"), "REMAINS-01", "RU owes 7 bodies")
                        .withParty("RU").withDue(LocalDate.of(2025, 6, 30)).withCount(7)));

        assertThat(JsonReport.line("a.json", report)).isEqualTo("{\"file\":\"a.json\",\"agreement\":\"a1\","
                + "\"asOf\":\"2025-06-10\",\"compliant\":true,\"violations\":[],\"obligations\":["
                + "{\"kind\":\"REMAINS\",\"term\":\"REMAINS\",\"party\":\"RU\",\"subjects\":[\"a1\"],"
                + "\"due\":\"2025-06-30\",\"count\":7,\"rule\":\"REMAINS-01\",\"message\":\"RU owes 7 bodies\"},"
                + "{\"kind\":\"STAGE\",\"term\":\"CADENCE\",\"party\":null,\"subjects\":[\"2025-06-11\"],"
                + "\"due\":\"2025-06-11\",\"count\":null,\"rule\":\"CADENCE-01\",\"message\":\"a stage on 2025-06-11\"}]}");
    }

    private static MatchedFact fact(String kind, Origin origin, String field, String value) {
        return new MatchedFact(kind, origin, Map.of(field, Optional.of(value)));
    }

    private static Map<String, Optional<String>> absentTime() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("detainee", Optional.of("UA-1"));
        fields.put("atEpochMilli", Optional.empty());
        return fields;
    }
}
