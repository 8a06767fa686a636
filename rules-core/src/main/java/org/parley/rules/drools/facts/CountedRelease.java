package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived, when the agreement has a PARITY term: a detainee released by a party in a batch
 * that counts for parity (not unilateral, basis not exempt). Equal facts are one fact, so a
 * detainee counts once per batch however many transfers name them.
 *
 * @param batch    the batch id
 * @param party    the releasing party
 * @param detainee the detainee id
 */
public record CountedRelease(String batch, String party, String detainee) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CountedRelease {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(detainee, "detainee");
    }
}
