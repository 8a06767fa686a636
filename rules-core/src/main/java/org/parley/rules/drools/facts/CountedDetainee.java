package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived, when the agreement has a PARITY term: a detainee released by a party in some
 * batch that counts for parity; one fact per detainee over all batches.
 *
 * @param party    the releasing party
 * @param detainee the detainee id
 */
public record CountedDetainee(String party, String detainee) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CountedDetainee {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(detainee, "detainee");
    }
}
