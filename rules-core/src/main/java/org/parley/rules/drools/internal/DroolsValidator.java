package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.BatchTransfer;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Batch;
import org.parley.rules.model.ExchangeRecord;

/**
 * A validator over one compiled KieBase, shared by every call; each call has a session of
 * its own, disposed before it returns. Thread-safe.
 */
public final class DroolsValidator implements Validator {

    /** The name of the query that reads the violations back, declared in queries.drl. */
    static final String VIOLATIONS_QUERY = "parley violations";

    private final KieBase kieBase;

    /** A validator over a compiled KieBase. */
    public DroolsValidator(KieBase kieBase) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
    }

    @Override
    public ValidationReport validate(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        ValidationContext context = ValidationContext.of(record);
        KieSession session = kieBase.newKieSession();
        try {
            insertFacts(session, record, context);
            session.fireAllRules();
            QueryResults rows = session.getQueryResults(VIOLATIONS_QUERY);
            List<Violation> violations = new ArrayList<>(rows.size());
            for (QueryResultsRow row : rows) {
                violations.add((Violation) row.get("$violation"));
            }
            return new ValidationReport(context.agreement(), context.asOf(), violations);
        } catch (RuntimeException e) {
            throw new ValidationException("validation of agreement " + record.agreement().id() + " failed: "
                    + e.getMessage(), e);
        } finally {
            session.dispose();
        }
    }

    private static void insertFacts(KieSession session, ExchangeRecord record, ValidationContext context) {
        session.insert(context);
        session.insert(record.agreement());
        record.agreement().terms().forEach(session::insert);
        record.detainees().forEach(session::insert);
        for (Batch batch : record.batches()) {
            session.insert(batch);
            for (int i = 0; i < batch.transfers().size(); i++) {
                session.insert(BatchTransfer.of(batch, i));
            }
        }
        record.lists().forEach(session::insert);
        record.remains().forEach(session::insert);
    }
}
