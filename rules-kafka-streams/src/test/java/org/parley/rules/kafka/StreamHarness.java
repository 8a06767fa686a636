package org.parley.rules.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.Agreement;

/** The ready topology in a TopologyTestDriver, with its topics. */
final class StreamHarness implements AutoCloseable {

    /** Compiled once for all tests: the validator is thread-safe. */
    static final Validator VALIDATOR = Validators.newValidator();
    static final EventCodec CODEC = new EventCodec();

    final ParleyStreamsConfig config;
    final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> events;
    private final TestOutputTopic<String, String> deltas;
    private final TestOutputTopic<String, String> reports;
    private final TestOutputTopic<String, byte[]> deadLetters;

    StreamHarness(Path stateDir, int maxSessions) {
        this(stateDir, maxSessions, 0);
    }

    StreamHarness(Path stateDir, int maxSessions, int reportIntervalMs) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "parley-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(ParleyStreamsConfig.MAX_SESSIONS, Integer.toString(maxSessions));
        properties.put(ParleyStreamsConfig.REPORT_INTERVAL_MS, Integer.toString(reportIntervalMs));
        this.config = new ParleyStreamsConfig(properties);
        this.driver = new TopologyTestDriver(ParleyTopology.build(config, VALIDATOR), config.streamsProperties());
        this.events = driver.createInputTopic(config.eventsTopic(), new StringSerializer(), new ByteArraySerializer());
        this.deltas = driver.createOutputTopic(config.deltasTopic(), new StringDeserializer(), new StringDeserializer());
        this.reports = driver.createOutputTopic(config.reportsTopic(), new StringDeserializer(), new StringDeserializer());
        this.deadLetters = driver.createOutputTopic(config.deadLettersTopic(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    void send(String key, ExchangeEvent event) {
        events.pipeInput(key, CODEC.encode(event).getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(String key, byte[] value) {
        events.pipeInput(key, value);
    }

    void sendText(String key, String value) {
        sendRaw(key, value.getBytes(StandardCharsets.UTF_8));
    }

    List<KeyValue<String, String>> deltas() {
        return deltas.readKeyValuesToList();
    }

    /** Lets wall-clock time pass, so that reports owed are sent. */
    void advance(java.time.Duration time) {
        driver.advanceWallClockTime(time);
    }

    List<KeyValue<String, String>> reports() {
        return reports.readKeyValuesToList();
    }

    List<TestRecord<String, byte[]>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    static String reason(TestRecord<String, byte[]> letter) {
        return new String(letter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
    }

    /** The same agreement under another id, so that one driver can follow many. */
    static Agreement renamed(Agreement agreement, String id) {
        return new Agreement(id, agreement.title(), agreement.signedOn(), agreement.parties(), agreement.timeZone(),
                agreement.asOf(), agreement.terms());
    }

    @Override
    public void close() {
        driver.close();
    }
}
