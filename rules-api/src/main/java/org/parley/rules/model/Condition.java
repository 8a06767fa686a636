package org.parley.rules.model;

/**
 * A detainee's state of health.
 */
public enum Condition {
    /** No recorded injury or illness (the default). */
    HEALTHY,
    /** Wounded, but not seriously. */
    WOUNDED,
    /** Seriously wounded: a priority condition (GC III Arts. 109, 110). */
    SERIOUSLY_WOUNDED,
    /** Seriously ill: a priority condition (GC III Arts. 109, 110). */
    SERIOUSLY_ILL;

    /** Whether this is a priority condition: seriously wounded or seriously ill. */
    public boolean isPriority() {
        return this == SERIOUSLY_WOUNDED || this == SERIOUSLY_ILL;
    }
}
