package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

class ParleyStreamTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 6, 2);

    @TempDir
    Path stateDir;

    private static Agreement agreement(String id) {
        return Agreement.of(id, SIGNED_ON, new Party("UA", "Ukraine"), new Party("RU", "Russia"),
                AgeLimitTerm.under(25));
    }

    /** The violations of a delta's {@code appeared} or {@code resolved}, as "CODE [subjects]: message". */
    private static List<String> violations(String delta, String field) {
        try {
            List<String> lines = new ArrayList<>();
            for (JsonNode v : JSON.readTree(delta).get(field)) {
                List<String> subjects = new ArrayList<>();
                v.get("subjects").forEach(s -> subjects.add(s.asText()));
                lines.add(v.get("code").asText() + " " + subjects + ": " + v.get("message").asText());
            }
            return lines;
        } catch (java.io.IOException e) {
            throw new AssertionError(delta, e);
        }
    }

    @Test
    void detaineeArrivingAfterTheBatchNamingThem_unknownDetaineeAppearsThenResolves() {
        try (StreamHarness stream = new StreamHarness(stateDir, 16)) {
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-1")));
            stream.send("ag-1", new ExchangeEvent.BatchAdded(Batch.of("B1", LocalDate.of(2025, 6, 9),
                    Transfer.of("UA-0001", Basis.SERIOUSLY_WOUNDED))));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA-0001", "RU")));

            List<KeyValue<String, String>> deltas = stream.deltas();
            assertThat(deltas).extracting(kv -> kv.key).containsExactly("ag-1", "ag-1", "ag-1");
            assertThat(violations(deltas.get(0).value, "appeared")).isEmpty();
            assertThat(violations(deltas.get(1).value, "appeared")).containsExactly(
                    "UNKNOWN_DETAINEE [B1, UA-0001]: batch B1 transfers UA-0001, who is not a known detainee");
            assertThat(violations(deltas.get(1).value, "resolved")).isEmpty();
            assertThat(violations(deltas.get(2).value, "appeared")).isEmpty();
            assertThat(violations(deltas.get(2).value, "resolved")).containsExactly(
                    "UNKNOWN_DETAINEE [B1, UA-0001]: batch B1 transfers UA-0001, who is not a known detainee");
            assertThat(deltas.get(2).value).startsWith(
                    "{\"agreement\":\"ag-1\",\"event\":\"DETAINEE_ADDED\",\"asOf\":\"2025-06-09\",\"compliant\":true,");
            List<KeyValue<String, String>> reports = stream.reports();
            assertThat(reports).hasSize(3);
            assertThat(reports.get(2).value)
                    .isEqualTo("{\"agreement\":\"ag-1\",\"asOf\":\"2025-06-09\",\"compliant\":true,\"violations\":[],"
                            + "\"obligations\":[]}");
            assertThat(stream.deadLetters()).isEmpty();
        }
    }

    @Test
    void aReport_saysWhatIsStillOwed_asTheCommandLinesJsonDoes() {
        try (StreamHarness stream = new StreamHarness(stateDir, 16)) {
            stream.send("ag-1", new ExchangeEvent.AgreementStated(Agreement.of("ag-1", SIGNED_ON,
                    new Party("UA", "Ukraine"), new Party("RU", "Russia"), WoundedPriorityTerm.lenient())));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA-0001", "RU")
                    .withCondition(Condition.SERIOUSLY_WOUNDED)));

            List<KeyValue<String, String>> reports = stream.reports();
            assertThat(reports).hasSize(2);
            assertThat(reports.get(1).value).isEqualTo("{\"agreement\":\"ag-1\",\"asOf\":\"2025-06-02\","
                    + "\"compliant\":true,\"violations\":[],\"obligations\":[{\"kind\":\"PRIORITY_RELEASE\","
                    + "\"term\":\"WOUNDED_PRIORITY\",\"party\":\"RU\",\"subjects\":[\"UA-0001\"],\"due\":null,"
                    + "\"count\":null,\"rule\":\"WOUNDED_PRIORITY-02 priority detainee still held\",\"message\":\"RU still "
                    + "holds UA-0001 (SERIOUSLY_WOUNDED), to be released before anyone without a priority condition\"}]}");
            assertThat(reports.get(1).value).isEqualTo(ReportJson.report(StreamHarness.VALIDATOR.validate(
                    ExchangeRecord.of(Agreement.of("ag-1", SIGNED_ON,
                            new Party("UA", "Ukraine"), new Party("RU", "Russia"), WoundedPriorityTerm.lenient()))
                            .withDetainees(List.of(Detainee.of("UA-0001", "RU").withCondition(Condition.SERIOUSLY_WOUNDED))))));
        }
    }

    @Test
    void correctionsAndRemovals_resolveAndRaiseViolations() {
        try (StreamHarness stream = new StreamHarness(stateDir, 16)) {
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-1")));
            Detainee young = Detainee.of("RU-0001", "UA").withBirthDate(LocalDate.of(2000, 5, 30));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(young));
            stream.send("ag-1", new ExchangeEvent.BatchAdded(Batch.of("B1", LocalDate.of(2025, 6, 9),
                    Transfer.of("RU-0001", Basis.YOUNG))));
            stream.send("ag-1", new ExchangeEvent.DetaineeCorrected(young.withBirthDate(LocalDate.of(2001, 5, 30))));
            stream.send("ag-1", new ExchangeEvent.DetaineeRemoved("RU-0001"));
            stream.send("ag-1", new ExchangeEvent.BatchRemoved("B1"));

            List<KeyValue<String, String>> deltas = stream.deltas();
            assertThat(deltas).hasSize(6);
            String ageLimit = "AGE_LIMIT [RU-0001]: RU-0001, released on basis YOUNG, was 25 on the reference date "
                    + "2025-06-02 (born 2000-05-30)";
            String unknown = "UNKNOWN_DETAINEE [B1, RU-0001]: batch B1 transfers RU-0001, who is not a known detainee";
            assertThat(violations(deltas.get(2).value, "appeared")).containsExactly(ageLimit);
            assertThat(violations(deltas.get(3).value, "resolved")).containsExactly(ageLimit);
            assertThat(violations(deltas.get(3).value, "appeared")).isEmpty();
            assertThat(violations(deltas.get(4).value, "appeared")).containsExactly(unknown);
            assertThat(violations(deltas.get(5).value, "resolved")).containsExactly(unknown);
            assertThat(stream.deadLetters()).isEmpty();
        }
    }

    @Test
    void agreementStatedAgain_replacesItsTermsAndKeepsItsFacts() {
        try (StreamHarness stream = new StreamHarness(stateDir, 16)) {
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-1")));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(
                    Detainee.of("RU-0001", "UA").withBirthDate(LocalDate.of(2000, 5, 30))));
            stream.send("ag-1", new ExchangeEvent.BatchAdded(Batch.of("B1", LocalDate.of(2025, 6, 9),
                    Transfer.of("RU-0001", Basis.YOUNG))));
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-1").withTerms(List.of(
                    AgeLimitTerm.under(26)))));
            List<KeyValue<String, String>> deltas = stream.deltas();
            assertThat(deltas).hasSize(4);
            assertThat(violations(deltas.get(3).value, "resolved")).containsExactly(
                    "AGE_LIMIT [RU-0001]: RU-0001, released on basis YOUNG, was 25 on the reference date 2025-06-02 "
                            + "(born 2000-05-30)");
            assertThat(violations(deltas.get(3).value, "appeared")).isEmpty();
            assertThat(deltas.get(3).value).contains("\"event\":\"AGREEMENT\"");
        }
    }

    @Test
    void restartFromTheChangelog_losesNothingAndRepeatsNothing() {
        Agreement agreement = agreement("ag-1");
        Detainee young = Detainee.of("RU-0001", "UA").withBirthDate(LocalDate.of(2000, 5, 30));
        List<KeyValue<String, String>> changelog;
        List<String> before;
        try (StreamHarness stream = new StreamHarness(stateDir.resolve("first"), 16)) {
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(young));
            stream.send("ag-1", new ExchangeEvent.BatchAdded(Batch.of("B1", LocalDate.of(2025, 6, 9),
                    Transfer.of("RU-0001", Basis.YOUNG), Transfer.of("UA-0009", Basis.SERIOUSLY_WOUNDED))));
            before = stream.deltas().stream().map(kv -> kv.value).toList();
            TestOutputTopic<String, String> log = stream.driver.createOutputTopic(
                    "parley-test-" + stream.config.storeName() + "-changelog", new StringDeserializer(),
                    new StringDeserializer());
            changelog = log.readKeyValuesToList();
        }
        assertThat(before).hasSize(3);
        // A new instance restores the store from its changelog, as Kafka Streams does after a
        // restart or a rebalance; its sessions are rebuilt from the store.
        try (StreamHarness restarted = new StreamHarness(stateDir.resolve("second"), 16)) {
            KeyValueStore<String, String> store = restarted.driver.getKeyValueStore(restarted.config.storeName());
            changelog.forEach(kv -> {
                if (kv.value == null) {
                    store.delete(kv.key);
                } else {
                    store.put(kv.key, kv.value);
                }
            });
            restarted.send("ag-1", new ExchangeEvent.DetaineeCorrected(young.withBirthDate(LocalDate.of(2001, 5, 30))));
            List<KeyValue<String, String>> deltas = restarted.deltas();
            assertThat(deltas).hasSize(1);
            assertThat(violations(deltas.get(0).value, "resolved")).containsExactly(
                    "AGE_LIMIT [RU-0001]: RU-0001, released on basis YOUNG, was 25 on the reference date 2025-06-02 "
                            + "(born 2000-05-30)");
            assertThat(violations(deltas.get(0).value, "appeared")).isEmpty();
            ExchangeRecord expected = ExchangeRecord.of(agreement)
                    .withDetainees(List.of(young.withBirthDate(LocalDate.of(2001, 5, 30))))
                    .withBatches(List.of(Batch.of("B1", LocalDate.of(2025, 6, 9), Transfer.of("RU-0001", Basis.YOUNG),
                            Transfer.of("UA-0009", Basis.SERIOUSLY_WOUNDED))));
            assertThat(restarted.reports()).extracting(kv -> kv.value)
                    .containsExactly(ReportJson.report(StreamHarness.VALIDATOR.validate(expected)));
        }
    }

    @Test
    void tenThousandAgreementsInterleaved_eachEndsWithItsOwnReport() {
        int agreements = 10_000;
        try (StreamHarness stream = new StreamHarness(stateDir, 64)) {
            for (int i = 0; i < agreements; i++) {
                stream.send("ag-" + i, new ExchangeEvent.AgreementStated(
                        Agreement.of("ag-" + i, SIGNED_ON, Party.of("UA"), Party.of("RU"))));
            }
            // Interleaved: agreement i, then one far from it, so that sessions are closed and rebuilt.
            for (int step = 0; step < agreements; step++) {
                int i = (int) ((step * 7919L) % agreements);
                stream.send("ag-" + i, new ExchangeEvent.BatchAdded(Batch.of("B" + i, SIGNED_ON.plusDays(1),
                        Transfer.of("P-" + i, Basis.OTHER))));
            }
            assertThat(stream.deltas()).hasSize(2 * agreements);
            Map<String, String> latest = new java.util.HashMap<>();
            stream.reports().forEach(kv -> latest.put(kv.key, kv.value));
            assertThat(latest).hasSize(agreements);
            for (int i = 0; i < agreements; i += 997) {
                assertThat(latest.get("ag-" + i)).isEqualTo("{\"agreement\":\"ag-" + i
                        + "\",\"asOf\":\"2025-06-03\",\"compliant\":false,\"violations\":[{\"code\":\"UNKNOWN_DETAINEE\","
                        + "\"severity\":\"ERROR\",\"subjects\":[\"B" + i + "\",\"P-" + i + "\"],\"term\":\"INTEGRITY\","
                        + "\"rule\":\"UNKNOWN_DETAINEE-01 transfer names no known detainee\",\"message\":\"batch B" + i
                        + " transfers P-" + i + ", who is not a known detainee\"}],\"obligations\":[]}");
            }
            assertThat(stream.deadLetters()).isEmpty();
        }
    }

    @Test
    void badEvents_goToTheDeadLettersWithTheirReasonAndTheStreamGoesOn() {
        try (StreamHarness stream = new StreamHarness(stateDir, 16)) {
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-1")));
            stream.sendText("ag-1", "{\"type\": \"DETAINEE_ADDED\", \"payload\": ");
            stream.sendRaw("ag-1", new byte[] {(byte) 0xC3, (byte) 0x28});
            stream.sendText("ag-1", "{\"type\":\"DETAINEE_ADDED\",\"payload\":{\"id\":\"UA-1\",\"heldBy\":\"RU\","
                    + "\"birthDate\":\"2001-13-01\"}}");
            stream.sendText("ag-1", "{\"type\":\"DETAINEE_ADDED\",\"payload\":{\"id\":\"UA-1\",\"heldBy\":\"RU\","
                    + "\"birthdate\":\"2001-01-01\"}}");
            stream.sendText("ag-1", "{\"type\":\"DETAINEE_ADDED\",\"payload\":{\"id\":\"UA-1\"}}");
            stream.sendText("ag-1", "{\"type\":\"DETAINEE_ESCAPED\",\"id\":\"UA-1\"}");
            stream.sendText("ag-1", "[1, 2]");
            stream.send("ag-2", new ExchangeEvent.DetaineeAdded(Detainee.of("UA-1", "RU")));
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-3")));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA-1", "RU")));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA-1", "RU")));
            stream.send("ag-1", new ExchangeEvent.DetaineeCorrected(Detainee.of("UA-2", "RU")));
            stream.send("ag-1", new ExchangeEvent.BatchRemoved("B9"));
            stream.sendText(null, CODEC_DETAINEE);

            List<TestRecord<String, byte[]>> letters = stream.deadLetters();
            assertThat(letters).extracting(StreamHarness::reason).containsExactly(
                    "not JSON at line 1, column 39: the content ends inside an object; expected '}'",
                    "not JSON: the value is not UTF-8 text",
                    "$.payload.birthDate: \"2001-13-01\" is not a date (YYYY-MM-DD)",
                    "$.payload.birthdate: unknown field; expected one of id, name, heldBy, returnTo, status, "
                            + "birthDate, condition, consent",
                    "$.payload.heldBy: missing required field; expected a string",
                    "$.type: \"DETAINEE_ESCAPED\" is not an event type; expected one of AGREEMENT, DETAINEE_ADDED, "
                            + "DETAINEE_CORRECTED, DETAINEE_REMOVED, BATCH_ADDED, BATCH_CORRECTED, BATCH_REMOVED, "
                            + "LIST_ADDED, LIST_REMOVED, REMAINS_ADDED, REMAINS_CORRECTED, REMAINS_REMOVED, AS_OF",
                    "$: expected an event object with a type, got array",
                    "unknown agreement \"ag-2\": no AGREEMENT event with this key came before",
                    "$.payload.id: the agreement \"ag-3\" is not the record's key \"ag-1\"",
                    "detainee \"UA-1\" is already recorded; to change it, send DETAINEE_CORRECTED",
                    "detainee \"UA-2\" is not recorded; to record it, send DETAINEE_ADDED",
                    "batch \"B9\" is not recorded",
                    "the record has no key; the key of an event is its agreement id");
            // The dead letter is the event as it came, with where it came from.
            assertThat(letters.get(1).value()).containsExactly((byte) 0xC3, (byte) 0x28);
            assertThat(letters.get(1).key()).isEqualTo("ag-1");
            assertThat(new String(letters.get(7).value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"type\":\"DETAINEE_ADDED\",\"payload\":{\"id\":\"UA-1\",\"heldBy\":\"RU\","
                            + "\"status\":\"MILITARY\",\"condition\":\"HEALTHY\",\"consent\":\"UNKNOWN\"}}");
            assertThat(new String(letters.get(7).headers().lastHeader(DeadLetters.TOPIC).value(),
                    StandardCharsets.UTF_8)).isEqualTo("parley-events");
            assertThat(new String(letters.get(7).headers().lastHeader(DeadLetters.OFFSET).value(),
                    StandardCharsets.UTF_8)).isEqualTo("8");
            // Only the good events changed anything: the agreement and the first UA-1.
            assertThat(stream.deltas()).extracting(kv -> kv.key + " " + violations(kv.value, "appeared"))
                    .containsExactly("ag-1 []", "ag-1 []");
        }
    }

    /**
     * A dead letter's reason is read by people (in the header, and in the log line the topology
     * writes): whatever an event says is quoted and escaped there, so that a key or an id can
     * neither break the line, nor turn it around (U+202E), nor forge a second reason.
     */
    @Test
    void deadLetterReasons_escapeWhatTheEventSays() {
        try (StreamHarness stream = new StreamHarness(stateDir, 16)) {
            stream.send("ag\n1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA-1", "RU")));
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-1")));
            stream.send("ag-1", new ExchangeEvent.AgreementStated(agreement("ag-\u202e1")));
            stream.sendText("ag-1", "{\"type\":\"AS_OF\\n\\u2028 forged reason\"}");
            stream.sendText("ag-1", "{\"type\":\"AS_OF\",\"asOf\":\"2025-06-02\\r\\u001b[2J\"}");
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA\"1\u2029", "RU")));
            stream.send("ag-1", new ExchangeEvent.DetaineeAdded(Detainee.of("UA\"1\u2029", "RU")));
            stream.send("ag-1", new ExchangeEvent.DetaineeRemoved("\u202eUA-9"));

            List<String> reasons = stream.deadLetters().stream().map(StreamHarness::reason).toList();
            assertThat(reasons).containsExactly(
                    "unknown agreement \"ag\\n1\": no AGREEMENT event with this key came before",
                    "$.payload.id: the agreement \"ag-\\u202e1\" is not the record's key \"ag-1\"",
                    "$.type: \"AS_OF\\n\\u2028 forged reason\" is not an event type; expected one of AGREEMENT, "
                            + "DETAINEE_ADDED, DETAINEE_CORRECTED, DETAINEE_REMOVED, BATCH_ADDED, BATCH_CORRECTED, "
                            + "BATCH_REMOVED, LIST_ADDED, LIST_REMOVED, REMAINS_ADDED, REMAINS_CORRECTED, "
                            + "REMAINS_REMOVED, AS_OF",
                    "$.asOf: \"2025-06-02\\r\\u001B[2J\" is not a date (YYYY-MM-DD)",
                    "detainee \"UA\\\"1\\u2029\" is already recorded; to change it, send DETAINEE_CORRECTED",
                    "detainee \"\\u202eUA-9\" is not recorded");
            assertThat(reasons).allSatisfy(reason -> assertThat(reason)
                    .doesNotContain("\n", "\r", "\u001b", "\u2028", "\u2029", "\u202e"));
        }
    }

    private static final String CODEC_DETAINEE = StreamHarness.CODEC.encode(
            new ExchangeEvent.DetaineeAdded(Detainee.of("UA-5", "RU")));
}
