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
}
