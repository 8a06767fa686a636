package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;
import static org.parley.rules.drools.Fixtures.violations;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Status;

class ParityTests {

    private static final String PER_BATCH_RULE = "PARITY-01 parties released different numbers in a batch";
    private static final String TOTAL_RULE = "PARITY-02 parties released different numbers in total";
    private static final ParityTerm PER_BATCH = new ParityTerm(ParityScope.PER_BATCH, Set.of());
    private static final ParityTerm TOTAL = new ParityTerm(ParityScope.TOTAL, Set.of());

    /** UA-n are held by RU (so released by RU), RU-n are held by UA (so released by UA). */
    private static final List<Detainee> PEOPLE = List.of(heldByRu("UA-1"), heldByRu("UA-2"), heldByRu("UA-3"),
            heldByUa("RU-1"), heldByUa("RU-2"), heldByUa("RU-3"));

    private static Violation perBatch(String batch, String message) {
        return new Violation("PARITY", Severity.ERROR, List.of(batch), "PARITY", PER_BATCH_RULE, message);
    }

    private static Violation total(String message) {
        return new Violation("PARITY", Severity.ERROR, List.of("ag-1"), "PARITY", TOTAL_RULE, message);
    }

    @Test
    void parity_perBatch_equalCounts_isCompliant() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.YOUNG),
                        release("RU-1", Basis.OTHER), release("RU-2", Basis.OTHER)),
                batch("B2", "2025-06-10", release("RU-3", Basis.OTHER), release("UA-3", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_perBatch_differentCounts_isAnErrorNamingTheBatchAndBothCounts() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER),
                        release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-3", Basis.OTHER), release("RU-2", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(
                perBatch("B1", "in batch B1 (2025-06-09) UA released 1 detainee and RU released 2"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void parity_perBatch_eachBatchIsJudgedOnItsOwn() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER),
                        release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-3", Basis.OTHER), release("RU-2", Basis.OTHER),
                        release("RU-3", Basis.OTHER)));

        assertThat(violations(record, "PARITY")).containsExactly(
                perBatch("B1", "in batch B1 (2025-06-09) UA released 1 detainee and RU released 2"),
                perBatch("B2", "in batch B2 (2025-06-10) UA released 2 detainees and RU released 1"));
    }

    @Test
    void parity_perBatch_onePartyReleasingNobody_countsZero() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("RU-1", Basis.OTHER), release("RU-2", Basis.OTHER)));

        assertThat(violations(record, "PARITY")).containsExactly(
                perBatch("B1", "in batch B1 (2025-06-09) UA released 2 detainees and RU released 0"));
    }

    @Test
    void parity_perBatch_exemptBasisNotCounted() {
        ParityTerm exemptWounded = new ParityTerm(ParityScope.PER_BATCH, Set.of(Basis.SERIOUSLY_WOUNDED));
        ExchangeRecord record = record(agreement(exemptWounded),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-1"),
                        heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-W", Basis.SERIOUSLY_WOUNDED), release("UA-1", Basis.OTHER),
                        release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_perBatch_exemptBases_areNamedInTheMessage() {
        ParityTerm exempt = new ParityTerm(ParityScope.PER_BATCH, Set.of(Basis.SERIOUSLY_WOUNDED, Basis.SERIOUSLY_ILL));
        ExchangeRecord record = record(agreement(exempt),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-S").withCondition(Condition.SERIOUSLY_ILL), heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-W", Basis.SERIOUSLY_WOUNDED),
                        release("UA-S", Basis.SERIOUSLY_ILL), release("RU-1", Basis.OTHER)));

        assertThat(violations(record, "PARITY")).containsExactly(perBatch("B1",
                "in batch B1 (2025-06-09) UA released 1 detainee and RU released 0 "
                        + "(not counting SERIOUSLY_ILL, SERIOUSLY_WOUNDED)"));
    }

    @Test
    void parity_perBatch_unilateralBatchNotCounted() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER))
                        .asUnilateral(),
                batch("B2", "2025-06-10", release("UA-3", Basis.OTHER), release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_perBatch_detaineeNamedTwiceInABatch_isCountedOnce() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-1", Basis.YOUNG),
                        release("RU-1", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("PARITY")).isEmpty();
        assertThat(report.violations()).extracting(Violation::code).containsExactly("DUPLICATE_TRANSFER");
    }

    @Test
    void parity_perBatch_unknownDetaineesAndDetaineesOfUnknownParties_areNotCounted() {
        ExchangeRecord record = record(agreement(PER_BATCH),
                List.of(heldByRu("UA-1"), heldByUa("RU-1"), Detainee.of("XX-1", "XX"), Detainee.of("XX-2", "XX")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER),
                        release("XX-1", Basis.OTHER), release("XX-2", Basis.OTHER), release("GHOST", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("PARITY")).isEmpty();
        assertThat(report.violations()).extracting(Violation::code)
                .containsExactly("UNKNOWN_DETAINEE", "UNKNOWN_PARTY", "UNKNOWN_PARTY");
    }

    @Test
    void parity_perBatch_doesNotCompareTotals() {
        ExchangeRecord record = record(agreement(PER_BATCH), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER), release("UA-3", Basis.OTHER))
                        .asUnilateral());

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_total_equalTotals_isCompliantEvenWhenBatchesDiffer() {
        ExchangeRecord record = record(agreement(TOTAL), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER),
                        release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("RU-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_total_differentTotals_isAnErrorNamingTheAgreement() {
        ExchangeRecord record = record(agreement(TOTAL), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER), release("UA-3", Basis.OTHER),
                        release("RU-2", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(
                total("in all batches that are not unilateral, UA released 2 detainees and RU released 3"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void parity_total_exemptBasisNotCounted() {
        ParityTerm exemptCivilians = new ParityTerm(ParityScope.TOTAL, Set.of(Basis.CIVILIAN));
        ExchangeRecord record = record(agreement(exemptCivilians),
                List.of(heldByRu("UA-C1").withStatus(Status.CIVILIAN),
                        heldByRu("UA-C2").withStatus(Status.CIVILIAN),
                        heldByRu("UA-1"), heldByUa("RU-1"), heldByUa("RU-2")),
                batch("B1", "2025-06-09", release("UA-C1", Basis.CIVILIAN), release("UA-1", Basis.OTHER),
                        release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-C2", Basis.CIVILIAN), release("RU-2", Basis.OTHER)));

        assertThat(violations(record, "PARITY")).containsExactly(total(
                "in all batches that are not unilateral, UA released 2 detainees and RU released 1 "
                        + "(not counting CIVILIAN)"));
    }

    @Test
    void parity_total_unilateralBatchNotCounted() {
        ExchangeRecord record = record(agreement(TOTAL), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER), release("UA-3", Basis.OTHER))
                        .asUnilateral());

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_total_detaineeNamedInTwoBatches_isCountedOnce() {
        ExchangeRecord record = record(agreement(TOTAL), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-1", Basis.OTHER), release("RU-2", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("PARITY")).containsExactly(
                total("in all batches that are not unilateral, UA released 2 detainees and RU released 1"));
        assertThat(report.byCode("DUPLICATE_TRANSFER")).extracting(Violation::subjects)
                .containsExactly(List.of("UA-1"));
    }

    @Test
    void parity_total_unknownDetaineesAndDetaineesOfUnknownParties_areNotCounted() {
        ExchangeRecord record = record(agreement(TOTAL),
                List.of(heldByRu("UA-1"), heldByUa("RU-1"), Detainee.of("XX-1", "XX")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("XX-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("RU-1", Basis.OTHER), release("GHOST", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("PARITY")).isEmpty();
        assertThat(report.violations()).extracting(Violation::code)
                .containsExactly("UNKNOWN_DETAINEE", "UNKNOWN_PARTY");
    }

    @Test
    void parity_total_noBatches_isCompliant() {
        ExchangeRecord record = record(agreement(TOTAL), PEOPLE);

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void parity_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
