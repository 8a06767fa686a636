package org.parley.rules.drools.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Transfer;

/**
 * One transfer of one batch, flattened so that rules can join on it. Inserted by the
 * validator for every transfer as given, repeats included.
 *
 * @param batch      the batch id
 * @param date       the batch date
 * @param unilateral whether the batch is unilateral
 * @param index      the position of the transfer in its batch, from 0
 * @param detainee   the id the transfer names, which may be no detainee's
 * @param basis      the ground of the release
 * @param at         the handover time, if recorded
 */
public record BatchTransfer(String batch, LocalDate date, boolean unilateral, int index, String detainee,
                            Basis basis, Optional<Instant> at) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public BatchTransfer {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(at, "at");
    }

    /** The fact for the transfer at {@code index} of a batch. */
    public static BatchTransfer of(Batch batch, int index) {
        Transfer t = batch.transfers().get(index);
        return new BatchTransfer(batch.id(), batch.date(), batch.unilateral(), index, t.detainee(), t.basis(), t.at());
    }
}
