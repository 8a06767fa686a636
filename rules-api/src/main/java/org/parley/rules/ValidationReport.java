package org.parley.rules;

import org.parley.rules.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a validation found: every violation of one exchange record.
 *
 * <p>The violations are sorted by code, then by subjects; a violation with the same code
 * and subjects as an earlier one is kept once (the first in {@link Violation}'s natural
 * order), so the same input always gives an equal report whatever order its facts came in.
 * Reports are immutable.
 *
 * @param agreement  the id of the agreement judged
 * @param asOf       the date the record was judged at
 * @param violations the violations found, sorted and without repeats
 */
public record ValidationReport(String agreement, LocalDate asOf, List<Violation> violations) {

    /**
     * Sorts the violations and drops repeats of a code and subjects.
     *
     * @throws NullPointerException if any component or violation is null
     */
    public ValidationReport {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(asOf, "asOf");
        List<Violation> sorted = new ArrayList<>(Objects.requireNonNull(violations, "violations"));
        sorted.forEach(v -> Objects.requireNonNull(v, "violation"));
        sorted.sort(null);
        List<Violation> kept = new ArrayList<>(sorted.size());
        for (Violation v : sorted) {
            if (kept.isEmpty() || Violation.REPORT_ORDER.compare(kept.get(kept.size() - 1), v) != 0) {
                kept.add(v);
            }
        }
        violations = List.copyOf(kept);
    }

    /** Whether the record has no {@link Severity#ERROR} violation (warnings are allowed). */
    public boolean isCompliant() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /** The violations of severity {@link Severity#ERROR}, in report order. */
    public List<Violation> errors() {
        return withSeverity(Severity.ERROR);
    }

    /** The violations of severity {@link Severity#WARNING}, in report order. */
    public List<Violation> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /** The violations of the given severity, in report order. */
    public List<Violation> withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** The violations with the given code, in report order; empty when there are none. */
    public List<Violation> byCode(String code) {
        Objects.requireNonNull(code, "code");
        return violations.stream().filter(v -> v.code().equals(code)).toList();
    }

    /** A line per violation after a summary line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append(agreement).append(" as of ").append(asOf).append(": ")
                .append(isCompliant() ? "compliant" : "not compliant")
                .append(" (").append(errors().size()).append(" errors, ")
                .append(warnings().size()).append(" warnings)");
        violations.forEach(v -> s.append(System.lineSeparator()).append("  ").append(v));
        return s.toString();
    }
}
