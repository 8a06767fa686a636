package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Derived, when the agreement has a WOUNDED_PRIORITY term: a detainee with a priority
 * condition who has not declined repatriation, held by a party.
 *
 * @param detainee  the detainee id
 * @param party     the party holding them
 * @param heldUntil the date of their first release, or {@link LocalDate#MAX} when they are
 *                  not released: they are still held at the end of any earlier date
 */
public record PriorityDetainee(String detainee, String party, LocalDate heldUntil) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PriorityDetainee {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(heldUntil, "heldUntil");
    }

    /** Whether the party still held them at the end of the given date. */
    public boolean heldAfter(LocalDate date) {
        return heldUntil.isAfter(date);
    }
}
