package org.parley.rules.model;

/**
 * A category of detainees that an ALL_FOR_ALL term covers.
 */
public enum Category {
    /** Detainees whose age at the reference date is in the range of the AGE_LIMIT term. */
    YOUNG,
    /** Detainees whose condition is SERIOUSLY_WOUNDED. */
    SERIOUSLY_WOUNDED,
    /** Detainees whose condition is SERIOUSLY_ILL. */
    SERIOUSLY_ILL,
    /** Detainees whose status is CIVILIAN. */
    CIVILIAN
}
