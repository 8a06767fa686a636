package org.parley.rules.model;

/**
 * Whether a detainee is a member of the armed forces or a civilian.
 */
public enum Status {
    /** A member of the armed forces (the default). */
    MILITARY,
    /** A civilian. */
    CIVILIAN
}
