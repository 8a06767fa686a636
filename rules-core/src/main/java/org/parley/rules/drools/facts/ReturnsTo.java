package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived: the party a detainee goes home to: their {@code returnTo}, else the party other
 * than the one holding them. Absent when neither can be told.
 *
 * @param detainee the detainee id
 * @param party    the party code
 */
public record ReturnsTo(String detainee, String party) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ReturnsTo {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(party, "party");
    }
}
