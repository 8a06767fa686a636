package org.parley.rules;

import java.util.List;
import java.util.Objects;

/**
 * What changed between two reports of a {@link ValidationSession}.
 *
 * @param report   the report now
 * @param appeared violations in the report now that the previous one lacked, in report order
 * @param resolved violations of the previous report that are gone, in report order
 */
public record ReportChanges(ValidationReport report, List<Violation> appeared, List<Violation> resolved) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ReportChanges {
        Objects.requireNonNull(report, "report");
        appeared = List.copyOf(appeared);
        resolved = List.copyOf(resolved);
    }

    /**
     * The changes from one report to the next.
     *
     * @param before the previous report
     * @param after  the report now
     */
    public static ReportChanges between(ValidationReport before, ValidationReport after) {
        java.util.Set<Violation> old = new java.util.HashSet<>(before.violations());
        java.util.Set<Violation> now = new java.util.HashSet<>(after.violations());
        return new ReportChanges(after,
                after.violations().stream().filter(v -> !old.contains(v)).toList(),
                before.violations().stream().filter(v -> !now.contains(v)).toList());
    }

    /** Whether nothing appeared and nothing was resolved. */
    public boolean isEmpty() {
        return appeared.isEmpty() && resolved.isEmpty();
    }
}
