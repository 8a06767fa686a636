package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

class ParleyStreamsConfigTests {

    @TempDir
    Path folder;

    @Test
    void defaults_exactlyOnceAndDeadLettersForEveryHandler_noParleyPropertyPassedOn() {
        Properties given = new Properties();
        given.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        given.put(ParleyStreamsConfig.MAX_SESSIONS, "12");
        ParleyStreamsConfig config = new ParleyStreamsConfig(given);
        Properties streams = config.streamsProperties();
        assertThat(streams).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class.getName())
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class.getName())
                .containsEntry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class.getName())
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "parley-dead-letters")
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "app")
                .doesNotContainKey(ParleyStreamsConfig.MAX_SESSIONS);
        assertThat(config.maxSessions()).isEqualTo(12);
        assertThat(config.eventsTopic()).isEqualTo("parley-events");
        assertThat(config.reportInterval()).hasMillis(1000);
    }

    @Test
    void ordinaryPropertiesWin_overParleysDefaults() {
        Properties given = new Properties();
        given.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once");
        given.put(ParleyStreamsConfig.DEAD_LETTERS_TOPIC, "dlq");
        Properties streams = new ParleyStreamsConfig(given).streamsProperties();
        assertThat(streams).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dlq");
    }

    @Test
    void badParleyValues_areRefusedNamingTheProperty() {
        Properties sessions = new Properties();
        sessions.put(ParleyStreamsConfig.MAX_SESSIONS, "0");
        assertThatThrownBy(() -> new ParleyStreamsConfig(sessions)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parley.sessions.max must be at least 1, got 0");
        Properties restricted = new Properties();
        restricted.put(ParleyStreamsConfig.RESTRICTED, "yes");
        assertThatThrownBy(() -> new ParleyStreamsConfig(restricted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parley.rules.restricted must be true or false, got \"yes\"");
        Properties interval = new Properties();
        interval.put(ParleyStreamsConfig.REPORT_INTERVAL_MS, "soon");
        assertThatThrownBy(() -> new ParleyStreamsConfig(interval)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parley.reports.interval.ms must be a whole number, got \"soon\"");
    }

    @Test
    void badLimits_areRefusedNamingTheProperty() {
        Properties firings = new Properties();
        firings.put(ParleyStreamsConfig.MAX_FIRINGS, "0");
        assertThatThrownBy(() -> new ParleyStreamsConfig(firings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parley.limits.max-firings must be at least 1, got 0");
        Properties words = new Properties();
        words.put(ParleyStreamsConfig.MAX_FIRINGS, "many");
        assertThatThrownBy(() -> new ParleyStreamsConfig(words)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parley.limits.max-firings must be a whole number, got \"many\"");
        Properties timeout = new Properties();
        timeout.put(ParleyStreamsConfig.TIMEOUT_MS, "-5");
        assertThatThrownBy(() -> new ParleyStreamsConfig(timeout)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parley.limits.timeout.ms must be at least 1, got -5");
    }

    @Test
    void limits_reachTheValidator() throws Exception {
        Properties given = new Properties();
        given.put(ParleyStreamsConfig.MAX_FIRINGS, "1");
        given.put(ParleyStreamsConfig.TIMEOUT_MS, "60000");
        ParleyStreamsConfig config = new ParleyStreamsConfig(given);
        assertThat(config.maxFirings()).isEqualTo(1);
        assertThat(config.timeout()).hasMillis(60000);
        ExchangeRecord record = new ScenarioReader()
                .read(Files.readString(BundledScenarios.FOLDER.resolve("sample.json")));
        assertThatThrownBy(() -> config.validator().validate(record))
                .isInstanceOf(ValidationLimitException.class)
                .hasMessageStartingWith("validation stopped after ")
                .hasMessageContaining(" rule firings, the limit (maxFirings, --max-firings); the rule that fired most: ")
                .satisfies(e -> assertThat(((ValidationLimitException) e).limit())
                        .isEqualTo(ValidationLimitException.Limit.FIRINGS));
        ParleyStreamsConfig defaults = new ParleyStreamsConfig(new Properties());
        assertThat(defaults.maxFirings()).isEqualTo(200_000_000L);
        assertThat(defaults.timeout()).hasMinutes(30);
        assertThat(defaults.validator().validate(record).agreement()).isNotEmpty();
    }

    @Test
    void ruleFolders_areCheckedInRestrictedModeByDefault() throws Exception {
        Files.writeString(folder.resolve("exit.drl"), """
                package custom;
                rule "EXIT-01 leaves"
                    @term("EXIT") @code("EXIT") @severity("ERROR")
                when
                then
                    System.exit(1);
                end
                """);
        Properties given = new Properties();
        given.put(ParleyStreamsConfig.RULES, folder.toString());
        assertThatThrownBy(() -> new ParleyStreamsConfig(given).validator())
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("System");
    }

    @Test
    void commandLine_optionsBecomeProperties_andBootstrapServersAreRequired() {
        Properties properties = ParleyStreamsApplication.properties(new String[] {
            "--bootstrap-servers", "127.0.0.1:9092", "--rules", "a", "--rules", "b", "--state-dir", "/tmp/s"});
        assertThat(properties).containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
                .containsEntry(ParleyStreamsConfig.RULES, "a,b")
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/tmp/s")
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "parley");
        assertThatThrownBy(() -> ParleyStreamsApplication.properties(new String[] {"--rules", "a"}))
                .hasMessage("--bootstrap-servers is required");
        assertThatThrownBy(() -> ParleyStreamsApplication.properties(new String[] {"--verbose", "x"}))
                .hasMessage("unknown option --verbose");
    }
}
