package org.parley.rules.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a scenario file cannot be read into an exchange record: it is not valid JSON,
 * or it does not follow the scenario format.
 *
 * <p>It carries every problem found, one line each, in document order, such as
 * {@code $.detainees[3].birthDate: "2001-13-01" is not a date (YYYY-MM-DD)}.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problem lines; an unmodifiable list, which is serializable. */
    private final List<String> problems;

    /**
     * Creates an exception for the given problems.
     *
     * @param problems one line per problem, {@code path: what is wrong and what was expected}
     * @throws NullPointerException     if the list or a problem is null
     * @throws IllegalArgumentException if the list is empty
     */
    public ScenarioException(List<String> problems) {
        super(String.join(System.lineSeparator(), List.copyOf(Objects.requireNonNull(problems, "problems"))));
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception has at least one problem");
        }
    }

    /**
     * Every problem found, one line each, in document order.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * The problems to show a person who should not be flooded: all of them when there are
     * at most {@code maxLines}, else the first {@code maxLines - 1} and a last line
     * {@code ... and N more problems}.
     *
     * @param maxLines the most lines to return, at least 2
     * @return an unmodifiable list of at most {@code maxLines} lines
     * @throws IllegalArgumentException if {@code maxLines} is less than 2
     */
    public List<String> problemLines(int maxLines) {
        if (maxLines < 2) {
            throw new IllegalArgumentException("maxLines must be at least 2, was " + maxLines);
        }
        if (problems.size() <= maxLines) {
            return problems;
        }
        List<String> lines = new ArrayList<>(problems.subList(0, maxLines - 1));
        lines.add("... and " + (problems.size() - maxLines + 1) + " more problems");
        return List.copyOf(lines);
    }
}
