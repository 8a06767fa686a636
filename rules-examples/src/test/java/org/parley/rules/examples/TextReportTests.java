package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.MatchedFact.Origin;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Severity;

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
    void listsTheFirstObligationsBrieflyAfterTheViolations_andCountsTheOthers() {
        List<Obligation> owed = new java.util.ArrayList<>();
        for (int i = 10; i < 22; i++) {
            owed.add(Obligation.of("STAGE", "CADENCE", List.of("2025-06-" + i), "CADENCE-01", "a stage on 2025-06-" + i)
                    .withDue(LocalDate.of(2025, 6, i)));
        }
        owed.add(Obligation.of("BALANCE", "PARITY", List.of("a1"), "PARITY-03", "RU owes 1 release\u001b[2J")
                .withParty("RU").withCount(1));
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 9), List.of(), owed);

        List<String> lines = TextReport.lines("a.json", report);

        assertThat(lines).hasSize(1 + TextReport.MAX_OBLIGATIONS + 1);
        assertThat(lines.get(1)).doesNotContain("\u001b").isEqualTo("  OWED    BALANCE [a1]: RU owes 1 release"
                + TerminalText.printable("\u001b") + "[2J");
        assertThat(lines.get(2)).isEqualTo("  OWED    STAGE [2025-06-10] (due 2025-06-10): a stage on 2025-06-10");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("  OWED    ... and 3 more obligations (--format json or html lists them all)");
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

    @Test
    void explained_showsTheMatchedFactsUnderEachViolationAndTheRuleCoverageAfter() {
        Violation tooMany = new Violation("TOO_MANY", Severity.ERROR, List.of("a1"), "CAP", "TOO_MANY-01 over the cap",
                "3 detainees, more than 2");
        Violation note = new Violation("NOTE", Severity.INFO, List.of("B1"), "NOTES", "NOTE-01 a note", "see B1");
        ValidationReport report = new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of(note, tooMany));
        Explanation explanation = new Explanation(report,
                Map.of(tooMany, List.of(fact("CustomTerm", Origin.RECORD, "type", "CAP", "parameters", "{max=2}"),
                        fact("computed", Origin.COMPUTED, "$count", "3")), note, List.of()),
                Map.of("TOO_MANY-01 over the cap", 1L, "CLASSIFY-01 release", 12L, "AGE_LIMIT-01 too old", 0L,
                        "NOTE-01 a note", 1L));

        assertThat(TextReport.lines("a.json", explanation)).containsExactly(
                "a.json: agreement a1 as of 2025-06-20: NOT COMPLIANT (1 error, 0 warnings, 1 info)",
                "  ERROR   TOO_MANY [a1]: 3 detainees, more than 2",
                "          matched: CustomTerm[type=CAP, parameters={max=2}]",
                "          matched: computed[$count=3]",
                "  INFO    NOTE [B1]: see B1",
                "",
                "Rule coverage: 3 of 4 rules fired, 1 never fired",
                "   0  AGE_LIMIT-01 too old  (never fired)",
                "  12  CLASSIFY-01 release",
                "   1  NOTE-01 a note",
                "   1  TOO_MANY-01 over the cap");
    }

    @Test
    void explained_cutsALongFactShortAndKeepsItOnOneLine() {
        Violation v = new Violation("X", Severity.WARNING, List.of("B1"), "T", "X-01", "m");
        String transfers = "[" + "Transfer[detainee=UA-0001], ".repeat(20) + "]";
        Explanation explanation = new Explanation(new ValidationReport("a1", LocalDate.of(2025, 6, 20), List.of(v)),
                Map.of(v, List.of(fact("Batch", Origin.RECORD, "id", "B1", "transfers", transfers),
                        fact("Note", Origin.DERIVED, "text", "two\nlines"))), Map.of("X-01", 1L));

        List<String> lines = TextReport.lines("a.json", explanation);

        assertThat(lines.get(2)).hasSize("          matched: ".length() + 200).startsWith("          matched: Batch[id=B1, transfers=[")
                .endsWith("...");
        assertThat(lines.get(3)).isEqualTo("          matched: Note[text=two\\u000alines]");
        assertThat(lines.get(5)).isEqualTo("Rule coverage: 1 of 1 rule fired, 0 never fired");
    }

    /** A matched fact with the given fields, name then value, each present. */
    static MatchedFact fact(String kind, Origin origin, String... namesAndValues) {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], Optional.of(namesAndValues[i + 1]));
        }
        return new MatchedFact(kind, origin, fields);
    }
}
