package org.parley.rules;

/**
 * Hears how far a validation has come, for a progress display of long runs: how many facts
 * the engine holds and how many rules have fired. Set one with
 * {@link ValidatorBuilder#progressListener(ProgressListener)}; a validator without one
 * tells nobody, and counts nothing for it that it does not count for its firing limit.
 *
 * <p>A <em>run</em> is one firing of the rules: one {@link Validator#validate} or
 * {@link Validator#explain} fires one run (two with rule files of your own, which the
 * engine fires in a session of their own after the built-in rules), and each report of a
 * {@link ValidationSession} fires one. In each run the listener hears
 * <ol>
 *   <li>once, before the first rule fires: the facts inserted, with {@code firings} 0;</li>
 *   <li>then after every {@value #FIRINGS_STEP}th firing: the facts the engine holds by then
 *       (the inserted ones and those the rules derived) and the firings so far;</li>
 *   <li>once, when no rule is left to fire or a limit stopped the run: the final figures.</li>
 * </ol>
 * The figures of a run count from 0; a listener that shows one figure for a whole
 * validation adds up the runs it hears, which start with {@code firings} 0. A record of more
 * than 10,000 detainees has its built-in rules fired in chunks of detainees, one engine
 * session after another, within one run: {@code facts} then counts the record's other facts
 * and the detainees of the chunks so far with what their rules derived (at the start, none of
 * the detainees), and ends at the figures one session would give.
 *
 * <p><b>Threads.</b> The listener is called on the thread that validates, between two rule
 * firings, never concurrently for one run. A validator used from several threads calls its
 * listener from each of them, so a listener of a shared validator must be thread-safe
 * (a {@link ThreadLocal} tells the runs apart). It should return quickly: the rules wait
 * for it. An exception it throws ends the validation with a {@link ValidationException}
 * whose cause it is.
 */
@FunctionalInterface
public interface ProgressListener {

    /** How many firings pass between two calls of a run, so that a call costs nothing next to them. */
    int FIRINGS_STEP = 1024;

    /**
     * Tells how far a run has come.
     *
     * @param facts   the facts the engine holds: those of the record, and those the rules derived
     * @param firings the rules fired so far in this run, from 0
     */
    void progressed(long facts, long firings);
}
