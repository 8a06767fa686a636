package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Status;
import org.parley.rules.model.Transfer;

/**
 * The scenarios bundled in src/main/resources/scenarios: each one's exact report, and the
 * public figures that its README says it carries.
 */
class BundledScenarioTests {

    private static final Validator VALIDATOR = Validators.newValidator();
    private static final ScenarioReader READER = new ScenarioReader();

    private static final Path SCENARIO_DIRECTORY = Path.of("src/main/resources/scenarios");

    private static final String COMPLIANT = "istanbul-2025-06-compliant.json";
    private static final String VIOLATIONS = "istanbul-2025-06-violations.json";
    private static final String SAMPLE = "sample.json";
    private static final String MAY = "may-2025-1000-for-1000.json";
    private static final String JUNE_RECORD = "june-2025-record.json";
    private static final String MIDWAY = "istanbul-2025-06-midway.json";

    /** Every scenario a test below reads; a new bundled file must be added here and tested. */
    private static final Set<String> TESTED = Set.of(COMPLIANT, VIOLATIONS, SAMPLE, MAY, JUNE_RECORD, MIDWAY);

    private static final String JUNE_AGREEMENT = "istanbul-2025-06-02";

    // ---------------------------------------------------------------- June 2, 2025: compliant

    @Test
    void compliantIstanbulScenario_hasNoViolationAtAll() throws Exception {
        ValidationReport report = VALIDATOR.validate(read(COMPLIANT));

        assertThat(report).isEqualTo(new ValidationReport(JUNE_AGREEMENT, LocalDate.of(2025, 6, 26), List.of()));
    }

    @Test
    void compliantIstanbulScenario_releasesOnEveryScheduledDate() throws Exception {
        ExchangeRecord record = read(COMPLIANT);

        assertThat(record.batches()).extracting(Batch::date).containsExactly(
                LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 12),
                LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 19), LocalDate.of(2025, 6, 20),
                LocalDate.of(2025, 6, 26));
        assertThat(releasedBy(record, "RU")).isEqualTo(13);
        assertThat(releasedBy(record, "UA")).isEqualTo(13);
    }

    // ---------------------------------------------------------------- June 2, 2025: every mistake

    @Test
    void violationsScenario_reportsEachMistakeOnceAndNothingElse() throws Exception {
        ValidationReport report = VALIDATOR.validate(read(VIOLATIONS));

        assertThat(report).isEqualTo(new ValidationReport(JUNE_AGREEMENT, LocalDate.of(2025, 6, 30), List.of(
                new Violation("AGE_LIMIT", Severity.ERROR, List.of("UA-0004"), "AGE_LIMIT",
                        "AGE_LIMIT-01 released on basis YOUNG outside the age range",
                        "UA-0004, released on basis YOUNG, was 25 on the reference date 2025-06-02 (born 2000-05-30)"),
                new Violation("AGE_UNKNOWN", Severity.WARNING, List.of("UA-0005"), "AGE_LIMIT",
                        "AGE_UNKNOWN-01 released on basis YOUNG with no birth date",
                        "UA-0005, released on basis YOUNG, has no birth date: the age limit cannot be checked"),
                new Violation("ALL_FOR_ALL", Severity.ERROR, List.of("RU-0003"), "ALL_FOR_ALL",
                        "ALL_FOR_ALL-01 covered detainee never released",
                        "RU-0003 (YOUNG) was not released by 2025-06-26"),
                new Violation("ALL_FOR_ALL", Severity.ERROR, List.of("RU-0004"), "ALL_FOR_ALL",
                        "ALL_FOR_ALL-02 covered detainee released after completeBy",
                        "RU-0004 (YOUNG) was released on 2025-06-28, after the deadline 2025-06-26"),
                new Violation("CADENCE_MISSED", Severity.WARNING, List.of("2025-06-26"), "CADENCE",
                        "CADENCE_MISSED-01 scheduled date with no batch",
                        "no batch on the scheduled date 2025-06-26"),
                new Violation("CADENCE_UNSCHEDULED", Severity.WARNING, List.of("stage-7"), "CADENCE",
                        "CADENCE_UNSCHEDULED-01 batch on a date not scheduled",
                        "batch stage-7 on 2025-06-28 is not on the schedule"),
                new Violation("DUPLICATE_TRANSFER", Severity.ERROR, List.of("UA-0006"), "INTEGRITY",
                        "DUPLICATE_TRANSFER-01 detainee named in more than one transfer",
                        "UA-0006 is named in 2 transfers (batches stage-2, stage-5)"),
                new Violation("UNKNOWN_DETAINEE", Severity.ERROR, List.of("stage-2", "RU-0099"), "INTEGRITY",
                        "UNKNOWN_DETAINEE-01 transfer names no known detainee",
                        "batch stage-2 transfers RU-0099, who is not a known detainee"),
                new Violation("UNKNOWN_PARTY", Severity.ERROR, List.of("UA-0007"), "INTEGRITY",
                        "UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement",
                        "detainee UA-0007: returnTo \"UKR\" is not a party to the agreement (UA, RU)"),
                new Violation("WOUNDED_PRIORITY", Severity.WARNING, List.of("stage-1", "RU"), "WOUNDED_PRIORITY",
                        "WOUNDED_PRIORITY-01 non-priority release while priority detainees are held",
                        "in batch stage-1 (2025-06-09) RU released 1 detainee without a priority condition while"
                                + " still holding 1 priority detainee not released by then (UA-0002)"))));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void violationsScenario_keepsTheAgreementOfTheCompliantOneButItsTitleAndJudgingDate() throws Exception {
        ExchangeRecord compliant = read(COMPLIANT);
        ExchangeRecord violations = read(VIOLATIONS);

        assertThat(violations.agreement().terms()).isEqualTo(compliant.agreement().terms());
        assertThat(violations.agreement().signedOn()).isEqualTo(compliant.agreement().signedOn());
        assertThat(violations.agreement().parties()).isEqualTo(compliant.agreement().parties());
        assertThat(violations.agreement().timeZone()).isEqualTo(compliant.agreement().timeZone());
        assertThat(violations.agreement().id()).isEqualTo(compliant.agreement().id());
    }

    // ---------------------------------------------------------------- the sample

    @Test
    void sample_isTheCompliantIstanbulScenarioByteForByte() throws Exception {
        assertThat(bytes(SAMPLE)).isEqualTo(bytes(COMPLIANT));
    }

    @Test
    void sample_isCompliantWithNoViolation() throws Exception {
        ValidationReport report = VALIDATOR.validate(read(SAMPLE));

        assertThat(report.violations()).isEmpty();
        assertThat(report.isCompliant()).isTrue();
    }

    // ---------------------------------------------------------------- May 16, 2025: 1000 for 1000

    @Test
    void may1000For1000_hasNoViolationAtAll() throws Exception {
        ValidationReport report = VALIDATOR.validate(read(MAY));

        assertThat(report).isEqualTo(new ValidationReport("istanbul-2025-05-16", LocalDate.of(2025, 5, 25), List.of()));
    }

    @Test
    void may1000For1000_carriesThePublicStageSizes() throws Exception {
        ExchangeRecord record = read(MAY);
        Map<String, Detainee> detainees = byId(record);

        assertThat(record.detainees()).hasSize(2000);
        assertThat(record.batches()).extracting(Batch::id, Batch::date).containsExactly(
                tuple("stage-1", LocalDate.of(2025, 5, 23)),
                tuple("stage-2", LocalDate.of(2025, 5, 24)),
                tuple("stage-3", LocalDate.of(2025, 5, 25)));
        assertThat(record.batches()).extracting(b -> releasedBy(b, detainees, "UA"), b -> releasedBy(b, detainees, "RU"))
                .containsExactly(tuple(390L, 390L), tuple(307L, 307L), tuple(303L, 303L));
        Batch first = record.batches().get(0);
        for (String party : List.of("UA", "RU")) {
            assertThat(first.transfers().stream()
                    .filter(t -> detainees.get(t.detainee()).heldBy().equals(party))
                    .filter(t -> t.basis() == Basis.CIVILIAN && detainees.get(t.detainee()).status() == Status.CIVILIAN)
                    .count()).as("civilians released by %s on May 23", party).isEqualTo(120);
        }
        assertThat(record.batches()).flatExtracting(Batch::transfers)
                .allSatisfy(t -> assertThat(t.at()).as("handover time of %s", t.detainee()).isPresent());
    }

    // ---------------------------------------------------------------- June 2, 2025: the June-July record

    @Test
    void juneRecord_warnsOnlyOfTheDaysOffTheDailySchedule() throws Exception {
        ValidationReport report = VALIDATOR.validate(read(JUNE_RECORD));

        assertThat(report).isEqualTo(new ValidationReport(JUNE_AGREEMENT, LocalDate.of(2025, 7, 23), List.of(
                missed("2025-06-11"),
                missed("2025-06-13"),
                missed("2025-06-15"),
                missed("2025-06-16"),
                missed("2025-06-17"),
                missed("2025-06-18"),
                missed("2025-06-21"),
                missed("2025-06-22"),
                missed("2025-06-23"),
                missed("2025-06-24"),
                missed("2025-06-25"),
                unscheduled("stage-8", "2025-07-04"),
                unscheduled("stage-9", "2025-07-23"))));
        assertThat(report.isCompliant()).isTrue();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void juneRecord_carriesThePublicDatesAndFigures() throws Exception {
        ExchangeRecord record = read(JUNE_RECORD);
        Map<String, Detainee> detainees = byId(record);

        assertThat(record.batches()).extracting(Batch::date).containsExactly(
                LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 12),
                LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 19), LocalDate.of(2025, 6, 20),
                LocalDate.of(2025, 6, 26), LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 23));
        Batch last = record.batches().get(8);
        assertThat(releasedBy(last, detainees, "UA")).isEqualTo(250);
        assertThat(releasedBy(last, detainees, "RU")).isEqualTo(250);
        assertThat(record.remains()).filteredOn(r -> r.date().equals(LocalDate.of(2025, 6, 11)))
                .extracting(Remains::from, Remains::to, Remains::count)
                .containsExactlyInAnyOrder(tuple("RU", "UA", 1212), tuple("UA", "RU", 27));
        assertThat(record.remains().stream()
                .filter(r -> r.from().equals("RU") && !r.date().isAfter(LocalDate.of(2025, 6, 16)))
                .mapToInt(Remains::count).sum()).isEqualTo(6057);
    }

    // ---------------------------------------------------------------- June 2, 2025: midway

    @Test
    void midwayScenario_saysWhatIsStillOwedAsOfJune14() throws Exception {
        ValidationReport report = VALIDATOR.validate(read(MIDWAY));

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 6, 14));
        assertThat(report.violations()).extracting(Violation::toString).containsExactly(
                "ERROR PARITY [istanbul-2025-06-02]: in all batches that are not unilateral, UA released 10 detainees "
                        + "and RU released 9");
        List<String> release = new java.util.ArrayList<>();
        for (String id : List.of("UA-0010", "UA-0011", "UA-0012", "UA-0013")) {
            release.add("RELEASE [" + id + "] (owed by RU, due 2025-06-26): RU must release " + id
                    + " (YOUNG) by 2025-06-26");
        }
        for (String id : List.of("RU-0011", "RU-0012", "RU-0013", "RU-0014")) {
            release.add("RELEASE [" + id + "] (owed by UA, due 2025-06-26): UA must release " + id
                    + " (YOUNG) by 2025-06-26");
        }
        List<String> expected = new java.util.ArrayList<>();
        expected.add("BALANCE [istanbul-2025-06-02] (owed by RU, count 1): RU owes 1 release to even the balance: "
                + "so far UA released 10 detainees and RU released 9");
        expected.addAll(release);
        expected.add("REMAINS [istanbul-2025-06-02] (owed by RU, due 2025-06-16, count 4788): RU owes 4788 bodies by "
                + "2025-06-16 (1212 of the 6000 committed handed over so far)");
        for (String date : List.of("2025-06-19", "2025-06-20", "2025-06-26")) {
            expected.add("STAGE [" + date + "] (due " + date + "): a stage of the exchange is scheduled on " + date);
        }
        assertThat(report.obligations()).extracting(Object::toString).containsExactlyElementsOf(expected);
    }

    // ---------------------------------------------------------------- coverage

    @Test
    void everyBundledScenarioIsReadByATest() throws IOException {
        assertThat(SCENARIO_DIRECTORY).as("run from the rules-examples directory").isDirectory();
        Set<String> bundled;
        try (Stream<Path> files = Files.list(SCENARIO_DIRECTORY)) {
            bundled = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(bundled).as("*.json in %s", SCENARIO_DIRECTORY).isEqualTo(new TreeSet<>(TESTED));
    }

    // ---------------------------------------------------------------- helpers

    private static Violation missed(String date) {
        return new Violation("CADENCE_MISSED", Severity.WARNING, List.of(date), "CADENCE",
                "CADENCE_MISSED-01 scheduled date with no batch", "no batch on the scheduled date " + date);
    }

    private static Violation unscheduled(String batch, String date) {
        return new Violation("CADENCE_UNSCHEDULED", Severity.WARNING, List.of(batch), "CADENCE",
                "CADENCE_UNSCHEDULED-01 batch on a date not scheduled",
                "batch " + batch + " on " + date + " is not on the schedule");
    }

    private static Map<String, Detainee> byId(ExchangeRecord record) {
        return record.detainees().stream().collect(Collectors.toMap(Detainee::id, Function.identity()));
    }

    /** How many transfers of the batch release a detainee held by the party. */
    private static long releasedBy(Batch batch, Map<String, Detainee> detainees, String party) {
        return batch.transfers().stream().map(Transfer::detainee)
                .filter(id -> detainees.get(id).heldBy().equals(party)).count();
    }

    /** How many transfers of the whole record release a detainee held by the party. */
    private static long releasedBy(ExchangeRecord record, String party) {
        Map<String, Detainee> detainees = byId(record);
        return record.batches().stream().mapToLong(b -> releasedBy(b, detainees, party)).sum();
    }

    private static ExchangeRecord read(String name) throws IOException, ScenarioException {
        try (InputStream in = resource(name)) {
            return READER.read(in);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundledScenarioTests.class.getResourceAsStream("/scenarios/" + name);
        assertThat(in).as("classpath resource /scenarios/%s", name).isNotNull();
        return in;
    }
}
