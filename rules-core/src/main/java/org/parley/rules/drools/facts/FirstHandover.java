package org.parley.rules.drools.facts;

import java.util.Objects;

/**
 * Derived, when the agreement has a SIMULTANEITY term: the earliest recorded handover time
 * of a party's transfers in a batch that is not unilateral. Absent when none of the party's
 * transfers in the batch has a time.
 *
 * @param batch        the batch id
 * @param party        the releasing party
 * @param atEpochMilli the earliest handover, in milliseconds since the epoch
 */
public record FirstHandover(String batch, String party, long atEpochMilli) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FirstHandover {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(party, "party");
    }
}
