package org.parley.rules.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * AssertJ assertions on a {@link ValidationReport} that read like the contract and, when
 * they fail, print the whole report.
 *
 * <pre>{@code
 * assertThat(report).hasOnly("AGE_LIMIT", "RU-1");
 * assertThat(report).hasNoViolations();
 * assertThat(report).isCompliant().has("CADENCE_MISSED", "2025-06-10");
 * assertThat(droolsReport).isSameReportAs(oracleReport);
 * }</pre>
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {

    private ReportAssert(ValidationReport actual) {
        super(actual, ReportAssert.class);
    }

    /** Starts an assertion on a report. */
    public static ReportAssert assertThat(ValidationReport actual) {
        return new ReportAssert(actual);
    }

    private List<Violation> violations() {
        isNotNull();
        return actual.violations();
    }

    private String listing() {
        return actual.toString();
    }

    /** Checks that the report has no violation at all, not even a warning. */
    public ReportAssert hasNoViolations() {
        if (!violations().isEmpty()) {
            failWithMessage("Expected no violations, but the report has %d:%n%s", actual.violations().size(), listing());
        }
        return this;
    }

    /** Checks that the report has no ERROR (warnings are allowed). */
    public ReportAssert isCompliant() {
        if (!violations().stream().noneMatch(Violation::isError)) {
            failWithMessage("Expected a compliant record (no ERROR), but got:%n%s", listing());
        }
        return this;
    }

    /** Checks that the report has at least one ERROR. */
    public ReportAssert isNotCompliant() {
        if (violations().stream().noneMatch(Violation::isError)) {
            failWithMessage("Expected an ERROR, but got:%n%s", listing());
        }
        return this;
    }

    /** Checks that the report has a violation with this code and these subjects, among others perhaps. */
    public ReportAssert has(String code, String... subjects) {
        Objects.requireNonNull(code, "code");
        List<String> expected = List.of(subjects);
        if (violations().stream().noneMatch(v -> v.code().equals(code) && v.subjects().equals(expected))) {
            failWithMessage("Expected a violation %s %s, but got:%n%s", code, expected, listing());
        }
        return this;
    }

    /** Checks that the report has no violation with this code. */
    public ReportAssert hasNo(String code) {
        Objects.requireNonNull(code, "code");
        if (violations().stream().anyMatch(v -> v.code().equals(code))) {
            failWithMessage("Expected no %s violation, but got:%n%s", code, listing());
        }
        return this;
    }

    /** Checks that the report has exactly one violation, with this code and these subjects. */
    public ReportAssert hasOnly(String code, String... subjects) {
        Objects.requireNonNull(code, "code");
        List<String> expected = List.of(subjects);
        List<Violation> all = violations();
        if (all.size() != 1 || !all.get(0).code().equals(code) || !all.get(0).subjects().equals(expected)) {
            failWithMessage("Expected only the violation %s %s, but got:%n%s", code, expected, listing());
        }
        return this;
    }

    /** Checks that the report has exactly these violations (code, severity, subjects), in any order. */
    public ReportAssert hasOnly(ExpectedViolation... expected) {
        return hasOnly(Arrays.asList(expected));
    }

    /** Checks that the report has exactly these violations (code, severity, subjects), in any order. */
    public ReportAssert hasOnly(List<ExpectedViolation> expected) {
        Objects.requireNonNull(expected, "expected");
        List<Violation> unexpected = new ArrayList<>();
        List<ExpectedViolation> missing = new ArrayList<>(expected);
        for (Violation v : violations()) {
            if (!missing.removeIf(e -> e.matches(v))) {
                unexpected.add(v);
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            failWithMessage("Expected only %s,%nmissing: %s%nunexpected: %s%nin:%n%s", expected, missing, unexpected,
                    listing());
        }
        return this;
    }

    /** Checks that the report's violations have exactly these codes, each at least once. */
    public ReportAssert hasCodes(String... codes) {
        Set<String> expected = new TreeSet<>(Arrays.asList(codes));
        Set<String> found = new TreeSet<>();
        violations().forEach(v -> found.add(v.code()));
        if (!found.equals(expected)) {
            failWithMessage("Expected the codes %s, but got %s:%n%s", expected, found, listing());
        }
        return this;
    }

    /**
     * Checks that the report equals another, violation by violation and obligation by
     * obligation, and names those one has and the other does not when they differ.
     */
    public ReportAssert isSameReportAs(ValidationReport expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.equals(expected)) {
            return this;
        }
        List<Violation> missing = new ArrayList<>(expected.violations());
        missing.removeAll(actual.violations());
        List<Violation> unexpected = new ArrayList<>(actual.violations());
        unexpected.removeAll(expected.violations());
        List<Obligation> missingOwed = new ArrayList<>(expected.obligations());
        missingOwed.removeAll(actual.obligations());
        List<Obligation> unexpectedOwed = new ArrayList<>(actual.obligations());
        unexpectedOwed.removeAll(expected.obligations());
        failWithMessage("Expected the report%n%s%nbut got%n%s%nmissing:%n%s%nunexpected:%n%s", expected, actual,
                lines(missing, missingOwed), lines(unexpected, unexpectedOwed));
        return this;
    }

    private static String lines(List<Violation> violations, List<Obligation> obligations) {
        if (violations.isEmpty() && obligations.isEmpty()) {
            return "  (none)";
        }
        List<String> lines = new ArrayList<>();
        for (Violation v : violations) {
            lines.add("  " + v + "  [rule \"" + v.rule() + "\", term " + v.term() + "]");
        }
        for (Obligation o : obligations) {
            lines.add("  owed: " + o + "  [rule \"" + o.rule() + "\", term " + o.term() + "]");
        }
        return String.join(System.lineSeparator(), lines);
    }
}
