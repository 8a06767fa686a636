package org.parley.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stage of an exchange: the transfers made on one date.
 *
 * @param id         unique id
 * @param date       the calendar date in the agreement's time zone
 * @param unilateral whether the batch is one-sided by design, and so left out of parity
 *                   and simultaneity
 * @param transfers  the releases made
 */
public record Batch(String id, LocalDate date, boolean unilateral, List<Transfer> transfers) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or transfer is null
     * @throws IllegalArgumentException if the id is blank
     */
    public Batch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        transfers = List.copyOf(Objects.requireNonNull(transfers, "transfers"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("batch id must not be blank");
        }
    }

    /** A batch that is not unilateral. */
    public static Batch of(String id, LocalDate date, Transfer... transfers) {
        return new Batch(id, date, false, List.of(transfers));
    }

    /** A batch that is not unilateral. */
    public static Batch of(String id, LocalDate date, List<Transfer> transfers) {
        return new Batch(id, date, false, transfers);
    }

    /** This batch marked unilateral. */
    public Batch asUnilateral() {
        return new Batch(id, date, true, transfers);
    }
}
