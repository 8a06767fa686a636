package org.parley.rules.micrometer;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;

/** A session of a {@link MeteredValidator}: times reports and counts itself open until closed. */
final class MeteredSession implements ValidationSession {

    private final ValidationSession delegate;
    private final MeteredValidator owner;
    private final AtomicBoolean closed = new AtomicBoolean();

    MeteredSession(ValidationSession delegate, MeteredValidator owner) {
        this.delegate = delegate;
        this.owner = owner;
    }

    @Override
    public void add(Detainee detainee) {
        delegate.add(detainee);
    }

    @Override
    public void add(Batch batch) {
        delegate.add(batch);
    }

    @Override
    public void add(DetaineeList list) {
        delegate.add(list);
    }

    @Override
    public void add(Remains remains) {
        delegate.add(remains);
    }

    @Override
    public void correct(Detainee detainee) {
        delegate.correct(detainee);
    }

    @Override
    public void correct(Batch batch) {
        delegate.correct(batch);
    }

    @Override
    public void correct(Remains remains) {
        delegate.correct(remains);
    }

    @Override
    public boolean removeDetainee(String id) {
        return delegate.removeDetainee(id);
    }

    @Override
    public boolean removeBatch(String id) {
        return delegate.removeBatch(id);
    }

    @Override
    public boolean remove(DetaineeList list) {
        return delegate.remove(list);
    }

    @Override
    public boolean removeRemains(String id) {
        return delegate.removeRemains(id);
    }

    @Override
    public void judgeAt(LocalDate date) {
        delegate.judgeAt(date);
    }

    @Override
    public void judgeAtDefaultDate() {
        delegate.judgeAtDefaultDate();
    }

    @Override
    public ValidationReport report() {
        return owner.timed("session", delegate::report, r -> r);
    }

    @Override
    public ReportChanges changes() {
        return owner.timed("session", delegate::changes, ReportChanges::report);
    }

    @Override
    public void close() {
        try {
            delegate.close();
        } finally {
            if (closed.compareAndSet(false, true)) {
                owner.sessionClosed();
            }
        }
    }
}
