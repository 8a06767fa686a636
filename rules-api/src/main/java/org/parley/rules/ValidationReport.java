package org.parley.rules;

import org.parley.rules.model.Severity;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
     * Sorts the violations and the obligations and drops repeats. The lists of a report are
     * taken as they are, being sorted and without repeats already.
     *
     * @throws NullPointerException if any component, violation or obligation is null
     */
    public ValidationReport {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(asOf, "asOf");
        violations = violations instanceof Sorted<Violation> kept && kept.of == Violation.class ? violations
                : sortedWithoutRepeats(violations, "violation", Violation.REPORT_ORDER, Violation.class);
        obligations = obligations instanceof Sorted<Obligation> kept && kept.of == Obligation.class ? obligations
                : sortedWithoutRepeats(obligations, "obligation", Obligation.REPORT_ORDER, Obligation.class);
    }

    /**
     * A report with violations and no obligation.
     *
     * @throws NullPointerException if any component or violation is null
     */
    public ValidationReport(String agreement, LocalDate asOf, List<Violation> violations) {
        this(agreement, asOf, violations, List.of());
    }

    /**
     * This report with some violations and obligations taken away and others added, judged
     * at {@code asOf}: equal to the report of this report's violations without those equal to
     * one of {@code removedViolations}, and with {@code addedViolations}, and likewise of the
     * obligations, as the constructor sorts them and drops repeats. It costs a copy of the
     * lists and a binary search per change rather than a sort of everything, so that a
     * validation session reports a change to a large record at the cost of the change.
     *
     * @param asOf                the date the new report is judged at
     * @param removedViolations   violations to take away; those this report lacks change nothing
     * @param addedViolations     violations to add
     * @param removedObligations  obligations to take away; those this report lacks change nothing
     * @param addedObligations    obligations to add
     * @return the report with the changes
     * @throws NullPointerException if an argument, violation or obligation is null
     */
    public ValidationReport changed(LocalDate asOf, Collection<Violation> removedViolations,
                                    Collection<Violation> addedViolations, Collection<Obligation> removedObligations,
                                    Collection<Obligation> addedObligations) {
        return new ValidationReport(agreement, asOf,
                changed(violations, removedViolations, addedViolations, "violation", Violation.REPORT_ORDER,
                        Violation.class),
                changed(obligations, removedObligations, addedObligations, "obligation", Obligation.REPORT_ORDER,
                        Obligation.class));
    }

    /**
     * The kept list without the removed items and with the added ones, keeping of each run of
     * items the same by {@code same} the first in natural order.
     */
    private static <T extends Comparable<T>> List<T> changed(List<T> kept, Collection<T> removed, Collection<T> added,
                                                             String name, Comparator<T> same, Class<T> of) {
        Objects.requireNonNull(removed, "removed " + name + "s");
        Objects.requireNonNull(added, "added " + name + "s");
        removed.forEach(v -> Objects.requireNonNull(v, name));
        List<T> adding = sortedWithoutRepeats(new ArrayList<>(added), name, same, of);
        if (removed.isEmpty() && adding.isEmpty()) {
            return kept;
        }
        // The kept items are sorted and none is the same as the next: a binary search by
        // `same` finds the one each change is about.
        Object[] now = kept.toArray();
        int size = now.length;
        for (T r : removed) {
            int i = java.util.Collections.binarySearch(kept, r, same);
            if (i >= 0 && now[i] != null && now[i].equals(r)) {
                now[i] = null;
                size--;
            }
        }
        // Each added item replaces the kept one it is the same as, if it comes first, or goes
        // in before the kept item its search ends at; `adding` is sorted, so in order.
        int[] at = new int[adding.size()];
        Object[] insert = new Object[adding.size()];
        int inserts = 0;
        for (T a : adding) {
            int i = java.util.Collections.binarySearch(kept, a, same);
            if (i < 0) {
                at[inserts] = -(i + 1);
                insert[inserts++] = a;
                size++;
            } else if (now[i] == null) {
                now[i] = a;
                size++;
            } else {
                @SuppressWarnings("unchecked")
                T was = (T) now[i];
                if (a.compareTo(was) < 0) {
                    now[i] = a;
                }
            }
        }
        Object[] items = new Object[size];
        int n = 0;
        int next = 0;
        for (int k = 0; k < inserts; k++) {
            for (; next < at[k]; next++) {
                if (now[next] != null) {
                    items[n++] = now[next];
                }
            }
            items[n++] = insert[k];
        }
        for (; next < now.length; next++) {
            if (now[next] != null) {
                items[n++] = now[next];
            }
        }
        return new Sorted<>(items, of);
    }

    private static <T extends Comparable<T>> List<T> sortedWithoutRepeats(List<T> items, String name,
                                                                         Comparator<T> sameWhenZero, Class<T> of) {
        List<T> sorted = new ArrayList<>(Objects.requireNonNull(items, name + "s"));
        sorted.forEach(v -> Objects.requireNonNull(v, name));
        sorted.sort(null);
        List<T> kept = new ArrayList<>(sorted.size());
        for (T v : sorted) {
            if (kept.isEmpty() || sameWhenZero.compare(kept.get(kept.size() - 1), v) != 0) {
                kept.add(v);
            }
        }
        return new Sorted<>(kept.toArray(), of);
    }

    /**
     * The immutable list of a report: sorted and without repeats, which only this class
     * makes, so that a report made of another's lists need not sort them again.
     */
    private static final class Sorted<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;
        /** What the items are, and so which order they are sorted in. */
        private final Class<T> of;

        Sorted(Object[] items, Class<T> of) {
            this.items = items;
            this.of = of;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, items.length);
            return (T) items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public Object[] toArray() {
            return items.clone();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends T> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(Predicate<? super T> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<T> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super T> c) {
            throw new UnsupportedOperationException();
        }
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
