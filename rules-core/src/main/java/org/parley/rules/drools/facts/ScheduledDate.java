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
}
