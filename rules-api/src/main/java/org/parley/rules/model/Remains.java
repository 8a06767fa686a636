package org.parley.rules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A handover of bodies. Remains are a track of their own: they never count as detainees.
 *
 * @param id    unique id
 * @param date  the date of the handover
 * @param from  the code of the party handing them over
 * @param to    the code of the party receiving them
 * @param count the number of bodies
 */
public record Remains(String id, LocalDate date, String from, String to, int count) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the id is blank or the count negative
     */
    public Remains {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (id.isBlank()) {
            throw new IllegalArgumentException("remains id must not be blank");
        }
        if (count < 0) {
            throw new IllegalArgumentException("remains count must not be negative, was " + count);
        }
    }
}
