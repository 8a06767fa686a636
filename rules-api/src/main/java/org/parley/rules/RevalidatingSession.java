package org.parley.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;

/**
 * A session that keeps its facts and validates them all again on every report: the
 * fallback for validators without an incremental engine, and the reference an incremental
 * session is compared with.
 */
final class RevalidatingSession implements ValidationSession {

    private final Validator validator;
    private final Agreement agreement;
    private final Map<String, Detainee> detainees = new LinkedHashMap<>();
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final List<DetaineeList> lists = new ArrayList<>();
    private final Map<String, Remains> remains = new LinkedHashMap<>();
    private Optional<LocalDate> judgedAt = Optional.empty();
    private ValidationReport baseline;
    private boolean closed;

    RevalidatingSession(Validator validator, Agreement agreement) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.baseline = validator.validate(record());
    }

    private ExchangeRecord record() {
        Agreement judged = judgedAt.map(agreement::withAsOf).orElse(agreement);
        return new ExchangeRecord(judged, List.copyOf(detainees.values()), List.copyOf(batches.values()), lists,
                List.copyOf(remains.values()));
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the validation session is closed");
        }
    }

    private <T> void put(Map<String, T> facts, String kind, T fact, Function<T, String> id, boolean replace) {
        open();
        Objects.requireNonNull(fact, kind);
        boolean held = facts.containsKey(id.apply(fact));
        if (replace && !held) {
            throw new IllegalArgumentException("the session holds no " + kind + " with the id " + id.apply(fact));
        }
        if (!replace && held) {
            throw new IllegalArgumentException("the session already holds a " + kind + " with the id " + id.apply(fact));
        }
        facts.put(id.apply(fact), fact);
    }

    @Override
    public void add(Detainee detainee) {
        put(detainees, "detainee", detainee, Detainee::id, false);
    }

    @Override
    public void add(Batch batch) {
        put(batches, "batch", batch, Batch::id, false);
    }

    @Override
    public void add(DetaineeList list) {
        open();
        lists.add(Objects.requireNonNull(list, "list"));
    }

    @Override
    public void add(Remains handover) {
        put(remains, "remains", handover, Remains::id, false);
    }

    @Override
    public void correct(Detainee detainee) {
        put(detainees, "detainee", detainee, Detainee::id, true);
    }

    @Override
    public void correct(Batch batch) {
        put(batches, "batch", batch, Batch::id, true);
    }

    @Override
    public void correct(Remains handover) {
        put(remains, "remains", handover, Remains::id, true);
    }

    @Override
    public boolean removeDetainee(String id) {
        open();
        return detainees.remove(Objects.requireNonNull(id, "id")) != null;
    }

    @Override
    public boolean removeBatch(String id) {
        open();
        return batches.remove(Objects.requireNonNull(id, "id")) != null;
    }

    @Override
    public boolean remove(DetaineeList list) {
        open();
        return lists.remove(Objects.requireNonNull(list, "list"));
    }

    @Override
    public boolean removeRemains(String id) {
        open();
        return remains.remove(Objects.requireNonNull(id, "id")) != null;
    }

    @Override
    public void judgeAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        open();
        judgedAt = Optional.of(date);
    }

    @Override
    public void judgeAtDefaultDate() {
        open();
        judgedAt = Optional.empty();
    }

    @Override
    public ValidationReport report() {
        open();
        baseline = validator.validate(record());
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
        closed = true;
    }
}
