package org.parley.rules.kafka;

import org.parley.rules.ValidationSession;

/**
 * An event about one fact, seen uniformly: its kind, whether it adds, corrects or removes,
 * the id it is stored under (for a list, its JSON), and how to apply it to a session.
 */
record FactEvent(FactStore.Kind kind, Change change, String id, ExchangeEvent event) {

    enum Change { ADD, CORRECT, REMOVE }

    static FactEvent of(ExchangeEvent event, EventCodec codec) {
        if (event instanceof ExchangeEvent.DetaineeAdded e) {
            return new FactEvent(FactStore.Kind.DETAINEE, Change.ADD, e.detainee().id(), event);
        } else if (event instanceof ExchangeEvent.DetaineeCorrected e) {
            return new FactEvent(FactStore.Kind.DETAINEE, Change.CORRECT, e.detainee().id(), event);
        } else if (event instanceof ExchangeEvent.DetaineeRemoved e) {
            return new FactEvent(FactStore.Kind.DETAINEE, Change.REMOVE, e.id(), event);
        } else if (event instanceof ExchangeEvent.BatchAdded e) {
            return new FactEvent(FactStore.Kind.BATCH, Change.ADD, e.batch().id(), event);
        } else if (event instanceof ExchangeEvent.BatchCorrected e) {
            return new FactEvent(FactStore.Kind.BATCH, Change.CORRECT, e.batch().id(), event);
        } else if (event instanceof ExchangeEvent.BatchRemoved e) {
            return new FactEvent(FactStore.Kind.BATCH, Change.REMOVE, e.id(), event);
        } else if (event instanceof ExchangeEvent.ListAdded e) {
            return new FactEvent(FactStore.Kind.LIST, Change.ADD, codec.write(e.list()), event);
        } else if (event instanceof ExchangeEvent.ListRemoved e) {
            return new FactEvent(FactStore.Kind.LIST, Change.REMOVE, codec.write(e.list()), event);
        } else if (event instanceof ExchangeEvent.RemainsAdded e) {
            return new FactEvent(FactStore.Kind.REMAINS, Change.ADD, e.remains().id(), event);
        } else if (event instanceof ExchangeEvent.RemainsCorrected e) {
            return new FactEvent(FactStore.Kind.REMAINS, Change.CORRECT, e.remains().id(), event);
        } else if (event instanceof ExchangeEvent.RemainsRemoved e) {
            return new FactEvent(FactStore.Kind.REMAINS, Change.REMOVE, e.id(), event);
        }
        throw new IllegalArgumentException(event.type() + " is not an event about one fact");
    }

    /** What people call this kind of fact. */
    String noun() {
        return kind.name().toLowerCase();
    }

    /** The event that adds the fact as this event leaves it (for a correction). */
    ExchangeEvent asAdded() {
        if (event instanceof ExchangeEvent.DetaineeCorrected e) {
            return new ExchangeEvent.DetaineeAdded(e.detainee());
        } else if (event instanceof ExchangeEvent.BatchCorrected e) {
            return new ExchangeEvent.BatchAdded(e.batch());
        } else if (event instanceof ExchangeEvent.RemainsCorrected e) {
            return new ExchangeEvent.RemainsAdded(e.remains());
        }
        return event;
    }

    void applyTo(ValidationSession session) {
        if (event instanceof ExchangeEvent.DetaineeAdded e) {
            session.add(e.detainee());
        } else if (event instanceof ExchangeEvent.DetaineeCorrected e) {
            session.correct(e.detainee());
        } else if (event instanceof ExchangeEvent.DetaineeRemoved e) {
            session.removeDetainee(e.id());
        } else if (event instanceof ExchangeEvent.BatchAdded e) {
            session.add(e.batch());
        } else if (event instanceof ExchangeEvent.BatchCorrected e) {
            session.correct(e.batch());
        } else if (event instanceof ExchangeEvent.BatchRemoved e) {
            session.removeBatch(e.id());
        } else if (event instanceof ExchangeEvent.ListAdded e) {
            session.add(e.list());
        } else if (event instanceof ExchangeEvent.ListRemoved e) {
            session.remove(e.list());
        } else if (event instanceof ExchangeEvent.RemainsAdded e) {
            session.add(e.remains());
        } else if (event instanceof ExchangeEvent.RemainsCorrected e) {
            session.correct(e.remains());
        } else if (event instanceof ExchangeEvent.RemainsRemoved e) {
            session.removeRemains(e.id());
        }
    }

}
