package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.parley.rules.drools.facts.BatchTransfer;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;

/**
 * The one piece of code that puts facts into a session, for one-shot validation and for
 * validation sessions alike: which facts a record is made of, and in which form the rules
 * see them.
 */
final class FactLoader {

    private FactLoader() {
    }

    /** Inserts the context, the agreement, its parties and terms; returns the context's handle. */
    static FactHandle agreement(KieSession session, Agreement agreement, ValidationContext context) {
        FactHandle handle = session.insert(context);
        session.insert(agreement);
        agreement.parties().forEach(session::insert);
        agreement.terms().forEach(session::insert);
        return handle;
    }

    /** Inserts a whole record under its own context. */
    static void record(KieSession session, ExchangeRecord record, ValidationContext context) {
        agreement(session, record.agreement(), context);
        record.detainees().forEach(d -> detainee(session, d));
        record.batches().forEach(b -> batch(session, b));
        record.lists().forEach(l -> list(session, l));
        record.remains().forEach(r -> remains(session, r));
    }

    static FactHandle detainee(KieSession session, Detainee detainee) {
        return session.insert(detainee);
    }

    /** Inserts a batch and one {@link BatchTransfer} per transfer; returns every handle, the batch's first. */
    static List<FactHandle> batch(KieSession session, Batch batch) {
        List<FactHandle> handles = new ArrayList<>(batch.transfers().size() + 1);
        handles.add(session.insert(batch));
        for (int i = 0; i < batch.transfers().size(); i++) {
            handles.add(session.insert(BatchTransfer.of(batch, i)));
        }
        return handles;
    }

    /** Inserts a list as a fact of its own: inserting one instance twice would give one fact, and lists may repeat. */
    static FactHandle list(KieSession session, DetaineeList list) {
        return session.insert(new DetaineeList(list.requestedBy(), list.detainees()));
    }

    static FactHandle remains(KieSession session, Remains remains) {
        return session.insert(remains);
    }
}
