package org.parley.rules.examples;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.parley.rules.ProgressListener;
import org.parley.rules.json.ReadingProgress;

/**
 * The progress line of one scenario on standard error: how many facts have been read and
 * how much of the file, then how many facts the engine holds and how many rules have fired.
 *
 * <pre>
 * parley: reading big.json: 412,000 facts, 37.5 MiB of 120.0 MiB (31%)
 * parley: reading standard input: 412,000 facts, 37.5 MiB
 * parley: validating big.json: 1,234,567 facts, 8,912,345 rules fired
 * </pre>
 *
 * <p>The facts read are those the reader has bound from the blocks it read before the last
 * one (see {@link ReadingProgress}); when the reader reads a file again by its checking
 * path, the facts and the bytes start again from zero.
 *
 * <p>The line is one line, rewritten in place: each drawing starts with {@code \r} and pads
 * with spaces over what a longer drawing left, and {@link #clear()} overwrites it with
 * spaces and returns to the start of the line, so that the next line on standard error
 * (a problem, the next file's progress, the shell's prompt) starts clean. Spaces rather
 * than ANSI erase-line, since every terminal understands them. It is drawn at most
 * {@value #PER_SECOND} times a second, and when the work changes from reading to
 * validating. It never goes to standard output: reports there are the same with it or
 * without it.
 *
 * <p>It is drawn with {@code --progress}, or when standard error is a terminal and the
 * scenario is large ({@link StandardError#LARGE_BYTES}): a file of that size, or standard
 * input once that much has been read from it. A line that is not drawn costs a comparison
 * per block read and per {@value ProgressListener#FIRINGS_STEP} firings.
 *
 * <p>The validators of the command line tell their progress to {@link #LISTENER}, which
 * passes it to the line of the scenario that the calling thread validates, if any
 * ({@link #validating}); a validator shared by threads that validate without a line tells
 * nobody. Not thread-safe otherwise: one line belongs to the thread that reads and
 * validates its scenario.
 */
final class ProgressLine implements ReadingProgress {

    /** The most drawings a second. */
    static final int PER_SECOND = 10;

    /** The longest file name shown; a longer one keeps its end. */
    static final int MAX_NAME = 40;

    private static final ThreadLocal<ProgressLine> VALIDATING = new ThreadLocal<>();

    /** The listener of every validator of the command line: passes progress to the line of the validating thread. */
    static final ProgressListener LISTENER = (facts, firings) -> {
        ProgressLine line = VALIDATING.get();
        if (line != null) {
            line.validated(facts, firings);
        }
    };

    private static final long INTERVAL_NANOS = 1_000_000_000L / PER_SECOND;

    private final PrintWriter err;
    private final StandardError standardError;
    private final boolean forced;
    private final String name;

    private boolean large;
    private String phase = "";
    private long drawnAt;
    private int width;
    /** The firings of the runs of this validation that have ended: a validation may fire several. */
    private long firingsBefore;
    private long firingsOfRun;

    /**
     * @param err           where the line is drawn
     * @param standardError whether {@code err} is a terminal, and the clock
     * @param forced        {@code --progress}: drawn whatever the terminal and the size
     * @param name          the scenario's name as given ({@code -} for standard input)
     */
    ProgressLine(PrintWriter err, StandardError standardError, boolean forced, String name) {
        this.err = err;
        this.standardError = standardError;
        this.forced = forced;
        this.name = shown(name);
    }

    /** A line that is never drawn. */
    static ProgressLine none(PrintWriter err) {
        return new ProgressLine(err, StandardError.none(), false, "");
    }

    @Override
    public void progressed(long factsRead, long bytesRead, OptionalLong totalBytes) {
        large |= bytesRead >= standardError.largeBytes()
                || (totalBytes.isPresent() && totalBytes.getAsLong() >= standardError.largeBytes());
        if (shows()) {
            String read = totalBytes.isEmpty() ? size(bytesRead)
                    : size(bytesRead) + " of " + size(totalBytes.getAsLong()) + " ("
                            + (totalBytes.getAsLong() == 0 ? 100 : bytesRead * 100 / totalBytes.getAsLong()) + "%)";
            draw("reading", String.format(Locale.ROOT, "parley: reading %s: %,d facts, %s", name, factsRead, read));
        }
    }

    /**
     * Validates with this line showing the validator's progress, and clears the line when
     * the validation ends, however it ends.
     */
    <T> T validating(Supplier<T> validation) {
        ProgressLine outer = VALIDATING.get();
        VALIDATING.set(this);
        try {
            return validation.get();
        } finally {
            if (outer == null) {
                VALIDATING.remove();
            } else {
                VALIDATING.set(outer);
            }
            clear();
        }
    }

    private void validated(long facts, long firings) {
        if (firings == 0) {
            firingsBefore += firingsOfRun;
        }
        firingsOfRun = firings;
        if (shows()) {
            draw("validating", String.format(Locale.ROOT, "parley: validating %s: %,d facts, %,d rules fired", name,
                    facts, firingsBefore + firingsOfRun));
        }
    }

    /** Overwrites the line with spaces and returns to its start; nothing if nothing is drawn. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
        phase = "";
    }

    private boolean shows() {
        return forced || (standardError.terminal() && large);
    }

    private void draw(String newPhase, String text) {
        long now = standardError.clock().getAsLong();
        if (newPhase.equals(phase) && now - drawnAt < INTERVAL_NANOS) {
            return;
        }
        phase = newPhase;
        drawnAt = now;
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = Math.max(width, text.length());
    }

    /** The name shown: the file's own name, escaped and cut, or "standard input". */
    private static String shown(String name) {
        if (name.equals(ScenarioSource.STANDARD_INPUT)) {
            return "standard input";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = TerminalText.printable(slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name);
        return file.length() <= MAX_NAME ? file : "..." + file.substring(file.length() - (MAX_NAME - 3));
    }

    /** A size in bytes, KiB, MiB or GiB, with one decimal above bytes. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
