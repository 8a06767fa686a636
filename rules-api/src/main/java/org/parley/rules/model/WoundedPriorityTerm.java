package org.parley.rules.model;


/**
 * WOUNDED_PRIORITY: a party must not release anyone without a priority condition while it
 * still holds a priority detainee who wants to go home.
 *
 * @param strict whether a breach is an ERROR rather than a WARNING (default false)
 */
public record WoundedPriorityTerm(boolean strict) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "WOUNDED_PRIORITY";

    /** The default term, as docs/terms.md gives it: breaches are warnings ({@code strict} false). */
    public static WoundedPriorityTerm lenient() {
        return new WoundedPriorityTerm(false);
    }

    /** The term with {@code strict} set: breaches are errors. */
    public static WoundedPriorityTerm enforced() {
        return new WoundedPriorityTerm(true);
    }

    /** The severity of a breach: ERROR when strict, else WARNING. */
    public Severity severity() {
        return strict ? Severity.ERROR : Severity.WARNING;
    }

    @Override
    public String type() {
        return TYPE;
    }

    // equals and hashCode as a record's, written out: a built-in rule compares this term with
    // null, and a record's own are bootstrapped at their first call (java.lang.runtime.ObjectMethods
    // and the method handles it spins, some 30 ms of a cold run); see AllForAllTerm.

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof WoundedPriorityTerm that && strict == that.strict;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(strict);
    }
}
