package org.parley.rules.model;

/**
 * The ground on which a transfer releases a detainee.
 */
public enum Basis {
    /** The detainee is in the age range of the agreement's AGE_LIMIT term. */
    YOUNG,
    /** The detainee is seriously wounded. */
    SERIOUSLY_WOUNDED,
    /** The detainee is seriously ill. */
    SERIOUSLY_ILL,
    /** The detainee is a civilian. */
    CIVILIAN,
    /** Any other ground. */
    OTHER
}
