package org.parley.rules;

import org.parley.rules.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a validation found: every violation of one exchange record, and what its terms still
 * require as of the date it was judged at.
 *
 * <p>The violations are sorted by code, then by subjects; a violation with the same code
 * and subjects as an earlier one is kept once (the first in {@link Violation}'s natural
 * order), so the same input always gives an equal report whatever order its facts came in.
 * The obligations likewise are sorted by kind, then party, then subjects, and one with the
 * same kind, party and subjects as an earlier one is kept once. Reports are immutable.
 *
 * @param agreement   the id of the agreement judged
 * @param asOf        the date the record was judged at
 * @param violations  the violations found, sorted and without repeats
 * @param obligations what is still owed as of {@code asOf}, sorted and without repeats:
 *                    detainees still to be released, stages still ahead, remains still
 *                    owed, the balance of releases; empty when nothing is
 */
public record ValidationReport(String agreement, LocalDate asOf, List<Violation> violations,
                               List<Obligation> obligations) {

    /**
     * Sorts the violations and the obligations and drops repeats.
     *
     * @throws NullPointerException if any component, violation or obligation is null
     */
    public ValidationReport {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(asOf, "asOf");
        violations = sortedWithoutRepeats(violations, "violation", Violation.REPORT_ORDER);
        obligations = sortedWithoutRepeats(obligations, "obligation", Obligation.REPORT_ORDER);
    }

    /**
     * A report with violations and no obligation.
     *
     * @throws NullPointerException if any component or violation is null
     */
    public ValidationReport(String agreement, LocalDate asOf, List<Violation> violations) {
        this(agreement, asOf, violations, List.of());
    }

    private static <T extends Comparable<T>> List<T> sortedWithoutRepeats(List<T> items, String name,
                                                                         Comparator<T> sameWhenZero) {
        List<T> sorted = new ArrayList<>(Objects.requireNonNull(items, name + "s"));
        sorted.forEach(v -> Objects.requireNonNull(v, name));
        sorted.sort(null);
        List<T> kept = new ArrayList<>(sorted.size());
        for (T v : sorted) {
            if (kept.isEmpty() || sameWhenZero.compare(kept.get(kept.size() - 1), v) != 0) {
                kept.add(v);
            }
        }
        return List.copyOf(kept);
    }

    /** The obligations of the given kind, in report order; empty when there are none. */
    public List<Obligation> obligationsOfKind(String kind) {
        Objects.requireNonNull(kind, "kind");
        return obligations.stream().filter(o -> o.kind().equals(kind)).toList();
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

    /** A line per violation, then a line per obligation, after a summary line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append(agreement).append(" as of ").append(asOf).append(": ")
                .append(isCompliant() ? "compliant" : "not compliant")
                .append(" (").append(errors().size()).append(" errors, ")
                .append(warnings().size()).append(" warnings)");
        violations.forEach(v -> s.append(System.lineSeparator()).append("  ").append(v));
        obligations.forEach(o -> s.append(System.lineSeparator()).append("  owed: ").append(o));
        return s.toString();
    }
}
