package org.parley.rules;

import java.util.Objects;

/**
 * One problem in a rule file: where it is and what is wrong.
 *
 * @param file    the rule file's name
 * @param line    the line, from 1
 * @param column  the column, from 1
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if line or column is below 1
     */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, were " + line + " and " + column);
        }
    }

    /** Returns {@code FILE:LINE:COLUMN: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
