package org.parley.rules;

import java.time.LocalDate;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;

/**
 * Incremental validation of one agreement as its exchange unfolds: facts are added,
 * corrected or removed as they arrive, and the report is available at any time together
 * with what changed since the previous one. Only what a change touches is judged again.
 *
 * <p>At every moment, {@link #report()} equals what {@link Validator#validate} gives for
 * the agreement and the facts the session holds. A session holds engine resources: close
 * it (try-with-resources); a closed session refuses every call but {@link #close()}.
 * Sessions are not thread-safe: use one from one thread at a time.
 *
 * <p>A change or a report that fails with a {@link ValidationException} (a rule that fails,
 * a firing or time limit reached) or an error may have been carried out in part. The session
 * is then <em>broken</em>: every later call but {@link #close()} throws an
 * {@link IllegalStateException} naming the failure, rather than give a report that could be
 * silently wrong. Open a new session and add the facts again.
 */
public interface ValidationSession extends AutoCloseable {

    /**
     * Adds a detainee.
     *
     * @throws IllegalArgumentException if the session already holds a detainee with this id
     * @throws IllegalStateException    if the session is closed or broken
     */
    void add(Detainee detainee);

    /**
     * Adds a batch with its transfers.
     *
     * @throws IllegalArgumentException if the session already holds a batch with this id
     * @throws IllegalStateException    if the session is closed or broken
     */
    void add(Batch batch);

    /**
     * Adds a list of detainees a party asked for.
     *
     * @throws IllegalStateException if the session is closed or broken
     */
    void add(DetaineeList list);

    /**
     * Adds a handover of remains.
     *
     * @throws IllegalArgumentException if the session already holds remains with this id
     * @throws IllegalStateException    if the session is closed or broken
     */
    void add(Remains remains);

    /**
     * Replaces the detainee with the same id.
     *
     * @throws IllegalArgumentException if the session holds no detainee with this id
     * @throws IllegalStateException    if the session is closed or broken
     */
    void correct(Detainee detainee);

    /**
     * Replaces the batch with the same id, transfers and all.
     *
     * @throws IllegalArgumentException if the session holds no batch with this id
     * @throws IllegalStateException    if the session is closed or broken
     */
    void correct(Batch batch);

    /**
     * Replaces the remains with the same id.
     *
     * @throws IllegalArgumentException if the session holds no remains with this id
     * @throws IllegalStateException    if the session is closed or broken
     */
    void correct(Remains remains);

    /**
     * Removes the detainee with this id.
     *
     * @return whether the session held one
     * @throws IllegalStateException if the session is closed or broken
     */
    boolean removeDetainee(String id);

    /**
     * Removes the batch with this id, with its transfers.
     *
     * @return whether the session held one
     * @throws IllegalStateException if the session is closed or broken
     */
    boolean removeBatch(String id);

    /**
     * Removes one list equal to this one.
     *
     * @return whether the session held one
     * @throws IllegalStateException if the session is closed or broken
     */
    boolean remove(DetaineeList list);

    /**
     * Removes the remains with this id.
     *
     * @return whether the session held them
     * @throws IllegalStateException if the session is closed or broken
     */
    boolean removeRemains(String id);

    /**
     * Judges the facts at a date of your choosing from now on, overriding the agreement's
     * {@code asOf}.
     *
     * @throws NullPointerException  if {@code date} is null
     * @throws IllegalStateException if the session is closed or broken
     */
    void judgeAt(LocalDate date);

    /**
     * Goes back to judging the facts at the agreement's {@code asOf} (or, without one, at
     * the latest batch or remains date, else the signing date), undoing {@link #judgeAt(LocalDate)}.
     *
     * @throws IllegalStateException if the session is closed or broken
     */
    void judgeAtDefaultDate();

    /**
     * The report for the facts held now. It becomes the baseline of the next {@link #changes()}.
     *
     * @throws IllegalStateException if the session is closed or broken
     */
    ValidationReport report();

    /**
     * What changed since the previous {@link #report()} or {@code changes()} (or since the
     * session opened): the violations that appeared and those that were resolved, with the
     * report for the facts held now, which becomes the next baseline.
     *
     * @throws IllegalStateException if the session is closed or broken
     */
    ReportChanges changes();

    /** Releases the engine's resources. Closing twice is harmless. */
    @Override
    void close();
}
