package org.parley.rules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * REMAINS: party {@code from} hands over at least {@code commitment} bodies on or before
 * {@code completeBy}.
 *
 * @param from       the code of the party that committed to hand over remains
 * @param commitment the number of bodies committed to
 * @param completeBy the last day that counts
 */
public record RemainsTerm(String from, int commitment, LocalDate completeBy) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "REMAINS";

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code commitment} is negative
     */
    public RemainsTerm {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(completeBy, "completeBy");
        if (commitment < 0) {
            throw new IllegalArgumentException("commitment must not be negative, was " + commitment);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
