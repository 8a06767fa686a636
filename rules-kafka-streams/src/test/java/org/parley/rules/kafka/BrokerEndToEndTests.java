package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready topology against a real single-node Kafka broker in KRaft mode (combined
 * controller and broker, from the Maven artifacts, listening on localhost only), started
 * here and stopped after; the whole test is bounded in time.
 */
class BrokerEndToEndTests {

    @TempDir
    Path work;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void bundledScenariosThroughABroker_withARestartHalfway_endWithTheReportsOfOneShotValidation() throws Exception {
        List<BundledScenarios.Scenario> scenarios = BundledScenarios.all();
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBaseDirectory(work.resolve("broker")).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            for (String server : bootstrap.split(",")) {
                String host = server.substring(server.indexOf("://") + 1).replaceAll("^/+", "");
                host = host.substring(0, host.lastIndexOf(':'));
                assertThat(InetAddress.getByName(host).isLoopbackAddress()).as(server).isTrue();
            }

            Properties properties = new Properties();
            properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "parley-e2e");
            properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            properties.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state").toString());
            properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
            properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
            properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
            ParleyStreamsConfig config = new ParleyStreamsConfig(properties);
            assertThat(config.streamsProperties().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                    .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);

            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(
                        new NewTopic(config.eventsTopic(), 2, (short) 1),
                        new NewTopic(config.deltasTopic(), 2, (short) 1),
                        new NewTopic(config.reportsTopic(), 2, (short) 1)
                                .configs(Map.of("cleanup.policy", "compact")),
                        new NewTopic(config.deadLettersTopic(), 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
            }

            List<ProducerRecord<String, String>> events = new ArrayList<>();
            int longest = scenarios.stream().mapToInt(s -> s.events().size()).max().orElseThrow();
            for (int i = 0; i < longest; i++) {
                for (BundledScenarios.Scenario scenario : scenarios) {
                    if (i < scenario.events().size()) {
                        events.add(new ProducerRecord<>(config.eventsTopic(), scenario.key(), scenario.events().get(i)));
                    }
                }
            }
            int half = events.size() / 2;
            try (KafkaConsumer<String, String> deltas = consumer(bootstrap, config.deltasTopic());
                 KafkaConsumer<String, String> reports = consumer(bootstrap, config.reportsTopic())) {
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                Map<String, String> latest = new HashMap<>();
                try (KafkaStreams streams = new KafkaStreams(ParleyTopology.build(config, StreamHarness.VALIDATOR),
                        config.streamsProperties())) {
                    streams.start();
                    produce(bootstrap, events.subList(0, half));
                    seen.addAll(poll(deltas, half, Duration.ofSeconds(60)));
                }
                assertThat(seen.size()).isEqualTo(half);
                // A new instance on the same state directory: it goes on where the first stopped.
                try (KafkaStreams streams = new KafkaStreams(ParleyTopology.build(config, StreamHarness.VALIDATOR),
                        config.streamsProperties())) {
                    streams.start();
                    produce(bootstrap, events.subList(half, events.size()));
                    seen.addAll(poll(deltas, events.size() - half, Duration.ofSeconds(90)));
                    // Nothing more comes: no event was processed twice.
                    assertThat(deltas.poll(Duration.ofSeconds(2)).count()).isZero();
                    assertThat(seen.size()).isEqualTo(events.size());
                    // Reports come once a second for the agreements changed: the last of each is the final one.
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (System.nanoTime() < deadline && !scenarios.stream()
                            .allMatch(s -> s.expectedReport().equals(latest.get(s.key())))) {
                        reports.poll(Duration.ofMillis(200)).forEach(r -> latest.put(r.key(), r.value()));
                    }
                }
                for (BundledScenarios.Scenario scenario : scenarios) {
                    assertThat(latest.get(scenario.key())).as(scenario.key()).isEqualTo(scenario.expectedReport());
                    List<String> ours = seen.stream().filter(r -> r.key().equals(scenario.key()))
                            .map(ConsumerRecord::value).toList();
                    assertThat(ours.size()).as(scenario.key()).isEqualTo(scenario.events().size());
                    assertThat(BundledScenarios.replay(ours)).as(scenario.key())
                            .isEqualTo(BundledScenarios.violations(scenario.expectedReport()));
                }
            }
        }
    }

    private static void produce(String bootstrap, List<ProducerRecord<String, String>> records) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "parley-e2e-reader-" + topic);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** Polls until {@code count} records came or the time is up. */
    private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, int count,
            Duration within) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }
}
