package org.parley.rules.model;

import java.util.Objects;

/**
 * A party to an agreement.
 *
 * @param code short unique code, such as {@code UA}
 * @param name the party's name for people
 */
public record Party(String code, String name) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the code is blank
     */
    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.isBlank()) {
            throw new IllegalArgumentException("party code must not be blank");
        }
    }

    /** A party whose name is its code. */
    public static Party of(String code) {
        return new Party(code, code);
    }
}
