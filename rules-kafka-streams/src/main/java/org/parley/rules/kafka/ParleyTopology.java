package org.parley.rules.kafka;

import java.util.Objects;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.parley.rules.Validator;

/**
 * The topology of a Parley stream, ready to run, and its pieces for composing one's own.
 *
 * <pre>
 *   events (key: agreement id) ─▶ validate ─┬─▶ deltas       (key: agreement id)
 *                                 [facts]   ├─▶ reports      (key: agreement id, compacted)
 *                                           └─▶ dead letters (the event as it came, with the reason)
 * </pre>
 *
 * Reports are sent every {@link ParleyStreamsConfig#REPORT_INTERVAL_MS} for each agreement
 * changed since the last time (or after every event when it is 0); deltas after every event.
 * The processor forwards to three children named {@link #DELTAS_SINK}, {@link #REPORTS_SINK}
 * and {@link #DEAD_LETTERS_SINK}; keys are strings, values UTF-8 bytes (JSON, or the
 * dead event as it came).
 */
public final class ParleyTopology {

    /** The name of the source node. */
    public static final String SOURCE = "parley-events";
    /** The name of the processor node. */
    public static final String PROCESSOR = "parley-validate";
    /** The name of the child that receives the deltas. */
    public static final String DELTAS_SINK = "parley-deltas";
    /** The name of the child that receives the reports. */
    public static final String REPORTS_SINK = "parley-reports";
    /** The name of the child that receives the dead letters. */
    public static final String DEAD_LETTERS_SINK = "parley-dead-letters";

    private ParleyTopology() {
    }

    /**
     * The ready topology: events in, deltas, reports and dead letters out.
     *
     * @param config    the topics, the store and the bound on sessions
     * @param validator the validator (thread-safe, shared by all tasks)
     * @return the topology
     */
    public static Topology build(ParleyStreamsConfig config, Validator validator) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), config.eventsTopic());
        addTo(topology, config, validator, SOURCE);
        topology.addSink(DELTAS_SINK, config.deltasTopic(), new StringSerializer(), new ByteArraySerializer(), PROCESSOR);
        topology.addSink(REPORTS_SINK, config.reportsTopic(), new StringSerializer(), new ByteArraySerializer(), PROCESSOR);
        topology.addSink(DEAD_LETTERS_SINK, config.deadLettersTopic(), new StringSerializer(),
                new ByteArraySerializer(), PROCESSOR);
        return topology;
    }

    /**
     * Adds the validating processor and its store to a topology of one's own, below the given
     * parents (which forward events keyed by agreement id, as {@code String} keys and
     * {@code byte[]} values). Add children named {@link #DELTAS_SINK}, {@link #REPORTS_SINK}
     * and {@link #DEAD_LETTERS_SINK} below {@link #PROCESSOR}.
     *
     * @param topology  the topology
     * @param config    the store and the bound on sessions
     * @param validator the validator
     * @param parents   the names of the parent nodes
     * @return the topology
     */
    public static Topology addTo(Topology topology, ParleyStreamsConfig config, Validator validator,
            String... parents) {
        topology.addProcessor(PROCESSOR, processor(config, validator), parents);
        topology.addStateStore(factStore(config.storeName()), PROCESSOR);
        if (!config.reportInterval().isZero()) {
            topology.addStateStore(factStore(pendingReportsStoreName(config.storeName())), PROCESSOR);
        }
        return topology;
    }

    /**
     * The validating processor: one instance per task, each with its own sessions.
     *
     * @param config    the store and the bound on sessions
     * @param validator the validator
     * @return a supplier of new processors
     */
    public static ProcessorSupplier<String, byte[], String, byte[]> processor(ParleyStreamsConfig config,
            Validator validator) {
        Objects.requireNonNull(validator, "validator");
        EventCodec codec = new EventCodec();
        String store = config.storeName();
        int maxSessions = config.maxSessions();
        java.time.Duration interval = config.reportInterval();
        return () -> new AgreementProcessor(validator, codec, store, maxSessions, interval);
    }

    /**
     * The name of the store that marks the agreements whose report is owed, beside the facts'.
     *
     * @param factStoreName the name of the store of the facts
     * @return the name of the store of the marks
     */
    public static String pendingReportsStoreName(String factStoreName) {
        return factStoreName + "-reports-owed";
    }

    /**
     * The persistent, changelogged store of the facts (and of the marks of reports owed).
     *
     * @param name the store's name
     * @return its builder
     */
    public static StoreBuilder<KeyValueStore<String, String>> factStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String())
                .withLoggingEnabled(java.util.Map.of());
    }
}
