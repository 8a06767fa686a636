package org.parley.rules.model;

import java.util.List;
import java.util.Objects;

/**
 * A list of detainees that a party asked to get back, agreed in advance.
 *
 * @param requestedBy the code of the party that asked
 * @param detainees   the ids of the detainees asked for
 */
public record DetaineeList(String requestedBy, List<String> detainees) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or id is null
     */
    public DetaineeList {
        Objects.requireNonNull(requestedBy, "requestedBy");
        detainees = List.copyOf(Objects.requireNonNull(detainees, "detainees"));
    }

    /** A list requested by a party. */
    public static DetaineeList of(String requestedBy, String... detainees) {
        return new DetaineeList(requestedBy, List.of(detainees));
    }
}
