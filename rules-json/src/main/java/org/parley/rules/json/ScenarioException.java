package org.parley.rules.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a scenario file cannot be read into an exchange record: it is not valid JSON,
 * or it does not follow the scenario format.
 *
 * <p>It carries the problems found, one line each, in document order, such as
 * {@code $.detainees[3].birthDate: "2001-13-01" is not a date (YYYY-MM-DD)}: all of them,
 * or, in a file with more than a thousand, the first thousand found and the number of the
 * others ({@link #problemCount()}).
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problem lines; an unmodifiable list, which is serializable. */
    private final List<String> problems;
    /** The problems found besides those with a line. */
    private final long unlisted;

    /**
     * Creates an exception for the given problems.
     *
     * @param problems one line per problem, {@code path: what is wrong and what was expected}
     * @throws NullPointerException     if the list or a problem is null
     * @throws IllegalArgumentException if the list is empty
     */
    public ScenarioException(List<String> problems) {
        this(problems, 0);
    }

    /** Creates an exception for the problems listed and a number of others found besides. */
    ScenarioException(List<String> problems, long unlisted) {
        super(message(List.copyOf(Objects.requireNonNull(problems, "problems")), unlisted));
        this.problems = List.copyOf(problems);
        this.unlisted = unlisted;
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception has at least one problem");
        }
        if (unlisted < 0) {
            throw new IllegalArgumentException("the number of unlisted problems must not be negative, was " + unlisted);
        }
    }

    private static String message(List<String> problems, long unlisted) {
        String listed = String.join(System.lineSeparator(), problems);
        return unlisted == 0 ? listed : listed + System.lineSeparator() + "... and " + unlisted + " more problems";
    }

    /**
     * The problems found, one line each, in document order: all of them, or the first
     * thousand found when there are more ({@link #problemCount()} counts them all).
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * How many problems were found: the size of {@link #problems()}, and those past the
     * first thousand, which have no line.
     *
     * @return the number of problems, at least 1
     */
    public long problemCount() {
        return problems.size() + unlisted;
    }

    /**
     * The problems to show a person who should not be flooded: all of them when there are
     * at most {@code maxLines} and each has a line, else the first ones (at most
     * {@code maxLines - 1}) and a last line {@code ... and N more problems}.
     *
     * @param maxLines the most lines to return, at least 2
     * @return an unmodifiable list of at most {@code maxLines} lines
     * @throws IllegalArgumentException if {@code maxLines} is less than 2
     */
    public List<String> problemLines(int maxLines) {
        if (maxLines < 2) {
            throw new IllegalArgumentException("maxLines must be at least 2, was " + maxLines);
        }
        if (unlisted == 0 && problems.size() <= maxLines) {
            return problems;
        }
        int shown = Math.min(problems.size(), maxLines - 1);
        List<String> lines = new ArrayList<>(problems.subList(0, shown));
        lines.add("... and " + (problemCount() - shown) + " more problems");
        return List.copyOf(lines);
    }
}
