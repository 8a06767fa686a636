package org.parley.rules.drools.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.parley.rules.ProgressListener;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationLimitException.Limit;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * Fires a session's rules within a firing limit and a time limit, and turns a stack
 * overflow in rule code into a limit as well. The limits are checked before each firing,
 * on the firing thread: no watchdog thread, so nothing is left running when a validation
 * stops. Within one firing (and within an insert, whose constraints run at once) the time
 * limit reaches restricted rule code through {@link RuleDeadline}: the verifier refuses
 * loops in it ({@link BytecodeVerifier}) and every method of it checks the deadline, so
 * recursion and nested streams stop too. Trusted rule code that loops within one firing is
 * not interrupted. Immutable; each {@link #fire}, {@link #bounded} and {@link #run} counts on its own.
 *
 * <p>The same count feeds the progress listener, if there is one ({@link ProgressListener}
 * says when it is called): the firings are counted once, here, for the limits and for
 * progress alike. Without a listener the one cost is a null check per firing.
 *
 * @param maxFirings the most firings of one call
 * @param timeout    the longest one call may take
 * @param progress   who hears how far each call has come; null when nobody does
 */
record FiringLimits(long maxFirings, Duration timeout, ProgressListener progress) {

    /** The default limits. */
    static final FiringLimits DEFAULT = new FiringLimits(ValidatorConfiguration.DEFAULT_MAX_FIRINGS,
            ValidatorConfiguration.DEFAULT_TIMEOUT);

    /** Limits that nobody hears the progress of. */
    FiringLimits(long maxFirings, Duration timeout) {
        this(maxFirings, timeout, null);
    }

    /** The limits and the progress listener of a configuration. */
    static FiringLimits of(ValidatorConfiguration configuration) {
        return new FiringLimits(configuration.maxFirings(), configuration.timeout(),
                configuration.progressListener().orElse(null));
    }

    /**
     * Fires every rule the session has ready, within the limits: a run of its own.
     *
     * @return how many rules fired
     * @throws ValidationLimitException if a limit was reached; the session is halted
     */
    long fire(KieSession session) {
        Run run = run();
        run.fire(session, null, 0);
        return run.end();
    }

    /** A run that may fire several sessions: one time limit, one count of firings, heard as one run. */
    Run run() {
        return new Run();
    }

    /**
     * One run of the rules over one or more sessions (a record validated in chunks fires one
     * session per chunk): the time limit counts from its start, the firing limit over all its
     * sessions, and its listener hears one run: the start before the first firing, every step,
     * and the end ({@link #end}, or a limit).
     */
    final class Run {
        private final Counter counter = new Counter(System.nanoTime() + timeout.toNanos());
        private boolean started;
        /** The facts when the last session fired had fired, for the end (that session may be disposed by then). */
        private long factsAtEnd;

        /**
         * Fires every rule the session has ready that {@code only} accepts (all for null),
         * within the run's limits; {@code factsBefore} is added to the session's facts for
         * the listener (the facts of the run's earlier sessions).
         *
         * @throws ValidationLimitException if a limit was reached; the session is halted
         */
        void fire(KieSession session, AgendaFilter only, long factsBefore) {
            counter.session = session;
            counter.only = only;
            counter.factsBefore = factsBefore;
            if (progress != null && !started) {
                progress.progressed(counter.facts(), 0);
            }
            started = true;
            try {
                RuleDeadline.within(counter.deadline, () -> session.fireAllRules(counter));
            } catch (StackOverflowError e) {
                throw heardEnd(counter.stopped(Limit.STACK_DEPTH));
            } catch (RuntimeException | RuleDeadline.Passed e) {
                if (RuleDeadline.passed(e)) {
                    throw heardEnd(counter.stoppedInside());
                }
                if (causedByStackOverflow(e)) {
                    throw heardEnd(counter.stopped(Limit.STACK_DEPTH));
                }
                throw e;
            }
            factsAtEnd = counter.facts();
            if (counter.reached != null) {
                throw heardEnd(counter.stopped(counter.reached));
            }
        }

        /**
         * Runs work other than firing (inserting facts, whose constraints run at once) within
         * the run's time limit.
         *
         * @throws ValidationLimitException if the time limit passed inside rule code
         */
        <T> T bounded(java.util.function.Supplier<T> work) {
            return FiringLimits.bounded(counter, work);
        }

        /** Ends the run: its listener hears the final figures. Returns the firings of the run. */
        long end() {
            if (progress != null && started) {
                progress.progressed(factsAtEnd, counter.total);
            }
            return counter.total;
        }

        /** The run stopped by a limit, its session still open: the listener hears its figures now. */
        private ValidationLimitException heardEnd(ValidationLimitException e) {
            if (progress != null) {
                progress.progressed(counter.facts(), counter.total);
            }
            return e;
        }
    }

    /**
     * Runs work on a session other than firing (inserting, updating or deleting facts, whose
     * constraints the engine evaluates at once) within the time limit: restricted rule code
     * in a constraint stops when it passes ({@link RuleDeadline}).
     *
     * @throws ValidationLimitException if the time limit passed inside rule code
     */
    <T> T bounded(java.util.function.Supplier<T> work) {
        return bounded(new Counter(System.nanoTime() + timeout.toNanos()), work);
    }

    private static <T> T bounded(Counter counter, java.util.function.Supplier<T> work) {
        try {
            return RuleDeadline.within(counter.deadline, work);
        } catch (RuntimeException | RuleDeadline.Passed e) {
            if (RuleDeadline.passed(e)) {
                throw counter.stoppedInside();
            }
            throw e;
        } catch (StackOverflowError e) {
            throw counter.stopped(Limit.STACK_DEPTH);
        }
    }

    private static boolean causedByStackOverflow(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private final class Counter implements AgendaFilter {
        private final long deadline;
        /** The session firing, for progress; null before any fires ({@link #bounded}). */
        private KieSession session;
        /** The matches the session may fire; null for all. */
        private AgendaFilter only;
        /** The facts of the run's sessions before this one, for progress. */
        private long factsBefore;
        private final Map<String, long[]> byRule = new HashMap<>();
        private long total;
        private Limit reached;
        private String last = "";

        Counter(long deadline) {
            this.deadline = deadline;
        }

        long facts() {
            return factsBefore + session.getFactCount();
        }

        @Override
        public boolean accept(org.kie.api.runtime.rule.Match match) {
            if (reached != null || only != null && !only.accept(match)) {
                return false;
            }
            if (total >= maxFirings) {
                reached = Limit.FIRINGS;
            } else if (System.nanoTime() - deadline > 0) {
                reached = Limit.TIME;
            }
            if (reached != null) {
                return false;
            }
            // Every firing accepted before this one has fired: total is the firings so far.
            if (progress != null && total % ProgressListener.FIRINGS_STEP == 0 && total > 0) {
                progress.progressed(facts(), total);
            }
            total++;
            last = match.getRule().getName();
            byRule.computeIfAbsent(last, name -> new long[1])[0]++;
            return true;
        }

        /** The time limit, passed inside the code of the rule firing (or of a constraint, before any firing). */
        ValidationLimitException stoppedInside() {
            ValidationLimitException most = stopped(Limit.TIME);
            String inside = total == 0 ? "; it passed inside rule code before any rule fired"
                    : "; it passed inside rule code, the last rule to fire being \"" + last + "\"";
            return new ValidationLimitException(Limit.TIME, most.rule(), total, most.getMessage() + inside);
        }

        ValidationLimitException stopped(Limit limit) {
            if (limit == Limit.STACK_DEPTH) {
                return new ValidationLimitException(limit, last, total, "validation stopped: rule code recursed "
                        + "deeper than the thread's stack, in rule \"" + last + "\"");
            }
            Map.Entry<String, long[]> most = null;
            for (Map.Entry<String, long[]> entry : byRule.entrySet()) {
                if (most == null || entry.getValue()[0] > most.getValue()[0]
                        || (entry.getValue()[0] == most.getValue()[0] && entry.getKey().compareTo(most.getKey()) < 0)) {
                    most = entry;
                }
            }
            String rule = most == null ? "" : most.getKey();
            String culprit = most == null ? "no rule had fired"
                    : "the rule that fired most: \"" + rule + "\" (" + most.getValue()[0] + " of " + total + " firings)";
            String what = switch (limit) {
                case FIRINGS -> "validation stopped after " + total + " rule firings, the limit (maxFirings, "
                        + "--max-firings)";
                case TIME -> "validation stopped after " + timeout.toMillis() + " ms, the time limit (timeout, "
                        + "--timeout)";
                case STACK_DEPTH -> throw new IllegalStateException("named above");
            };
            return new ValidationLimitException(limit, rule, total, what + "; " + culprit);
        }
    }
}
