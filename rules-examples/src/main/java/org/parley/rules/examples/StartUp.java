package org.parley.rules.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;

/**
 * The work the command line starts on threads of its own before it parses its arguments,
 * when the arguments show that it will need that work: the built-in validator (loading the
 * precompiled rules is about half of a cold run), and for the bundled sample its reader.
 * Picocli parses, and the scenario is read and checked, while the rules load.
 *
 * <p>Whatever the threads throw is thrown again, unchanged, to the thread that asks for
 * the result, so that failures are reported as if the work had been done there. The
 * threads are daemons: a run that ends early (bad usage, a file that cannot be read) does
 * not wait for them.
 */
final class StartUp {

    /** The commands that validate with the built-in rules (or build on them, with --rules). */
    private static final Set<String> VALIDATING = Set.of("validate", "replay");
    /** The options with which no command runs. */
    private static final Set<String> NOT_RUNNING = Set.of("-h", "--help", "-V", "--version");

    private static FutureTask<Validator> validator;
    private static FutureTask<ScenarioReader> reader;

    private StartUp() {
    }

    /**
     * Starts what the arguments will need, if not started yet: the built-in validator for
     * the bundled sample, {@code validate} and {@code replay}; the default reader for the
     * bundled sample.
     */
    static synchronized void begin(String[] args) {
        String variant = System.getProperty("parley.startup", "vrw");
        if (validator == null && variant.contains("v") && needsValidator(args)) {
            validator = start("parley-rules", () -> {
                Validator built = Validators.newValidator();
                if (variant.contains("w")) {
                    built.validate(ExchangeRecord.of(Agreement.of("warm-up", LocalDate.of(2025, 1, 1),
                            Party.of("AA"), Party.of("BB"))));
                }
                return built;
            });
        }
        if (reader == null && variant.contains("r") && args.length == 0) {
            reader = start("parley-reader", ScenarioReader::new);
        }
    }

    /** Whether a run with these arguments validates with the built-in rules. */
    static boolean needsValidator(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return VALIDATING.contains(args[0]) && List.of(args).stream().noneMatch(NOT_RUNNING::contains);
    }

    /** The built-in validator: the one started by {@link #begin}, or one built now. */
    static Validator validator() {
        return result(started(true), Validators::newValidator);
    }

    /** The reader of the bundled sample: the one started by {@link #begin}, or one made now. */
    static ScenarioReader reader() {
        return result(started(false), ScenarioReader::new);
    }

    private static synchronized FutureTask<?> started(boolean ofValidator) {
        return ofValidator ? validator : reader;
    }

    @SuppressWarnings("unchecked")
    private static <T> T result(FutureTask<?> task, Supplier<T> otherwise) {
        if (task == null) {
            return otherwise.get();
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the built-in rules were loading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <T> FutureTask<T> start(String name, java.util.concurrent.Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
