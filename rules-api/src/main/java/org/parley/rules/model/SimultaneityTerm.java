package org.parley.rules.model;

/**
 * SIMULTANEITY: in every batch that is not unilateral both parties release, and the first
 * handovers of each party are at most {@code windowMinutes} apart.
 *
 * @param windowMinutes the largest gap allowed between the parties' first handovers
 */
public record SimultaneityTerm(int windowMinutes) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "SIMULTANEITY";

    /**
     * Checks the window.
     *
     * @throws IllegalArgumentException if {@code windowMinutes} is negative
     */
    public SimultaneityTerm {
        if (windowMinutes < 0) {
            throw new IllegalArgumentException("windowMinutes must not be negative, was " + windowMinutes);
        }
    }

    /**
     * Handovers at most this many minutes apart.
     *
     * @throws IllegalArgumentException if {@code windowMinutes} is negative
     */
    public static SimultaneityTerm within(int windowMinutes) {
        return new SimultaneityTerm(windowMinutes);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
