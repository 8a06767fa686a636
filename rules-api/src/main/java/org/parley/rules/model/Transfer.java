package org.parley.rules.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The release of one detainee within a batch. The releasing party is the detainee's
 * {@code heldBy}.
 *
 * @param detainee the id of the detainee released
 * @param basis    the ground of the release
 * @param at       the handover time, if recorded
 */
public record Transfer(String detainee, Basis basis, Optional<Instant> at) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Transfer {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(at, "at");
    }

    /** A transfer with no handover time. */
    public static Transfer of(String detainee, Basis basis) {
        return new Transfer(detainee, basis, Optional.empty());
    }

    /** A transfer handed over at the given instant. */
    public static Transfer of(String detainee, Basis basis, Instant at) {
        return new Transfer(detainee, basis, Optional.of(at));
    }
}
