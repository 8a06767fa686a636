package org.parley.rules.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one scenario file, in the order found (document order:
 * the file is read from start to end). Only the first {@value #MAX_LISTED} are kept with
 * their lines; the others are counted, so that a file with millions of wrong values does not
 * take gigabytes to report.
 */
final class Problems {

    /** The most problems kept with their lines. */
    static final int MAX_LISTED = 1_000;

    private final List<String> lines = new ArrayList<>();
    private long unlisted;

    /** Records that the value at {@code at} is wrong; {@code message} says how and what was expected. */
    void add(JsonPath at, String message) {
        if (lines.size() < MAX_LISTED) {
            lines.add(at + ": " + message);
        } else {
            unlisted++;
        }
    }

    /** Records a problem line made elsewhere. */
    void addLine(String line) {
        if (lines.size() < MAX_LISTED) {
            lines.add(line);
        } else {
            unlisted++;
        }
    }

    /** The lines kept. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty() && unlisted == 0;
    }

    /** The exception that carries the problems found; call only when there is one. */
    ScenarioException exception() {
        return new ScenarioException(lines, unlisted);
    }
}
