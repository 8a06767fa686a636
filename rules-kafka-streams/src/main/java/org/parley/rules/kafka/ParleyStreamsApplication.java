package org.parley.rules.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.Validator;

/**
 * A runnable Parley stream: {@code java -jar rules-kafka-streams/target/parley-streams.jar
 * --bootstrap-servers 127.0.0.1:9092}. It runs the ready topology until stopped (Ctrl-C),
 * then closes cleanly. Options:
 * <ul>
 *   <li>{@code --bootstrap-servers HOST:PORT[,...]} (required unless in the config file);</li>
 *   <li>{@code --application-id ID} (default {@code parley});</li>
 *   <li>{@code --state-dir DIR} (Kafka Streams' default otherwise);</li>
 *   <li>{@code --rules DIR}, repeatable: rule files besides the built-in ones, in restricted mode;</li>
 *   <li>{@code --config FILE}: any Kafka Streams and {@code parley.*} properties.</li>
 * </ul>
 * Exit status 2, with one line on standard error, for bad usage or rule files that do not compile.
 */
public final class ParleyStreamsApplication {

    private ParleyStreamsApplication() {
    }

    /**
     * Runs the stream until the JVM is asked to stop.
     *
     * @param args the options
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        Properties properties;
        try {
            properties = properties(args);
        } catch (IllegalArgumentException e) {
            usage(System.err, e.getMessage());
            System.exit(2);
            return;
        }
        ParleyStreamsConfig config;
        Validator validator;
        try {
            config = new ParleyStreamsConfig(properties);
            validator = config.validator();
        } catch (IllegalArgumentException e) {
            System.err.println("parley-streams: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuleCompilationException e) {
            System.err.println("parley-streams: " + e.getMessage());
            System.exit(2);
            return;
        }
        KafkaStreams streams = new KafkaStreams(ParleyTopology.build(config, validator), config.streamsProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            stopped.countDown();
        }, "parley-streams-shutdown"));
        streams.start();
        System.err.printf("parley-streams: reading %s, writing %s, %s and %s%n", config.eventsTopic(),
                config.deltasTopic(), config.reportsTopic(), config.deadLettersTopic());
        stopped.await();
    }

    /** The properties the options describe; options win over the config file. */
    static Properties properties(String[] args) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "parley");
        Properties options = new Properties();
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--bootstrap-servers" -> options.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, value);
                case "--application-id" -> options.put(StreamsConfig.APPLICATION_ID_CONFIG, value);
                case "--state-dir" -> options.put(StreamsConfig.STATE_DIR_CONFIG, value);
                case "--rules" -> rules.add(value);
                case "--config" -> {
                    try (InputStream in = Files.newInputStream(Path.of(value))) {
                        properties.load(in);
                    } catch (IOException e) {
                        throw new IllegalArgumentException("cannot read the config file " + value + ": " + e.getMessage());
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        properties.putAll(options);
        if (!rules.isEmpty()) {
            properties.put(ParleyStreamsConfig.RULES, String.join(",", rules));
        }
        if (!properties.containsKey(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("--bootstrap-servers is required");
        }
        return properties;
    }

    private static void usage(PrintStream out, String problem) {
        if (!problem.isEmpty()) {
            out.println("parley-streams: " + problem);
        }
        out.println("usage: java -jar parley-streams.jar --bootstrap-servers HOST:PORT [--application-id ID]"
                + " [--state-dir DIR] [--rules DIR]... [--config FILE]");
    }
}
