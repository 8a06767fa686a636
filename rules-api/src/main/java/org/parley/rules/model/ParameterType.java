package org.parley.rules.model;

/**
 * The type of a parameter that a rule file declares for a custom term (see
 * {@link TermParameter}), and the Java value a {@link CustomTerm} holds for it.
 */
public enum ParameterType {
    /** A whole number from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}, held as a {@link Long}. */
    INTEGER("a whole number"),
    /** Any text, held as a {@link String}. */
    STRING("a string"),
    /** {@code true} or {@code false}, held as a {@link Boolean}. */
    BOOLEAN("true or false"),
    /** A calendar date, written YYYY-MM-DD, held as a {@link java.time.LocalDate}. */
    DATE("a date (YYYY-MM-DD)"),
    /** A list of strings, held as a {@link java.util.List} of {@link String}. */
    STRING_LIST("a list of strings"),
    /** One of the values the declaration lists, held as a {@link String}. */
    ENUM("one of the declared values");

    private final String expected;

    ParameterType(String expected) {
        this.expected = expected;
    }

    /**
     * What a value of this type is, as it follows "expected" in a message: {@code a date (YYYY-MM-DD)}.
     *
     * @return the phrase, never null
     */
    public String expected() {
        return expected;
    }
}
