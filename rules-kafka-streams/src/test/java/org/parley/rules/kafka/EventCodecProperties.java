package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ParleyGen;

class EventCodecProperties {

    private static final int TRIES = Integer.getInteger("parley.tries", 200);
    private static final EventCodec CODEC = new EventCodec();

    @Test
    void everyEventOfAGeneratedRecord_readsBackAsWritten() {
        qt().withExamples(TRIES).forAll(ParleyGen.records()).checkAssert(record -> {
            for (ExchangeEvent event : events(record)) {
                String json = CODEC.encode(event);
                try {
                    assertThat(CODEC.decode(json)).as(json).isEqualTo(event);
                } catch (BadEventException e) {
                    throw new AssertionError(json + " was refused: " + e.getMessage(), e);
                }
            }
        });
    }

    /** The events that state a record: its agreement, then each fact added. */
    static List<ExchangeEvent> events(ExchangeRecord record) {
        List<ExchangeEvent> events = new ArrayList<>();
        events.add(new ExchangeEvent.AgreementStated(record.agreement()));
        record.detainees().forEach(d -> events.add(new ExchangeEvent.DetaineeAdded(d)));
        record.lists().forEach(l -> events.add(new ExchangeEvent.ListAdded(l)));
        record.batches().forEach(b -> events.add(new ExchangeEvent.BatchAdded(b)));
        record.remains().forEach(r -> events.add(new ExchangeEvent.RemainsAdded(r)));
        record.agreement().asOf().ifPresent(date -> events.add(new ExchangeEvent.AsOfChanged(date)));
        return events;
    }
}
