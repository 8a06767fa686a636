package org.parley.rules.model;

/**
 * CONSENT: no one is repatriated against their will (GC III Art. 109(3)).
 *
 * @param requireRecorded whether a release with no recorded consent is a warning (default false)
 */
public record ConsentTerm(boolean requireRecorded) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "CONSENT";

    @Override
    public String type() {
        return TYPE;
    }
}
