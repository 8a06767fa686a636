package org.parley.rules;

/**
 * An unrecoverable failure of Parley itself, as opposed to a violation of an agreement.
 *
 * <p>The base of every exception Parley throws, other than {@link NullPointerException}
 * and {@link IllegalArgumentException} for misuse of the API.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public ValidationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
