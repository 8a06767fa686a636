package org.parley.rules.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

class ReportAssertTests {

    private static final Violation AGE = new Violation("AGE_LIMIT", Severity.ERROR, List.of("RU-1"), "AGE_LIMIT",
            "AGE_LIMIT-01 released on basis YOUNG outside the age range", "RU-1 was 25");
    private static final Violation UNKNOWN = new Violation("AGE_UNKNOWN", Severity.WARNING, List.of("RU-2"),
            "AGE_LIMIT", "AGE_UNKNOWN-01 released on basis YOUNG with no birth date", "RU-2 has no birth date");

    private static ValidationReport report(Violation... violations) {
        return new ValidationReport("ag-1", LocalDate.parse("2025-06-09"), List.of(violations));
    }

    @Test
    void hasOnly_oneViolationWithTheCodeAndSubjects_passes() {
        ReportAssert.assertThat(report(AGE)).hasOnly("AGE_LIMIT", "RU-1").isNotCompliant().has("AGE_LIMIT", "RU-1");
    }

    @Test
    void hasOnly_anotherViolationBeside_failsPrintingTheReport() {
        assertThatThrownBy(() -> ReportAssert.assertThat(report(AGE, UNKNOWN)).hasOnly("AGE_LIMIT", "RU-1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected only the violation AGE_LIMIT [RU-1], but got:")
                .hasMessageContaining("WARNING AGE_UNKNOWN [RU-2]: RU-2 has no birth date");
    }

    @Test
    void hasOnlyExpected_namesWhatIsMissingAndWhatIsUnexpected() {
        assertThatThrownBy(() -> ReportAssert.assertThat(report(UNKNOWN))
                .hasOnly(ExpectedViolation.of("AGE_LIMIT", Severity.ERROR, "RU-1")))
                .hasMessageContaining("missing: [ERROR AGE_LIMIT [RU-1]]")
                .hasMessageContaining("unexpected: [WARNING AGE_UNKNOWN [RU-2]: RU-2 has no birth date]");
    }

    @Test
    void hasNoViolations_withAWarning_fails_butIsCompliant_passes() {
        ReportAssert.assertThat(report(UNKNOWN)).isCompliant().hasCodes("AGE_UNKNOWN").hasNo("AGE_LIMIT");
        assertThatThrownBy(() -> ReportAssert.assertThat(report(UNKNOWN)).hasNoViolations())
                .hasMessageContaining("Expected no violations, but the report has 1:");
    }

    @Test
    void isSameReportAs_listsTheViolationsOnEitherSide() {
        assertThatThrownBy(() -> ReportAssert.assertThat(report(AGE)).isSameReportAs(report(UNKNOWN)))
                .hasMessageContaining("missing:\n  WARNING AGE_UNKNOWN [RU-2]: RU-2 has no birth date  [rule "
                        + "\"AGE_UNKNOWN-01 released on basis YOUNG with no birth date\", term AGE_LIMIT]".replace("\n",
                        System.lineSeparator()))
                .hasMessageContaining("unexpected:" + System.lineSeparator() + "  ERROR AGE_LIMIT [RU-1]: RU-1 was 25");
    }
}
