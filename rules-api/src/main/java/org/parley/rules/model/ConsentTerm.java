package org.parley.rules.model;

/**
 * CONSENT: no one is repatriated against their will (GC III Art. 109(3)).
 *
 * @param requireRecorded whether a release with no recorded consent is a warning (default false)
 */
public record ConsentTerm(boolean requireRecorded) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "CONSENT";

    /**
     * The default term, as docs/terms.md gives it: a release against a DECLINED consent is
     * an error, a release with no recorded consent passes ({@code requireRecorded} false).
     */
    public static ConsentTerm lenient() {
        return new ConsentTerm(false);
    }

    /** The term with {@code requireRecorded} set: a release with consent UNKNOWN is a warning too. */
    public static ConsentTerm requiringRecordedConsent() {
        return new ConsentTerm(true);
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
        return other == this || other instanceof ConsentTerm that && requireRecorded == that.requireRecorded;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(requireRecorded);
    }
}
