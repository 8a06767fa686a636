package org.parley.rules.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * What the command line knows of the standard error it writes to: whether a person watches
 * it on a terminal, which decides whether a progress line is drawn without
 * {@code --progress}, and the clock that paces the line.
 *
 * <p><b>How a terminal is told on Java 17.</b> {@link System#console()} is no answer: it is
 * non-null when standard <em>input and output</em> are a terminal, and says nothing of
 * standard error ({@code parley validate big.json > report.txt} has no console but a watched
 * stderr; {@code 2> log} has a console but nobody to draw for). Java has no isatty for a
 * file descriptor, so on Linux the link {@code /proc/self/fd/2} is read: it names the
 * terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}) when
 * standard error is one, and {@code pipe:[N]}, a socket or a file's path when it is not.
 * Where there is no {@code /proc} (macOS, Windows), the console is the best guess left: a
 * terminal when stdin and stdout are, which misses only the case of stderr alone
 * redirected while stdout is a terminal; {@code --progress} and piping stdout settle it.
 * A run that does not write to the process's own {@link System#err} (a host or a test that
 * passes a stream of its own) never has a terminal.
 *
 * @param terminal whether standard error is a terminal
 * @param clock    nanoseconds, as {@link System#nanoTime()} counts them
 * @param largeBytes the size from which a scenario is large enough for a progress line
 *                   without {@code --progress} ({@link #LARGE_BYTES} but in tests)
 */
record StandardError(boolean terminal, LongSupplier clock, long largeBytes) {

    /**
     * A scenario of 4 MiB or more (some 20,000 detainees at about 200 bytes each, which take
     * some seconds to read and validate) is large enough for a progress line; a smaller one
     * is done before a line would be worth reading.
     */
    static final long LARGE_BYTES = 4L << 20;

    /** The link that names what file descriptor 2 of this process is, on Linux. */
    private static final Path STANDARD_ERROR_LINK = Path.of("/proc/self/fd/2");

    /** A standard error that is no terminal, for runs that show no progress. */
    static StandardError none() {
        return new StandardError(false, () -> 0L, Long.MAX_VALUE);
    }

    /** The standard error of a run that writes to {@code err}. */
    static StandardError of(PrintStream err) {
        boolean terminal = err == System.err
                && isTerminal(STANDARD_ERROR_LINK, System.console() != null);
        return new StandardError(terminal, System::nanoTime, LARGE_BYTES);
    }

    /**
     * Whether the file descriptor that {@code link} stands for is a terminal: the device it
     * names when the link can be read, else {@code console}.
     */
    static boolean isTerminal(Path link, boolean console) {
        if (!Files.isSymbolicLink(link)) {
            return console;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return console;
        }
    }
}
