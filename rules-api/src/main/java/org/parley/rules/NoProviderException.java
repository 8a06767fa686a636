package org.parley.rules;

/**
 * Thrown by {@link Validators} when no implementation of the API is on the classpath.
 */
public final class NoProviderException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what to add.
     *
     * @param message what is missing and how to add it
     */
    public NoProviderException(String message) {
        super(message);
    }
}
