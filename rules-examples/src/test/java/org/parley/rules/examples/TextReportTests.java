package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

class TextReportTests {

    @Test
    void listsViolationsBySeverityAfterASummaryLine() {
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of(
                new Violation("CADENCE_MISSED", Severity.WARNING, List.of("2025-06-10"), "CADENCE", "r3",
                        "no batch on 2025-06-10"),
                new Violation("NOTE", Severity.INFO, List.of(), "CUSTOM", "r4", "just so you know"),
                new Violation("WOUNDED_PRIORITY", Severity.ERROR, List.of("B1", "RU"), "WOUNDED_PRIORITY", "r2",
                        "RU released a healthy detainee first"),
                new Violation("AGE_LIMIT", Severity.ERROR, List.of("RU-1"), "AGE_LIMIT", "r1", "RU-1 was 25")));

        assertThat(TextReport.lines("a.json", report)).containsExactly(
                "a.json: agreement a1 as of 2025-06-20: NOT COMPLIANT (2 errors, 1 warning, 1 info)",
                "  ERROR   AGE_LIMIT [RU-1]: RU-1 was 25",
                "  ERROR   WOUNDED_PRIORITY [B1, RU]: RU released a healthy detainee first",
                "  WARNING CADENCE_MISSED [2025-06-10]: no batch on 2025-06-10",
                "  INFO    NOTE []: just so you know");
    }

    @Test
    void saysCompliantWhenThereAreOnlyWarnings() {
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of(
                new Violation("CONSENT_UNKNOWN", Severity.WARNING, List.of("RU-1"), "CONSENT", "r", "no consent")));

        assertThat(TextReport.lines("a.json", report)).containsExactly(
                "a.json: agreement a1 as of 2025-06-20: COMPLIANT (0 errors, 1 warning, 0 info)",
                "  WARNING CONSENT_UNKNOWN [RU-1]: no consent");
    }

    @Test
    void printsOnlyTheSummaryWhenNothingIsWrong() {
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of());

        assertThat(TextReport.lines("a.json", report)).containsExactly(
                "a.json: agreement a1 as of 2025-06-20: COMPLIANT (0 errors, 0 warnings, 0 info)");
    }
}
