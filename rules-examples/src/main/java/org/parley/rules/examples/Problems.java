package org.parley.rules.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading one scenario file.
 *
 * <p>Problems may be added in any order; {@link #lines()} gives them in document order,
 * keeping the order they were added in for the same place. Only the first
 * {@value #MAX_LISTED} are kept; the others are counted, so that a file with millions of
 * wrong values does not take gigabytes to report.
 */
final class Problems {

    /** The most problems kept with their lines. */
    static final int MAX_LISTED = 1_000;

    private record Problem(JsonPath at, String message) {
    }

    private final List<Problem> found = new ArrayList<>();
    private long unlisted;

    /** Records that the value at {@code at} is wrong; {@code message} says how and what was expected. */
    void add(JsonPath at, String message) {
        if (found.size() < MAX_LISTED) {
            found.add(new Problem(at, message));
        } else {
            unlisted++;
        }
    }

    /** How many problems have been found so far, so a reader can tell whether a part read cleanly. */
    long count() {
        return found.size() + unlisted;
    }

    boolean isEmpty() {
        return count() == 0;
    }

    /** The problems found past the first {@value #MAX_LISTED}, which have no line. */
    long unlisted() {
        return unlisted;
    }

    /** One line per problem, {@code path: message}, in document order. */
    List<String> lines() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem::at));
        return sorted.stream().map(p -> p.at() + ": " + p.message()).toList();
    }
}
