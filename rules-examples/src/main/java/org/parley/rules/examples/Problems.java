package org.parley.rules.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading one scenario file.
 *
 * <p>Problems may be added in any order; {@link #lines()} gives them in document order,
 * keeping the order they were added in for the same place.
 */
final class Problems {

    private record Problem(JsonPath at, String message) {
    }

    private final List<Problem> found = new ArrayList<>();

    /** Records that the value at {@code at} is wrong; {@code message} says how and what was expected. */
    void add(JsonPath at, String message) {
        found.add(new Problem(at, message));
    }

    /** How many problems have been found so far, so a reader can tell whether a part read cleanly. */
    int count() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** One line per problem, {@code path: message}, in document order. */
    List<String> lines() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem::at));
        return sorted.stream().map(p -> p.at() + ": " + p.message()).toList();
    }
}
