package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;

/**
 * A known detainee released by a party in a batch: one per transfer that names a known
 * detainee, transfers that repeat one another exactly giving one release. Not a fact of its
 * own: the releases of a detainee are {@link DetaineeProfile#releases()}, which a rule reads
 * with {@code Release( ... ) from $profile.releases()}.
 *
 * @param batch       the batch id
 * @param date        the batch date
 * @param unilateral  whether the batch is unilateral
 * @param detainee    the detainee id
 * @param party       the releasing party: the detainee's {@code heldBy}
 * @param basis       the ground of the release
 * @param condition   the detainee's condition
 * @param atEpochMilli the handover time in milliseconds since the epoch, or {@link #NO_TIME}
 */
public record Release(String batch, LocalDate date, boolean unilateral, String detainee, String party,
                      Basis basis, Condition condition, long atEpochMilli) {

    /** The value of {@code atEpochMilli} for a transfer with no handover time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Release {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(condition, "condition");
    }

    /** Whether the handover time was recorded. */
    public boolean isTimed() {
        return atEpochMilli != NO_TIME;
    }

    /** Whether the detainee has a priority condition (seriously wounded or ill). */
    public boolean isPriority() {
        return condition.isPriority();
    }

    // equals and hashCode as a record's, written out: the loader compares a detainee's releases
    // to keep one of transfers that repeat one another, and a record's own are bootstrapped at
    // their first call (java.lang.runtime.ObjectMethods and the method handles it spins, some
    // 30 ms of a cold run).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Release that && batch.equals(that.batch)
                && date.equals(that.date) && unilateral == that.unilateral && detainee.equals(that.detainee)
                && party.equals(that.party) && basis == that.basis && condition == that.condition
                && atEpochMilli == that.atEpochMilli;
    }

    @Override
    public int hashCode() {
        return Objects.hash(batch, date, unilateral, detainee, party, basis, condition, atEpochMilli);
    }
}
