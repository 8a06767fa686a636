package org.parley.rules;

import java.util.Objects;

/**
 * The text of one rule file, with the name that problems and explanations use for it.
 *
 * @param name a path or other name for people, such as {@code rules/batch-limit.drl}
 * @param text the DRL text
 */
public record RuleSource(String name, String text) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rule source's name must not be blank");
        }
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
