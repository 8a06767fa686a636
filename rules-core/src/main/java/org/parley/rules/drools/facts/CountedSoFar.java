package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived, when the agreement has a PARITY term of scope TOTAL: a detainee counted for
 * parity (not unilateral, basis not exempt) and released in a batch dated on or before the
 * date the record is judged at. One per party and detainee, however many transfers name
 * them: the running balance counts these.
 *
 * @param party    the releasing party
 * @param detainee the detainee id
 */
public record CountedSoFar(String party, String detainee) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CountedSoFar {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(detainee, "detainee");
    }
}
