package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived: an id that at least one transfer names, once however many transfers name it, so
 * that a rule can look at all the transfers of one id once rather than once per transfer.
 *
 * @param detainee the id the transfers name, which may be no detainee's
 */
public record NamedInTransfer(String detainee) {

    /**
     * Checks the id.
     *
     * @throws NullPointerException if the id is null
     */
    public NamedInTransfer {
        Objects.requireNonNull(detainee, "detainee");
    }
}
