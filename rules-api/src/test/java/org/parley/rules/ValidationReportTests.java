package org.parley.rules;

import org.parley.rules.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
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

    @Test
    void changed_takesAwayAndAddsAsTheConstructorWould() {
        Violation a = violation("A", Severity.ERROR, "1");
        Violation b = violation("B", Severity.ERROR, "1");
        Violation bFirst = new Violation("B", Severity.ERROR, List.of("1"), "T", "B-00 rule", "first of B");
        Violation c = violation("C", Severity.WARNING, "2");
        ValidationReport report = new ValidationReport("ag", AS_OF, List.of(a, b));

        ValidationReport changed = report.changed(AS_OF.plusDays(1), List.of(a, c), List.of(c, bFirst), List.of(),
                List.of());

        assertThat(changed.violations()).containsExactly(bFirst, c);
        assertThat(changed.asOf()).isEqualTo(AS_OF.plusDays(1));
        assertThat(changed.agreement()).isEqualTo("ag");
        assertThat(report.violations()).containsExactly(a, b);
        // b stays where a later one of the same code and subjects is added.
        assertThat(report.changed(AS_OF, List.of(), List.of(violation("B", Severity.INFO, "1")), List.of(), List.of())
                .violations()).containsExactly(a, b);
        assertThat(report.changed(AS_OF, List.of(), List.of(), List.of(), List.of())).isEqualTo(report);
    }

    @Test
    void changed_isTheReportOfTheChangedLists_overRandomChanges() {
        Random random = new Random(12);
        for (int round = 0; round < 2_000; round++) {
            List<Violation> violations = randomViolations(random, random.nextInt(12));
            List<Obligation> obligations = randomObligations(random, random.nextInt(8));
            ValidationReport report = new ValidationReport("ag", AS_OF, violations, obligations);
            List<Violation> removed = new ArrayList<>(randomViolations(random, random.nextInt(4)));
            if (!report.violations().isEmpty() && random.nextBoolean()) {
                removed.add(report.violations().get(random.nextInt(report.violations().size())));
            }
            List<Violation> added = randomViolations(random, random.nextInt(5));
            List<Obligation> removedObligations = new ArrayList<>(randomObligations(random, random.nextInt(3)));
            if (!report.obligations().isEmpty() && random.nextBoolean()) {
                removedObligations.add(report.obligations().get(random.nextInt(report.obligations().size())));
            }
            List<Obligation> addedObligations = randomObligations(random, random.nextInt(4));

            List<Violation> expectedViolations = new ArrayList<>(report.violations());
            expectedViolations.removeIf(removed::contains);
            expectedViolations.addAll(added);
            List<Obligation> expectedObligations = new ArrayList<>(report.obligations());
            expectedObligations.removeIf(removedObligations::contains);
            expectedObligations.addAll(addedObligations);
            ValidationReport expected = new ValidationReport("ag", AS_OF, expectedViolations, expectedObligations);

            assertThat(report.changed(AS_OF, removed, added, removedObligations, addedObligations))
                    .as("round %d: %s without %s with %s", round, report, removed, added)
                    .isEqualTo(expected);
        }
    }

    private static List<Violation> randomViolations(Random random, int count) {
        List<Violation> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "ABC".substring(random.nextInt(3)).substring(0, 1);
            List<String> subjects = random.nextInt(4) == 0 ? List.of("x" + random.nextInt(3), "y")
                    : List.of("x" + random.nextInt(4));
            made.add(new Violation(code, Severity.values()[random.nextInt(Severity.values().length)], subjects, "T",
                    code + "-0" + random.nextInt(3) + " rule", "message " + random.nextInt(2)));
        }
        return made;
    }

    private static List<Obligation> randomObligations(Random random, int count) {
        List<Obligation> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<String> party = random.nextBoolean() ? Optional.empty() : Optional.of("P" + random.nextInt(2));
            made.add(new Obligation("K" + random.nextInt(2), "T", party, List.of("s" + random.nextInt(3)),
                    Optional.empty(), OptionalLong.empty(), "R-0" + random.nextInt(3) + " rule",
                    "owed " + random.nextInt(2)));
        }
        return made;
    }

    @Test
    void changed_rejectsNulls() {
        ValidationReport report = new ValidationReport("ag", AS_OF, List.of(violation("A", Severity.ERROR, "1")));

        assertThatThrownBy(() -> report.changed(AS_OF, List.of(), java.util.Arrays.asList((Violation) null), List.of(),
                List.of())).isInstanceOf(NullPointerException.class).hasMessage("violation");
        assertThatThrownBy(() -> report.changed(AS_OF, null, List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("removed violations");
        assertThatThrownBy(() -> report.changed(null, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    }

    @Test
    void report_ofAnotherReportsLists_isEqualAndImmutable() {
        ValidationReport report = new ValidationReport("ag", AS_OF,
                List.of(violation("B", Severity.ERROR, "1"), violation("A", Severity.ERROR, "2")));
        ValidationReport again = new ValidationReport("other", AS_OF, report.violations(), report.obligations());
        ValidationReport empty = new ValidationReport("ag", AS_OF, List.of());

        assertThat(again.violations()).isEqualTo(report.violations()).containsExactly(
                violation("A", Severity.ERROR, "2"), violation("B", Severity.ERROR, "1"));
        assertThat(again.violations().hashCode()).isEqualTo(List.copyOf(report.violations()).hashCode());
        assertThatThrownBy(() -> empty.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> empty.obligations().removeIf(o -> true))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.violations().set(0, violation("C", Severity.ERROR, "3")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.violations().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
