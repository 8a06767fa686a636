package org.parley.rules.drools.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.kie.api.runtime.rule.FactHandle;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;

/**
 * A stateful Drools session over the shared rules. The facts of the record are kept by a
 * {@link FactLoader}: a change recomputes, in Java, the profiles of the ids it touches and the
 * tallies of the batches that name them, and updates those facts through their handles.
 * Every violation and derived fact is inserted logically, so truth maintenance retracts it
 * when its cause goes, and the engine re-evaluates only what a change touches. The context
 * fact is updated whenever the date the record is judged at moves. The violations and
 * obligations are kept as the engine changes them ({@link LiveReport}), so a report costs
 * what changed since the last one, not a query over the whole record.
 */
final class DroolsValidationSession implements ValidationSession {

    private final CompiledRules rules;
    private final SessionPair session;
    /** The violations and obligations as the engine changes them; null when read through the queries. */
    private final LiveReport live;
    private final Agreement agreement;
    private final FactHandle contextHandle;
    private ValidationContext context;
    private final FactLoader facts;
    private final Map<String, Batch> batches = new HashMap<>();
    private final Map<String, FactHandle> remains = new HashMap<>();
    private final Map<DetaineeList, List<FactHandle>> lists = new HashMap<>();
    private final Map<String, LocalDate> batchDates = new HashMap<>();
    private final Map<String, LocalDate> remainsDates = new HashMap<>();
    private final TreeMap<LocalDate, Integer> factDates = new TreeMap<>();
    private Optional<LocalDate> judgedAt = Optional.empty();
    private ValidationReport baseline;
    private boolean closed;
    /** The failure that broke the session, in one line; null while no change or report has failed. */
    private String broken;
    private final FiringLimits limits;

    DroolsValidationSession(CompiledRules rules, Agreement agreement, FiringLimits limits) {
        this.rules = rules;
        this.session = new SessionPair(rules);
        this.agreement = agreement;
        this.limits = limits;
        try {
            this.live = LiveReport.listening(rules, session);
            this.context = contextNow();
            this.facts = limits.bounded(() -> FactLoader.forSession(session, agreement, context));
            this.contextHandle = facts.contextHandle();
            this.baseline = readReport();
        } catch (RuntimeException e) {
            session.dispose();
            throw RuleFailures.of(rules, agreement.id(), e);
        }
    }

    private ValidationContext contextNow() {
        LocalDate asOf = judgedAt.orElseGet(() -> agreement.judgedAt(
                factDates.isEmpty() ? Optional.empty() : Optional.of(factDates.lastKey())));
        return new ValidationContext(agreement.id(), agreement.signedOn(), asOf,
                agreement.parties().stream().map(p -> p.code()).toList());
    }

    /**
     * Runs a change to the session, a failing rule reported as such. A change or report that
     * fails may have been carried out in part (some facts inserted, some rules fired), so the
     * session is broken from then on ({@link #open}): a report of it could be silently wrong.
     */
    private <T> T engine(java.util.function.Supplier<T> change) {
        try {
            return limits.bounded(change);
        } catch (RuntimeException e) {
            org.parley.rules.ValidationException failure = RuleFailures.of(rules, agreement.id(), e);
            broken = firstLine(failure.getMessage());
            throw failure;
        } catch (Error e) {
            broken = e.toString();
            throw e;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the validation session is closed");
        }
        if (broken != null) {
            throw new IllegalStateException("the validation session is broken since a change or report failed ("
                    + broken + "); it may hold part of that change: close it and open a new session");
        }
    }

    private void dateAdded(LocalDate date) {
        factDates.merge(date, 1, Integer::sum);
    }

    private void dateRemoved(LocalDate date) {
        factDates.computeIfPresent(date, (d, n) -> n == 1 ? null : n - 1);
    }

    private void refreshContext() {
        ValidationContext now = contextNow();
        if (!now.equals(context)) {
            context = now;
            engine(() -> { session.update(contextHandle, now); return null; });
        }
    }

    private static void requireAbsent(Map<String, ?> held, String kind, String id) {
        if (held.containsKey(id)) {
            throw new IllegalArgumentException("the session already holds a " + kind + " with the id " + id);
        }
    }

    private static void requirePresent(Map<String, ?> held, String kind, String id) {
        if (!held.containsKey(id)) {
            throw new IllegalArgumentException("the session holds no " + kind + " with the id " + id);
        }
    }

    @Override
    public void add(Detainee detainee) {
        open();
        Objects.requireNonNull(detainee, "detainee");
        if (facts.holdsDetainee(detainee.id())) {
            throw new IllegalArgumentException("the session already holds a detainee with the id " + detainee.id());
        }
        engine(() -> { facts.addDetainee(detainee); return null; });
    }

    @Override
    public void add(Batch batch) {
        open();
        Objects.requireNonNull(batch, "batch");
        requireAbsent(batches, "batch", batch.id());
        batches.put(batch.id(), batch);
        engine(() -> { facts.addBatch(batch); return null; });
        batchDates.put(batch.id(), batch.date());
        dateAdded(batch.date());
        refreshContext();
    }

    @Override
    public void add(DetaineeList list) {
        open();
        Objects.requireNonNull(list, "list");
        FactHandle handle = engine(() -> facts.addList(list));
        lists.computeIfAbsent(list, l -> new ArrayList<>()).add(handle);
    }

    @Override
    public void add(Remains handover) {
        open();
        Objects.requireNonNull(handover, "remains");
        requireAbsent(remains, "remains", handover.id());
        remains.put(handover.id(), engine(() -> session.insert(handover)));
        remainsDates.put(handover.id(), handover.date());
        dateAdded(handover.date());
        refreshContext();
    }

    @Override
    public void correct(Detainee detainee) {
        open();
        Objects.requireNonNull(detainee, "detainee");
        if (!facts.holdsDetainee(detainee.id())) {
            throw new IllegalArgumentException("the session holds no detainee with the id " + detainee.id());
        }
        engine(() -> { facts.correctDetainee(detainee); return null; });
    }

    @Override
    public void correct(Batch batch) {
        open();
        Objects.requireNonNull(batch, "batch");
        requirePresent(batches, "batch", batch.id());
        removeBatch(batch.id());
        add(batch);
    }

    @Override
    public void correct(Remains handover) {
        open();
        Objects.requireNonNull(handover, "remains");
        requirePresent(remains, "remains", handover.id());
        removeRemains(handover.id());
        add(handover);
    }

    @Override
    public boolean removeDetainee(String id) {
        open();
        if (!facts.holdsDetainee(Objects.requireNonNull(id, "id"))) {
            return false;
        }
        engine(() -> { facts.removeDetainee(id); return null; });
        return true;
    }

    @Override
    public boolean removeBatch(String id) {
        open();
        if (batches.remove(Objects.requireNonNull(id, "id")) == null) {
            return false;
        }
        engine(() -> { facts.removeBatch(id); return null; });
        dateRemoved(batchDates.remove(id));
        refreshContext();
        return true;
    }

    @Override
    public boolean remove(DetaineeList list) {
        open();
        Objects.requireNonNull(list, "list");
        List<FactHandle> handles = lists.get(list);
        if (handles == null) {
            return false;
        }
        FactHandle handle = handles.remove(handles.size() - 1);
        engine(() -> { facts.removeList(list, handle); return null; });
        if (handles.isEmpty()) {
            lists.remove(list);
        }
        return true;
    }

    @Override
    public boolean removeRemains(String id) {
        open();
        FactHandle handle = remains.remove(Objects.requireNonNull(id, "id"));
        if (handle == null) {
            return false;
        }
        engine(() -> { session.delete(handle); return null; });
        dateRemoved(remainsDates.remove(id));
        refreshContext();
        return true;
    }

    @Override
    public void judgeAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        open();
        judgedAt = Optional.of(date);
        refreshContext();
    }

    @Override
    public void judgeAtDefaultDate() {
        open();
        judgedAt = Optional.empty();
        refreshContext();
    }

    @Override
    public ValidationReport report() {
        open();
        baseline = engine(this::readReport);
        return baseline;
    }

    /**
     * Fires the rules and reads the report: from the live violations and obligations when
     * they are kept, rebuilt only when they or the date changed; else through the queries.
     */
    private ValidationReport readReport() {
        if (live == null) {
            return DroolsValidator.readReport(session, context, limits);
        }
        session.fire(limits);
        return live.report(context);
    }

    @Override
    public ReportChanges changes() {
        open();
        ValidationReport before = baseline;
        return ReportChanges.between(before, report());
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.dispose();
        }
    }

    /** The facts the built-in session holds now (for tests of what a change builds). */
    java.util.Collection<? extends Object> builtInFacts() {
        return session.builtInFacts();
    }
}
