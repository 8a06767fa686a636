package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Term;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.RecordTransforms;
import org.parley.rules.testkit.ReportAssert;
import org.parley.rules.testkit.Tries;

/**
 * Changes to a record that must leave its report alone, or change it only where the change
 * shows: renaming every id, moving every date, cutting a batch in two.
 */
class MetamorphicProperties {

    private static final int TRIES = 600;

    @Test
    void renamingEveryIdInOrder_renamesTheSubjectsAndMessagesAndChangesNothingElse() {
        qt().withExamples(Tries.orDefault(TRIES, 10)).forAll(ParleyGen.records(), longs().all())
                .checkAssert((record, seed) -> {
                    Map<String, String> renaming = RecordTransforms.orderPreservingRenaming(record, "id-", seed);
                    ValidationReport expected = RecordTransforms.renamed(VALIDATOR.validate(record), renaming);

                    ReportAssert.assertThat(VALIDATOR.validate(RecordTransforms.renamed(record, renaming)))
                            .describedAs("renamed by %s", renaming).isSameReportAs(expected);
                });
    }

    @Test
    void renamingEveryIdInAnyOrder_renamesTheSubjectsAndChangesNoFinding() {
        qt().withExamples(Tries.orDefault(TRIES, 10)).forAll(ParleyGen.records(), longs().all())
                .checkAssert((record, seed) -> {
                    Map<String, String> renaming = RecordTransforms.shuffledRenaming(record, "p", seed);
                    ValidationReport expected = RecordTransforms.renamed(VALIDATOR.validate(record), renaming);

                    // Messages list ids sorted, and a new order reorders them: compare the findings.
                    assertThat(findings(VALIDATOR.validate(RecordTransforms.renamed(record, renaming))))
                            .describedAs("renamed by %s", renaming).isEqualTo(findings(expected));
                });
    }

    @Test
    void shiftingEveryDateByWholeLeapCycles_shiftsTheDatesOfTheReportOnly() {
        qt().withExamples(Tries.orDefault(TRIES, 10)).forAll(ParleyGen.records(), integers().between(-12, 12))
                .checkAssert((record, cycles) -> {
                    long days = cycles * RecordTransforms.FOUR_YEARS_IN_DAYS;
                    ValidationReport expected = RecordTransforms.shifted(VALIDATOR.validate(record), days);

                    ReportAssert.assertThat(VALIDATOR.validate(RecordTransforms.shifted(record, days)))
                            .describedAs("shifted by %d days", days).isSameReportAs(expected);
                });
    }

    @Test
    void shiftingEveryDateByAnyNumberOfDays_withoutAnAgeLimit_shiftsTheDatesOfTheReportOnly() {
        // With an AGE_LIMIT, ages are counted by the calendar: a shift across a leap day can
        // change one. Without it birth dates decide nothing, and any shift must be invisible.
        qt().withExamples(Tries.orDefault(TRIES, 10)).forAll(ParleyGen.records(), integers().between(-4000, 4000))
                .checkAssert((generated, days) -> {
                    List<Term> terms = generated.agreement().terms().stream()
                            .filter(t -> !(t instanceof AgeLimitTerm)).toList();
                    ExchangeRecord record = generated.withAgreement(generated.agreement().withTerms(terms));
                    ValidationReport expected = RecordTransforms.shifted(VALIDATOR.validate(record), days);

                    ReportAssert.assertThat(VALIDATOR.validate(RecordTransforms.shifted(record, days)))
                            .describedAs("shifted by %d days", days).isSameReportAs(expected);
                });
    }

    @Test
    void splittingABatchInTwoOnTheSameDate_changesNoDateBasedResult() {
        // No assuming(): QuickTheories gives up when its first draws miss an assumption, which
        // made this property fail at random in CI. A record with no batch has nothing to split.
        qt().withExamples(Tries.orDefault(TRIES, 10)).forAll(ParleyGen.records(), longs().all())
                .checkAssert((record, seed) -> {
                    if (record.batches().isEmpty()) {
                        return;
                    }
                    java.util.Random random = new java.util.Random(seed);
                    Batch batch = record.batches().get(random.nextInt(record.batches().size()));
                    int cut = random.nextInt(batch.transfers().size() + 1);
                    ExchangeRecord split = RecordTransforms.splitBatch(record, batch.id(), "B-split", cut);
                    ValidationReport before = VALIDATOR.validate(record);
                    ValidationReport after = VALIDATOR.validate(split);
                    Map<String, LocalDate> dates = new HashMap<>();
                    split.batches().forEach(b -> dates.put(b.id(), b.date()));

                    for (String code : List.of("ALL_FOR_ALL", "AGE_LIMIT", "AGE_UNKNOWN", "CADENCE_MISSED",
                            "REMAINS_SHORTFALL", "CONSENT_DECLINED", "CONSENT_UNKNOWN", "NOT_ON_LIST", "UNKNOWN_PARTY")) {
                        assertThat(after.byCode(code)).as("%s after splitting %s after %d transfers", code,
                                batch.id(), cut).isEqualTo(before.byCode(code));
                    }
                    // Per batch and party, "still held by then" depends on the date alone.
                    assertThat(byDateAndParty(after.byCode("WOUNDED_PRIORITY"), dates))
                            .as("WOUNDED_PRIORITY by date and party").isEqualTo(byDateAndParty(
                                    before.byCode("WOUNDED_PRIORITY"), dates));
                    // Whether a batch is scheduled depends on its date alone: the new batch shares the old one's fate.
                    Set<List<String>> unscheduled = subjects(before.byCode("CADENCE_UNSCHEDULED"));
                    if (unscheduled.contains(List.of(batch.id()))) {
                        unscheduled.add(List.of("B-split"));
                    }
                    assertThat(subjects(after.byCode("CADENCE_UNSCHEDULED"))).isEqualTo(unscheduled);
                    assertThat(subjects(after.byCode("DUPLICATE_TRANSFER")))
                            .isEqualTo(subjects(before.byCode("DUPLICATE_TRANSFER")));
                    assertThat(subjects(after.byCode("PARITY")).contains(List.of(record.agreement().id())))
                            .as("PARITY in total").isEqualTo(subjects(before.byCode("PARITY"))
                                    .contains(List.of(record.agreement().id())));
                });
    }

    /** What each violation finds, without the message: code, severity, subjects, term and rule. */
    private static List<String> findings(ValidationReport report) {
        List<String> findings = new ArrayList<>();
        for (Violation v : report.violations()) {
            findings.add(v.code() + " " + v.severity() + " " + v.subjects() + " " + v.term() + " " + v.rule());
        }
        findings.sort(null);
        return findings;
    }

    private static Set<List<String>> subjects(List<Violation> violations) {
        Set<List<String>> subjects = new java.util.HashSet<>();
        violations.forEach(v -> subjects.add(v.subjects()));
        return subjects;
    }

    private static Set<String> byDateAndParty(List<Violation> violations, Map<String, LocalDate> dates) {
        Set<String> found = new TreeSet<>();
        for (Violation v : violations) {
            found.add(dates.get(v.subjects().get(0)) + " " + v.subjects().get(1) + " " + v.severity());
        }
        return found;
    }
}
