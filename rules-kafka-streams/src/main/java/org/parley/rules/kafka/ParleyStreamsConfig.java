package org.parley.rules.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * The configuration of a Parley stream: ordinary Kafka Streams properties, plus a few of
 * Parley's own, all prefixed {@code parley.}:
 *
 * <table>
 *   <caption>Parley's properties</caption>
 *   <tr><th>property</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #EVENTS_TOPIC}</td><td>{@value #DEFAULT_EVENTS_TOPIC}</td><td>the events, keyed by agreement id</td></tr>
 *   <tr><td>{@value #DELTAS_TOPIC}</td><td>{@value #DEFAULT_DELTAS_TOPIC}</td><td>what each event changed</td></tr>
 *   <tr><td>{@value #REPORTS_TOPIC}</td><td>{@value #DEFAULT_REPORTS_TOPIC}</td><td>the latest report of each agreement (compacted)</td></tr>
 *   <tr><td>{@value #DEAD_LETTERS_TOPIC}</td><td>{@value #DEFAULT_DEAD_LETTERS_TOPIC}</td><td>events that could not be used, with the reason</td></tr>
 *   <tr><td>{@value #RULES}</td><td>none</td><td>rule files or folders besides the built-in rules, separated by commas</td></tr>
 *   <tr><td>{@value #RESTRICTED}</td><td>true</td><td>check those rule files in restricted mode</td></tr>
 *   <tr><td>{@value #BUILT_IN_RULES}</td><td>true</td><td>load the built-in rules</td></tr>
 *   <tr><td>{@value #MAX_SESSIONS}</td><td>{@value #DEFAULT_MAX_SESSIONS}</td><td>open sessions per stream task (least recently used closed beyond)</td></tr>
 *   <tr><td>{@value #REPORT_INTERVAL_MS}</td><td>{@value #DEFAULT_REPORT_INTERVAL_MS}</td><td>how often the latest
 *   report of each changed agreement is sent, in milliseconds of wall-clock time; 0 sends one after every event</td></tr>
 *   <tr><td>{@value #MAX_FIRINGS}</td><td>{@value ValidatorConfiguration#DEFAULT_MAX_FIRINGS}</td><td>the most rule
 *   firings of one validation; past it the event's validation throws {@code ValidationLimitException}</td></tr>
 *   <tr><td>{@value #TIMEOUT_MS}</td><td>1800000 (30 minutes)</td><td>the longest time of one
 *   validation, in milliseconds; past it the validation throws {@code ValidationLimitException}</td></tr>
 *   <tr><td>{@value #STORE}</td><td>{@value #DEFAULT_STORE}</td><td>the name of the state store of the facts</td></tr>
 * </table>
 *
 * <p>{@link #streamsProperties()} gives the properties for {@code KafkaStreams}, with these
 * defaults where the properties do not set them: processing guarantee
 * {@code exactly_once_v2}, {@link DeadLetters} as the deserialization, processing and
 * production exception handler, sending to the dead-letter topic.
 *
 * @param properties every property given, Kafka Streams' and Parley's
 */
public record ParleyStreamsConfig(Properties properties) {

    /** The property naming the events topic. */
    public static final String EVENTS_TOPIC = "parley.topic.events";
    /** The property naming the deltas topic. */
    public static final String DELTAS_TOPIC = "parley.topic.deltas";
    /** The property naming the reports topic. */
    public static final String REPORTS_TOPIC = "parley.topic.reports";
    /** The property naming the dead-letter topic. */
    public static final String DEAD_LETTERS_TOPIC = "parley.topic.dead-letters";
    /** The property listing rule files or folders. */
    public static final String RULES = "parley.rules";
    /** The property turning restricted mode for those rule files on or off. */
    public static final String RESTRICTED = "parley.rules.restricted";
    /** The property turning the built-in rules on or off. */
    public static final String BUILT_IN_RULES = "parley.rules.built-in";
    /** The property bounding the open sessions per task. */
    public static final String MAX_SESSIONS = "parley.sessions.max";
    /** The property setting how often reports are sent. */
    public static final String REPORT_INTERVAL_MS = "parley.reports.interval.ms";
    /** The property bounding the rule firings of one validation. */
    public static final String MAX_FIRINGS = "parley.limits.max-firings";
    /** The property bounding the time of one validation, in milliseconds. */
    public static final String TIMEOUT_MS = "parley.limits.timeout.ms";
    /** The property naming the state store. */
    public static final String STORE = "parley.store";

    /** The default events topic. */
    public static final String DEFAULT_EVENTS_TOPIC = "parley-events";
    /** The default deltas topic. */
    public static final String DEFAULT_DELTAS_TOPIC = "parley-deltas";
    /** The default reports topic. */
    public static final String DEFAULT_REPORTS_TOPIC = "parley-reports";
    /** The default dead-letter topic. */
    public static final String DEFAULT_DEAD_LETTERS_TOPIC = "parley-dead-letters";
    /** The default bound on open sessions per task. */
    public static final int DEFAULT_MAX_SESSIONS = 256;
    /** The default interval of reports: one second. */
    public static final int DEFAULT_REPORT_INTERVAL_MS = 1000;
    /** The default name of the state store. */
    public static final String DEFAULT_STORE = "parley-facts";

    /**
     * Copies the properties and checks Parley's.
     *
     * @throws IllegalArgumentException if a Parley property has a value it cannot take
     */
    public ParleyStreamsConfig {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "properties"));
        properties = copy;
        int max = intValue(properties, MAX_SESSIONS, DEFAULT_MAX_SESSIONS);
        if (max < 1) {
            throw new IllegalArgumentException(MAX_SESSIONS + " must be at least 1, got " + max);
        }
        int interval = intValue(properties, REPORT_INTERVAL_MS, DEFAULT_REPORT_INTERVAL_MS);
        if (interval < 0) {
            throw new IllegalArgumentException(REPORT_INTERVAL_MS + " must not be negative, got " + interval);
        }
        bool(properties, RESTRICTED, true);
        bool(properties, BUILT_IN_RULES, true);
        long firings = longValue(properties, MAX_FIRINGS, ValidatorConfiguration.DEFAULT_MAX_FIRINGS);
        if (firings < 1) {
            throw new IllegalArgumentException(MAX_FIRINGS + " must be at least 1, got " + firings);
        }
        long timeout = longValue(properties, TIMEOUT_MS, ValidatorConfiguration.DEFAULT_TIMEOUT.toMillis());
        if (timeout < 1) {
            throw new IllegalArgumentException(TIMEOUT_MS + " must be at least 1, got " + timeout);
        }
    }

    /**
     * Every property given.
     *
     * @return a copy: the configuration is immutable
     */
    @Override
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** The events topic. */
    public String eventsTopic() {
        return properties.getProperty(EVENTS_TOPIC, DEFAULT_EVENTS_TOPIC);
    }

    /** The deltas topic. */
    public String deltasTopic() {
        return properties.getProperty(DELTAS_TOPIC, DEFAULT_DELTAS_TOPIC);
    }

    /** The reports topic. */
    public String reportsTopic() {
        return properties.getProperty(REPORTS_TOPIC, DEFAULT_REPORTS_TOPIC);
    }

    /** The dead-letter topic. */
    public String deadLettersTopic() {
        return properties.getProperty(DEAD_LETTERS_TOPIC, DEFAULT_DEAD_LETTERS_TOPIC);
    }

    /** The name of the state store of the facts. */
    public String storeName() {
        return properties.getProperty(STORE, DEFAULT_STORE);
    }

    /** The bound on open sessions per stream task. */
    public int maxSessions() {
        return intValue(properties, MAX_SESSIONS, DEFAULT_MAX_SESSIONS);
    }

    /** How often the reports of changed agreements are sent; zero for after every event. */
    public java.time.Duration reportInterval() {
        return java.time.Duration.ofMillis(intValue(properties, REPORT_INTERVAL_MS, DEFAULT_REPORT_INTERVAL_MS));
    }

    /** The most rule firings of one validation. */
    public long maxFirings() {
        return longValue(properties, MAX_FIRINGS, ValidatorConfiguration.DEFAULT_MAX_FIRINGS);
    }

    /** The longest time of one validation. */
    public java.time.Duration timeout() {
        return java.time.Duration.ofMillis(
                longValue(properties, TIMEOUT_MS, ValidatorConfiguration.DEFAULT_TIMEOUT.toMillis()));
    }

    /** The rule files and folders to load besides (or instead of) the built-in rules. */
    public List<Path> rules() {
        List<Path> paths = new ArrayList<>();
        for (String part : properties.getProperty(RULES, "").split(",")) {
            if (!part.isBlank()) {
                paths.add(Path.of(part.strip()));
            }
        }
        return List.copyOf(paths);
    }

    /**
     * Builds the validator these properties describe: the built-in rules unless turned off,
     * the rule files of {@value #RULES}, in restricted mode unless turned off, held to
     * {@value #MAX_FIRINGS} and {@value #TIMEOUT_MS}.
     *
     * @return the validator
     * @throws org.parley.rules.RuleCompilationException if a rule file does not compile or
     *                                                   uses what restricted mode refuses
     */
    public Validator validator() {
        ValidatorBuilder builder = Validators.builder().maxFirings(maxFirings()).timeout(timeout());
        if (!bool(properties, BUILT_IN_RULES, true)) {
            builder.withoutBuiltInRules();
        }
        if (bool(properties, RESTRICTED, true)) {
            builder.restricted();
        }
        rules().forEach(builder::addRules);
        return builder.build();
    }

    /**
     * The properties for {@code KafkaStreams}: those given, without Parley's, and the
     * defaults of a Parley stream where they are not set.
     *
     * @return a new copy
     */
    public Properties streamsProperties() {
        Properties streams = new Properties();
        properties.stringPropertyNames().stream()
                .filter(name -> !name.startsWith("parley."))
                .forEach(name -> streams.put(name, properties.get(name)));
        streams.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        streams.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class.getName());
        streams.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class.getName());
        streams.putIfAbsent(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class.getName());
        streams.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLettersTopic());
        return streams;
    }

    private static int intValue(Properties properties, String name, int fallback) {
        long value = longValue(properties, name, fallback);
        if (value != (int) value) {
            throw new IllegalArgumentException(
                    name + " must be a whole number, got \"" + properties.getProperty(name) + "\"");
        }
        return (int) value;
    }

    private static long longValue(Properties properties, String name, long fallback) {
        String value = properties.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + value + "\"");
        }
    }

    private static boolean bool(Properties properties, String name, boolean fallback) {
        String value = properties.getProperty(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got \"" + value + "\"");
        };
    }
}
