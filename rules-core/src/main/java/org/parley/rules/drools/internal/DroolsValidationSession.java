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
 * A stateful Drools session over the shared rules. Every violation and derived fact is
 * inserted logically, so truth maintenance retracts it when its cause goes, and the engine
 * re-evaluates only what a change touches. The context fact is updated whenever the date
 * the record is judged at moves.
 */
final class DroolsValidationSession implements ValidationSession {

    private final CompiledRules rules;
    private final SessionPair session;
    private final Agreement agreement;
    private final FactHandle contextHandle;
    private ValidationContext context;
    private final Map<String, FactHandle> detainees = new HashMap<>();
    private final Map<String, List<FactHandle>> batches = new HashMap<>();
    private final Map<String, FactHandle> remains = new HashMap<>();
    private final Map<DetaineeList, List<FactHandle>> lists = new HashMap<>();
    private final Map<String, LocalDate> batchDates = new HashMap<>();
    private final Map<String, LocalDate> remainsDates = new HashMap<>();
    private final TreeMap<LocalDate, Integer> factDates = new TreeMap<>();
    private Optional<LocalDate> judgedAt = Optional.empty();
    private ValidationReport baseline;
    private boolean closed;
    private final FiringLimits limits;

    DroolsValidationSession(CompiledRules rules, Agreement agreement, FiringLimits limits) {
        this.rules = rules;
        this.session = new SessionPair(rules);
        this.agreement = agreement;
        this.limits = limits;
        try {
            this.context = contextNow();
            this.contextHandle = limits.bounded(() -> FactLoader.agreement(session, agreement, context));
            this.baseline = DroolsValidator.readReport(session, context, limits);
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

    /** Runs a change to the session, a failing rule reported as such. */
    private <T> T engine(java.util.function.Supplier<T> change) {
        try {
            return limits.bounded(change);
        } catch (RuntimeException e) {
            throw RuleFailures.of(rules, agreement.id(), e);
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the validation session is closed");
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
        requireAbsent(detainees, "detainee", detainee.id());
        detainees.put(detainee.id(), engine(() -> FactLoader.detainee(session, detainee)));
    }

    @Override
    public void add(Batch batch) {
        open();
        Objects.requireNonNull(batch, "batch");
        requireAbsent(batches, "batch", batch.id());
        batches.put(batch.id(), engine(() -> FactLoader.batch(session, batch)));
        batchDates.put(batch.id(), batch.date());
        dateAdded(batch.date());
        refreshContext();
    }

    @Override
    public void add(DetaineeList list) {
        open();
        Objects.requireNonNull(list, "list");
        FactHandle handle = engine(() -> FactLoader.list(session, list));
        lists.computeIfAbsent(list, l -> new ArrayList<>()).add(handle);
    }

    @Override
    public void add(Remains handover) {
        open();
        Objects.requireNonNull(handover, "remains");
        requireAbsent(remains, "remains", handover.id());
        remains.put(handover.id(), engine(() -> FactLoader.remains(session, handover)));
        remainsDates.put(handover.id(), handover.date());
        dateAdded(handover.date());
        refreshContext();
    }

    @Override
    public void correct(Detainee detainee) {
        open();
        Objects.requireNonNull(detainee, "detainee");
        requirePresent(detainees, "detainee", detainee.id());
        engine(() -> { session.update(detainees.get(detainee.id()), detainee); return null; });
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
        FactHandle handle = detainees.remove(Objects.requireNonNull(id, "id"));
        if (handle == null) {
            return false;
        }
        session.delete(handle);
        return true;
    }

    @Override
    public boolean removeBatch(String id) {
        open();
        List<FactHandle> handles = batches.remove(Objects.requireNonNull(id, "id"));
        if (handles == null) {
            return false;
        }
        handles.forEach(session::delete);
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
        session.delete(handles.remove(handles.size() - 1));
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
        session.delete(handle);
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
        baseline = engine(() -> DroolsValidator.readReport(session, context, limits));
        return baseline;
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
}
