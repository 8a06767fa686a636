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
 * The work {@code parley} starts on threads of its own before it parses its arguments,
 * when the arguments show that it will need that work: the built-in validator (loading the
 * precompiled rules, about a third of a cold run) and, for the bundled sample, the default
 * reader (the JSON binding and the compiled schema, about as long). The scenario is read
 * and checked while the rules load, on the two cores a newcomer's machine has at least.
 *
 * <p>Whatever building the validator or the reader throws is thrown again, unchanged, to
 * the thread that asks for it, so that a failure is reported as if the work had been done
 * there. Once the validator is built, its thread validates an empty record, so that the
 * engine's session code is loaded before the real validation needs it, unless a thread has
 * asked for the validator by then: that thread validates at once, and a warm-up beside it
 * would only take a share of the two cores for work done twice. The warm-up is never waited
 * for, and whatever it throws is left to the real validation to meet. The
 * threads are daemons: a run that ends early (bad usage, a file that cannot be read) does
 * not wait for them.
 */
final class StartUp {

    /** The commands that validate with the built-in rules (or beside them, with --rules). */
    private static final Set<String> VALIDATING = Set.of("validate", "replay");
    /** The options with which no command runs. */
    private static final Set<String> NOT_RUNNING = Set.of("-h", "--help", "-V", "--version");

    private static FutureTask<Validator> validator;
    private static FutureTask<ScenarioReader> reader;
    /** Whether a thread has asked for the validator: it validates at once, and no warm-up is wanted. */
    private static volatile boolean validatorAsked;

    private StartUp() {
    }

    /**
     * Starts what a run with these arguments will need, unless started already: the
     * built-in validator for the bundled sample, {@code validate} and {@code replay}; the
     * default reader for the bundled sample.
     */
    static synchronized void begin(String[] args) {
        if (validator == null && needsValidator(args)) {
            FutureTask<Validator> task = new FutureTask<>(StartUp::builtIn);
            daemon("parley-rules", () -> {
                task.run();
                if (!validatorAsked) {
                    warmUp(task);
                }
            });
            validator = task;
        }
        if (reader == null && needsSampleReader(args)) {
            FutureTask<ScenarioReader> task = new FutureTask<>(ScenarioReader::new);
            daemon("parley-reader", task);
            reader = task;
        }
    }

    /** Whether a run with these arguments validates with the built-in rules. */
    static boolean needsValidator(String[] args) {
        return args.length == 0
                || VALIDATING.contains(args[0]) && List.of(args).stream().noneMatch(NOT_RUNNING::contains);
    }

    /** Whether a run with these arguments reads the bundled sample with the default reader. */
    static boolean needsSampleReader(String[] args) {
        return args.length == 0;
    }

    /** The built-in validator: the one {@link #begin} started, or one built now. */
    static Validator validator() {
        validatorAsked = true;
        return result(startedValidator(), StartUp::builtIn);
    }

    /** The default reader of the bundled sample: the one {@link #begin} started, or one made now. */
    static ScenarioReader reader() {
        return result(startedReader(), ScenarioReader::new);
    }

    /**
     * A validator of the built-in rules that tells its progress to the line of the thread
     * that validates ({@link ProgressLine#LISTENER}); the rules themselves are compiled
     * once per class loader, whichever way they are asked for.
     */
    private static Validator builtIn() {
        return Validators.builder().progressListener(ProgressLine.LISTENER).build();
    }

    private static synchronized FutureTask<Validator> startedValidator() {
        return validator;
    }

    private static synchronized FutureTask<ScenarioReader> startedReader() {
        return reader;
    }

    /**
     * The result of work started on another thread, or {@code otherwise} when none was
     * started; a failure of the work is thrown unchanged.
     */
    static <T> T result(FutureTask<T> task, Supplier<T> otherwise) {
        if (task == null) {
            return otherwise.get();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the start-up work", e);
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

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Validates an empty record with the built validator, if it was built; see the class comment. */
    private static void warmUp(FutureTask<Validator> built) {
        Validator v;
        try {
            v = built.get();
        } catch (ExecutionException e) {
            return;  // the failure is the waiting thread's to report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            v.validate(ExchangeRecord.of(Agreement.of("warm-up", LocalDate.of(2025, 1, 1),
                    Party.of("AA"), Party.of("BB"))));
        } catch (RuntimeException e) {
            // Only a warm-up: the run's own validation meets and reports whatever fails here.
        }
    }
}
