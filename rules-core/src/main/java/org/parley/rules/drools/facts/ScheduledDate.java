package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Derived, when the agreement has a CADENCE term: a date on which a batch is expected.
 *
 * @param date the scheduled date
 */
public record ScheduledDate(LocalDate date) {

    /**
     * Checks the date.
     *
     * @throws NullPointerException if the date is null
     */
    public ScheduledDate {
        Objects.requireNonNull(date, "date");
    }

    // equals and hashCode as a record's, written out: a session compares and hashes its facts
    // (a changed fact is updated, a derived one kept once), and a record's own are bootstrapped
    // at their first call (java.lang.runtime.ObjectMethods and the method handles it spins, some
    // 30 ms of a cold run; ColdRunLinkageTests).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ScheduledDate that && date.equals(that.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }
}
