package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived: a detainee id is on a list requested by a party.
 *
 * @param detainee the detainee id
 * @param party    the requesting party's code
 */
public record Listed(String detainee, String party) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Listed {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(party, "party");
    }
}
