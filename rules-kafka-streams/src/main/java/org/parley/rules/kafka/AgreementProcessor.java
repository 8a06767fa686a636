package org.parley.rules.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.json.Text;
import org.parley.rules.model.Agreement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each event of an agreement to its facts in the store and to its session, and
 * forwards what changed, the new report, or a dead letter.
 *
 * <p>The store is the truth; a session is a cache of it. A session missing from memory
 * (first use after a restart, a restore, a rebalance, or after it was evicted) is rebuilt
 * from the store, and its report becomes the baseline of the next event's changes, so that
 * the changes of an event do not depend on whether its session was in memory. An event is
 * applied to the session first and written to the store only once the session took it; a
 * session that failed is closed and rebuilt from the store on the next event.
 */
final class AgreementProcessor implements Processor<String, byte[], String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementProcessor.class);

    private final Validator validator;
    private final EventCodec codec;
    private final String storeName;
    private final int maxSessions;
    private final String pendingStoreName;
    private final Duration reportInterval;

    private ProcessorContext<String, byte[]> context;
    private FactStore facts;
    private SessionCache sessions;
    private KeyValueStore<String, String> pending;

    AgreementProcessor(Validator validator, EventCodec codec, String storeName, int maxSessions,
            Duration reportInterval) {
        this.validator = validator;
        this.codec = codec;
        this.storeName = storeName;
        this.maxSessions = maxSessions;
        this.pendingStoreName = ParleyTopology.pendingReportsStoreName(storeName);
        this.reportInterval = reportInterval;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> processorContext) {
        this.context = processorContext;
        KeyValueStore<String, String> store = processorContext.getStateStore(storeName);
        this.facts = new FactStore(store);
        if (sessions != null) {
            sessions.close();
        }
        this.sessions = new SessionCache(maxSessions);
        if (!reportInterval.isZero()) {
            this.pending = processorContext.getStateStore(pendingStoreName);
            processorContext.schedule(reportInterval, PunctuationType.WALL_CLOCK_TIME, time -> reportPending());
        }
    }

    /**
     * Forwards the report of every agreement changed since the last time. The marks are in a
     * changelogged store and go in the same transaction as the reports, so that a report
     * owed when a task moves is sent by its next owner.
     */
    private void reportPending() {
        List<String> owed = new ArrayList<>();
        try (KeyValueIterator<String, String> marks = pending.all()) {
            marks.forEachRemaining(mark -> owed.add(mark.key));
        }
        for (String agreement : owed) {
            Optional<String> stated = facts.agreement(agreement);
            if (stated.isPresent()) {
                ValidationReport report = session(agreement, stated.get()).report();
                context.forward(new Record<>(agreement, utf8(ReportJson.report(report)), context.currentSystemTimeMs()),
                        ParleyTopology.REPORTS_SINK);
            }
            pending.delete(agreement);
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String agreement = record.key();
        if (agreement == null || agreement.isBlank()) {
            deadLetter(record, "the record has no key; the key of an event is its agreement id");
            return;
        }
        if (record.value() == null) {
            deadLetter(record, "the record has no value; expected an event");
            return;
        }
        ExchangeEvent event;
        try {
            event = codec.decode(record.value());
        } catch (BadEventException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        ReportChanges changes;
        try {
            changes = apply(agreement, event);
        } catch (BadEventException e) {
            deadLetter(record, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // The session may hold half of the event: forget it, the store does not.
            sessions.evict(agreement);
            LOG.warn("event for agreement {} could not be validated", Text.quoted(agreement), e);
            deadLetter(record, "the event could not be validated: " + Text.printable(String.valueOf(e)));
            return;
        }
        context.forward(record.withValue(utf8(ReportJson.delta(event.type(), changes)))
                .withHeaders(new RecordHeaders()), ParleyTopology.DELTAS_SINK);
        if (pending == null) {
            context.forward(record.withValue(utf8(ReportJson.report(changes.report())))
                    .withHeaders(new RecordHeaders()), ParleyTopology.REPORTS_SINK);
        } else {
            pending.put(agreement, "");
        }
    }

    private ReportChanges apply(String agreementId, ExchangeEvent event) throws BadEventException {
        Optional<String> stated = facts.agreement(agreementId);
        if (event instanceof ExchangeEvent.AgreementStated e) {
            Agreement agreement = e.agreement();
            if (!agreement.id().equals(agreementId)) {
                throw new BadEventException("$.payload.id: the agreement " + Text.quoted(agreement.id())
                        + " is not the record's key " + Text.quoted(agreementId));
            }
            if (stated.isEmpty()) {
                ValidationSession session = validator.openSession(agreement);
                sessions.put(agreementId, session);
                // Everything the agreement's empty record violates appears with it.
                ValidationReport first = session.report();
                facts.putAgreement(agreementId, codec.encode(event));
                return ReportChanges.between(new ValidationReport(first.agreement(), first.asOf(), List.of()), first);
            }
            ValidationReport before = session(agreementId, stated.get()).report();
            String encoded = codec.encode(event);
            ValidationSession session = rebuild(agreementId, encoded);
            ValidationReport after = session.report();
            facts.putAgreement(agreementId, encoded);
            return ReportChanges.between(before, after);
        }
        if (stated.isEmpty()) {
            throw new BadEventException("unknown agreement " + Text.quoted(agreementId)
                    + ": no AGREEMENT event with this key came before");
        }
        ValidationSession session = session(agreementId, stated.get());
        if (event instanceof ExchangeEvent.AsOfChanged e) {
            Agreement agreement = agreement(stated.get()).withAsOf(e.asOf());
            session.judgeAt(e.asOf());
            ReportChanges changes = session.changes();
            facts.putAgreement(agreementId, codec.encode(new ExchangeEvent.AgreementStated(agreement)));
            return changes;
        }
        FactEvent fact = FactEvent.of(event, codec);
        boolean present = fact.kind() != FactStore.Kind.LIST && facts.has(agreementId, fact.kind(), fact.id());
        switch (fact.change()) {
            case ADD -> {
                if (present) {
                    throw new BadEventException(fact.noun() + " " + Text.quoted(fact.id())
                            + " is already recorded; to change it, send "
                            + fact.kind().name() + "_CORRECTED");
                }
                fact.applyTo(session);
                if (fact.kind() == FactStore.Kind.LIST) {
                    facts.addList(agreementId, fact.id(), codec.encode(event));
                } else {
                    facts.put(agreementId, fact.kind(), fact.id(), codec.encode(event));
                }
            }
            case CORRECT -> {
                if (!present) {
                    throw new BadEventException(fact.noun() + " " + Text.quoted(fact.id())
                            + " is not recorded; to record it, send "
                            + fact.kind().name() + "_ADDED");
                }
                fact.applyTo(session);
                facts.put(agreementId, fact.kind(), fact.id(), codec.encode(fact.asAdded()));
            }
            case REMOVE -> {
                if (fact.kind() == FactStore.Kind.LIST) {
                    if (!facts.hasList(agreementId, fact.id())) {
                        throw new BadEventException("no list equal to this one is recorded");
                    }
                    fact.applyTo(session);
                    facts.removeList(agreementId, fact.id());
                } else {
                    if (!present) {
                        throw new BadEventException(fact.noun() + " " + Text.quoted(fact.id()) + " is not recorded");
                    }
                    fact.applyTo(session);
                    facts.delete(agreementId, fact.kind(), fact.id());
                }
            }
        }
        return session.changes();
    }

    /** The agreement's session, rebuilt from the store if it is not open. */
    private ValidationSession session(String agreementId, String statedEvent) {
        Optional<ValidationSession> open = sessions.get(agreementId);
        if (open.isPresent()) {
            return open.get();
        }
        ValidationSession session = rebuild(agreementId, statedEvent);
        session.report();
        return session;
    }

    /** A new session for the agreement stated by this event, with the facts of the store. */
    private ValidationSession rebuild(String agreementId, String statedEvent) {
        ValidationSession session = validator.openSession(agreement(statedEvent));
        try {
            for (String added : facts.facts(agreementId)) {
                FactEvent.of(decodeStored(added), codec).applyTo(session);
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        sessions.put(agreementId, session);
        return session;
    }

    private Agreement agreement(String statedEvent) {
        return ((ExchangeEvent.AgreementStated) decodeStored(statedEvent)).agreement();
    }

    /** An event this processor wrote to the store; not reading it back is a bug, not bad input. */
    private ExchangeEvent decodeStored(String stored) {
        try {
            return codec.decode(stored);
        } catch (BadEventException e) {
            throw new IllegalStateException("the state store holds an event the codec cannot read: "
                    + e.getMessage(), e);
        }
    }

    private void deadLetter(Record<String, byte[]> record, String reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        DeadLetters.describe(headers, reason, context.recordMetadata());
        context.forward(record.withHeaders(headers), ParleyTopology.DEAD_LETTERS_SINK);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

}
