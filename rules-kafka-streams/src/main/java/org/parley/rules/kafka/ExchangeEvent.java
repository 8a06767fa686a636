package org.parley.rules.kafka;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;

/**
 * One event of an agreement's stream, as {@link EventCodec} reads it from a record whose key
 * is the agreement id. Each kind carries the scenario format's object for its fact.
 */
public sealed interface ExchangeEvent {

    /** The name of this kind of event in the envelope's {@code type} field. */
    EventType type();

    /**
     * The agreement itself: the first event of a stream, or a replacement of its terms.
     *
     * @param agreement the agreement
     */
    record AgreementStated(Agreement agreement) implements ExchangeEvent {
        /** Checks the component. */
        public AgreementStated {
            Objects.requireNonNull(agreement, "agreement");
        }

        @Override
        public EventType type() {
            return EventType.AGREEMENT;
        }
    }

    /**
     * A detainee newly recorded.
     *
     * @param detainee the detainee
     */
    record DetaineeAdded(Detainee detainee) implements ExchangeEvent {
        /** Checks the component. */
        public DetaineeAdded {
            Objects.requireNonNull(detainee, "detainee");
        }

        @Override
        public EventType type() {
            return EventType.DETAINEE_ADDED;
        }
    }

    /**
     * A new version of a recorded detainee, replacing the one with the same id.
     *
     * @param detainee the detainee
     */
    record DetaineeCorrected(Detainee detainee) implements ExchangeEvent {
        /** Checks the component. */
        public DetaineeCorrected {
            Objects.requireNonNull(detainee, "detainee");
        }

        @Override
        public EventType type() {
            return EventType.DETAINEE_CORRECTED;
        }
    }

    /**
     * A recorded detainee withdrawn from the record.
     *
     * @param id the detainee's id
     */
    record DetaineeRemoved(String id) implements ExchangeEvent {
        /** Checks the component. */
        public DetaineeRemoved {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public EventType type() {
            return EventType.DETAINEE_REMOVED;
        }
    }

    /**
     * A batch of transfers newly recorded.
     *
     * @param batch the batch
     */
    record BatchAdded(Batch batch) implements ExchangeEvent {
        /** Checks the component. */
        public BatchAdded {
            Objects.requireNonNull(batch, "batch");
        }

        @Override
        public EventType type() {
            return EventType.BATCH_ADDED;
        }
    }

    /**
     * A new version of a recorded batch, transfers and all.
     *
     * @param batch the batch
     */
    record BatchCorrected(Batch batch) implements ExchangeEvent {
        /** Checks the component. */
        public BatchCorrected {
            Objects.requireNonNull(batch, "batch");
        }

        @Override
        public EventType type() {
            return EventType.BATCH_CORRECTED;
        }
    }

    /**
     * A recorded batch withdrawn, with its transfers.
     *
     * @param id the batch's id
     */
    record BatchRemoved(String id) implements ExchangeEvent {
        /** Checks the component. */
        public BatchRemoved {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public EventType type() {
            return EventType.BATCH_REMOVED;
        }
    }

    /**
     * A list of detainees a party asked for.
     *
     * @param list the list
     */
    record ListAdded(DetaineeList list) implements ExchangeEvent {
        /** Checks the component. */
        public ListAdded {
            Objects.requireNonNull(list, "list");
        }

        @Override
        public EventType type() {
            return EventType.LIST_ADDED;
        }
    }

    /**
     * One list equal to this one withdrawn (lists have no id).
     *
     * @param list the list
     */
    record ListRemoved(DetaineeList list) implements ExchangeEvent {
        /** Checks the component. */
        public ListRemoved {
            Objects.requireNonNull(list, "list");
        }

        @Override
        public EventType type() {
            return EventType.LIST_REMOVED;
        }
    }

    /**
     * A handover of remains newly recorded.
     *
     * @param remains the handover
     */
    record RemainsAdded(Remains remains) implements ExchangeEvent {
        /** Checks the component. */
        public RemainsAdded {
            Objects.requireNonNull(remains, "remains");
        }

        @Override
        public EventType type() {
            return EventType.REMAINS_ADDED;
        }
    }

    /**
     * A new version of a recorded handover of remains.
     *
     * @param remains the handover
     */
    record RemainsCorrected(Remains remains) implements ExchangeEvent {
        /** Checks the component. */
        public RemainsCorrected {
            Objects.requireNonNull(remains, "remains");
        }

        @Override
        public EventType type() {
            return EventType.REMAINS_CORRECTED;
        }
    }

    /**
     * A recorded handover of remains withdrawn.
     *
     * @param id the handover's id
     */
    record RemainsRemoved(String id) implements ExchangeEvent {
        /** Checks the component. */
        public RemainsRemoved {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public EventType type() {
            return EventType.REMAINS_REMOVED;
        }
    }

    /**
     * A new date to judge the record at, replacing the agreement's {@code asOf}.
     *
     * @param asOf the date
     */
    record AsOfChanged(LocalDate asOf) implements ExchangeEvent {
        /** Checks the component. */
        public AsOfChanged {
            Objects.requireNonNull(asOf, "asOf");
        }

        @Override
        public EventType type() {
            return EventType.AS_OF;
        }
    }
}
