package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Derived, when the agreement has a WOUNDED_PRIORITY term: a detainee with a priority
 * condition who has not declined repatriation, held by a party.
 *
 * @param detainee   the detainee id
 * @param party      the party holding them
 * @param releasedOn the date of their first release, if any
 */
public record PriorityDetainee(String detainee, String party, Optional<LocalDate> releasedOn) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PriorityDetainee {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(releasedOn, "releasedOn");
    }

    /** Whether the party still held them at the end of the given date. */
    public boolean heldAfter(LocalDate date) {
        return releasedOn.map(d -> d.isAfter(date)).orElse(true);
    }
}
