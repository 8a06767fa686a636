package org.parley.rules.testkit;

/**
 * How many examples a property tries: the system property {@value #PROPERTY} when set (a
 * long campaign, such as {@code -Dparley.tries=100000}), else the property's own default,
 * sized for a quick build.
 *
 * <pre>{@code
 * qt().withExamples(Tries.orDefault(2_000)).forAll(ParleyGen.records()).checkAssert(...);
 * }</pre>
 */
public final class Tries {

    /** The system property that sets the number of tries of every property. */
    public static final String PROPERTY = "parley.tries";

    private Tries() {
    }

    /**
     * The number of tries: the system property {@value #PROPERTY} when set, else the default.
     *
     * @throws IllegalArgumentException if the default or the property is not positive, or the
     *                                  property is not a number
     */
    public static int orDefault(int defaultTries) {
        if (defaultTries <= 0) {
            throw new IllegalArgumentException("the default number of tries must be positive, was " + defaultTries);
        }
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return defaultTries;
        }
        int tries;
        try {
            tries = Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number, was \"" + value + "\"", e);
        }
        if (tries <= 0) {
            throw new IllegalArgumentException(PROPERTY + " must be positive, was " + tries);
        }
        return tries;
    }

    /**
     * A share of the tries, for a property that costs more per example than most: the default
     * when {@value #PROPERTY} is not set, else that number divided by {@code divisor}, and at
     * least the default.
     */
    public static int orDefault(int defaultTries, int divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("the divisor must be positive, was " + divisor);
        }
        int tries = orDefault(defaultTries);
        return System.getProperty(PROPERTY) == null ? tries : Math.max(defaultTries, tries / divisor);
    }
}
