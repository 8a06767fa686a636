package org.parley.rules;

import org.parley.rules.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTests {

    private static final LocalDate AS_OF = LocalDate.parse("2025-06-20");

    private static Violation violation(String code, Severity severity, String... subjects) {
        return new Violation(code, severity, List.of(subjects), "TERM", code + "-01 rule", "message about "
                + String.join(",", subjects));
    }

    @Test
    void report_sortsByCodeThenSubjectsElementByElement() {
        Violation b2 = violation("B", Severity.ERROR, "x", "2");
        Violation b10 = violation("B", Severity.ERROR, "x", "10");
        Violation bShort = violation("B", Severity.ERROR, "x");
        Violation a = violation("A", Severity.WARNING, "z");

        ValidationReport report = new ValidationReport("ag", AS_OF, List.of(b2, a, b10, bShort));

        assertThat(report.violations()).containsExactly(a, bShort, b10, b2);
    }

    @Test
    void report_keepsOneViolationPerCodeAndSubjects_theFirstInNaturalOrder() {
        Violation first = new Violation("A", Severity.ERROR, List.of("x"), "T", "A-01 r", "first");
        Violation second = new Violation("A", Severity.ERROR, List.of("x"), "T", "A-02 r", "second");

        assertThat(new ValidationReport("ag", AS_OF, List.of(second, first)).violations()).containsExactly(first);
        assertThat(new ValidationReport("ag", AS_OF, List.of(first, second)).violations()).containsExactly(first);
    }

    @Test
    void report_isCompliantWithWarningsButNotWithAnError() {
        ValidationReport warningsOnly = new ValidationReport("ag", AS_OF,
                List.of(violation("W", Severity.WARNING, "a"), violation("I", Severity.INFO, "b")));
        ValidationReport withError = new ValidationReport("ag", AS_OF,
                List.of(violation("W", Severity.WARNING, "a"), violation("E", Severity.ERROR, "b")));

        assertThat(warningsOnly.isCompliant()).isTrue();
        assertThat(withError.isCompliant()).isFalse();
        assertThat(new ValidationReport("ag", AS_OF, List.of()).isCompliant()).isTrue();
    }

    @Test
    void report_filtersBySeverityAndCode() {
        Violation e1 = violation("E", Severity.ERROR, "1");
        Violation e2 = violation("E", Severity.ERROR, "2");
        Violation w = violation("W", Severity.WARNING, "1");
        Violation i = violation("I", Severity.INFO, "1");
        ValidationReport report = new ValidationReport("ag", AS_OF, List.of(w, e2, i, e1));

        assertThat(report.errors()).containsExactly(e1, e2);
        assertThat(report.warnings()).containsExactly(w);
        assertThat(report.withSeverity(Severity.INFO)).containsExactly(i);
        assertThat(report.byCode("E")).containsExactly(e1, e2);
        assertThat(report.byCode("NONE")).isEmpty();
    }

    @Test
    void report_isImmutable() {
        List<Violation> given = new ArrayList<>(List.of(violation("A", Severity.ERROR, "1")));
        ValidationReport report = new ValidationReport("ag", AS_OF, given);
        given.clear();

        assertThat(report.violations()).hasSize(1);
        assertThatThrownBy(() -> report.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void report_toStringHasASummaryAndALinePerViolation() {
        ValidationReport report = new ValidationReport("ag", AS_OF,
                List.of(violation("A", Severity.ERROR, "x"), violation("B", Severity.WARNING, "y", "z")));

        assertThat(report.toString()).isEqualTo("ag as of 2025-06-20: not compliant (1 errors, 1 warnings)"
                + System.lineSeparator() + "  ERROR A [x]: message about x"
                + System.lineSeparator() + "  WARNING B [y, z]: message about y,z");
    }

    @Test
    void violation_rejectsNullsAndBlankNames() {
        assertThatThrownBy(() -> new Violation(null, Severity.ERROR, List.of(), "T", "r", "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> new Violation("A", Severity.ERROR, List.of(), " ", "r", "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("term must not be blank");
        assertThatThrownBy(() -> new ValidationReport("ag", AS_OF, java.util.Arrays.asList((Violation) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("violation");
    }
}
