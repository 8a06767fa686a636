package org.parley.rules.model;

/**
 * ELIGIBILITY: the basis of every release is borne out by the record (condition for
 * SERIOUSLY_WOUNDED and SERIOUSLY_ILL, status for CIVILIAN).
 */
public record EligibilityTerm() implements Term {

    /** The type name of this term. */
    public static final String TYPE = "ELIGIBILITY";

    @Override
    public String type() {
        return TYPE;
    }

    // equals and hashCode as a record's, written out: a built-in rule compares this term with
    // null, and a record's own are bootstrapped at their first call (java.lang.runtime.ObjectMethods
    // and the method handles it spins, some 30 ms of a cold run); see AllForAllTerm.

    @Override
    public boolean equals(Object other) {
        return other instanceof EligibilityTerm;
    }

    @Override
    public int hashCode() {
        return EligibilityTerm.class.hashCode();
    }
}
