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
}
