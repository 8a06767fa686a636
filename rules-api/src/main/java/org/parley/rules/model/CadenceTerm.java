package org.parley.rules.model;

import java.util.Objects;

/**
 * CADENCE: batches follow an agreed schedule. A scheduled date on or before {@code asOf}
 * with no batch is CADENCE_MISSED; a batch on a date that is not scheduled is
 * CADENCE_UNSCHEDULED.
 *
 * @param schedule the scheduled dates
 * @param severity the severity of both violations (default WARNING)
 */
public record CadenceTerm(Schedule schedule, Severity severity) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "CADENCE";

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CadenceTerm {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * The term with its default severity, WARNING.
     *
     * @throws NullPointerException if {@code schedule} is null
     */
    public static CadenceTerm of(Schedule schedule) {
        return new CadenceTerm(schedule, Severity.WARNING);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
