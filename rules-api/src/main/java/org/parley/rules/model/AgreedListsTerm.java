package org.parley.rules.model;

/**
 * AGREED_LISTS: every released detainee is on a list requested by the party they return to.
 */
public record AgreedListsTerm() implements Term {

    /** The type name of this term. */
    public static final String TYPE = "AGREED_LISTS";

    @Override
    public String type() {
        return TYPE;
    }

    // equals and hashCode as a record's, written out: a built-in rule compares this term with
    // null, and a record's own are bootstrapped at their first call (java.lang.runtime.ObjectMethods
    // and the method handles it spins, some 30 ms of a cold run); see AllForAllTerm.

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreedListsTerm;
    }

    @Override
    public int hashCode() {
        return AgreedListsTerm.class.hashCode();
    }
}
