package org.parley.rules.kafka;

import java.util.Objects;

/**
 * An event that cannot be applied: not JSON, not an event of the format, or about a fact
 * or an agreement the stream does not know. Its message is the reason a dead letter carries,
 * naming the place in the event as a JSON path where there is one.
 */
public final class BadEventException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason why the event was refused, for people
     */
    public BadEventException(String reason) {
        super(Objects.requireNonNull(reason, "reason"));
    }
}
