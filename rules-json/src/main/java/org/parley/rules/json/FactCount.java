package org.parley.rules.json;

/**
 * The facts one path of the reader has bound so far (detainees, batches, lists, remains;
 * a batch counts once, whatever its transfers), for {@link ReadingProgress}.
 *
 * <p>The path that binds the facts ({@link StrictStream}, {@link ScenarioStream}) adds to
 * it, and the stream that reports the bytes read reads it, both on the reading thread. The
 * reader {@link #restart() restarts} it when it falls back to the checking path, which binds
 * every fact again.
 */
final class FactCount {

    private long count;

    /** One more fact bound. */
    void add() {
        count++;
    }

    /** The facts bound since the count started. */
    long count() {
        return count;
    }

    /** Starts again from zero, for a path that reads the scenario again from its start. */
    void restart() {
        count = 0;
    }
}
