package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.rules.drools.Fixtures.RU;
import static org.parley.rules.drools.Fixtures.UA;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;

class RemainsTests {

    private static final String RULE = "REMAINS_SHORTFALL-01 fewer remains handed over than committed";
    /** RU commits to hand over 10 bodies on or before 2025-06-30. */
    private static final RemainsTerm TEN_BY_JUNE_30 = new RemainsTerm(RU, 10, date("2025-06-30"));

    private static Violation shortfall(String message) {
        return new Violation("REMAINS_SHORTFALL", Severity.WARNING, List.of("ag-1"), "REMAINS", RULE, message);
    }

    private static Remains remains(String id, String dateIso, String from, String to, int count) {
        return new Remains(id, date(dateIso), from, to, count);
    }

    private static ExchangeRecord remainsRecord(Agreement agreement, Remains... remains) {
        return ExchangeRecord.of(agreement).withRemains(List.of(remains));
    }

    @Test
    void remains_commitmentMetByCompleteBy_isCompliant() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-07-15")),
                remains("R1", "2025-06-10", RU, UA, 4), remains("R2", "2025-06-20", RU, UA, 8));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void remains_exactlyTheCommitment_isCompliant() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-06-30")),
                remains("R1", "2025-06-10", RU, UA, 4), remains("R2", "2025-06-20", RU, UA, 6));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void remains_asOfBeforeCompleteBy_isNotCheckedYet() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-06-29")),
                remains("R1", "2025-06-10", RU, UA, 4));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void remains_asOfAtCompleteBy_shortfallIsAWarning() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-06-30")),
                remains("R1", "2025-06-10", RU, UA, 4), remains("R2", "2025-06-30", RU, UA, 3));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(
                shortfall("RU handed over 7 bodies on or before 2025-06-30, short of the 10 committed"));
        assertThat(report.isCompliant()).isTrue();
    }

    @Test
    void remains_asOfAfterCompleteBy_shortfallIsAWarning() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-08-01")),
                remains("R1", "2025-06-10", RU, UA, 9));

        assertThat(validate(record).violations()).containsExactly(
                shortfall("RU handed over 9 bodies on or before 2025-06-30, short of the 10 committed"));
    }

    @Test
    void remains_defaultAsOf_isTheLatestRemainsDate() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30),
                remains("R1", "2025-06-10", RU, UA, 1), remains("R2", "2025-06-30", UA, RU, 2));

        ValidationReport report = validate(record);

        assertThat(report.asOf()).isEqualTo(date("2025-06-30"));
        assertThat(report.violations()).containsExactly(
                shortfall("RU handed over 1 body on or before 2025-06-30, short of the 10 committed"));
    }

    @Test
    void remains_noneHandedOver_isAShortfallOfTheWholeCommitment() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-07-01")));

        assertThat(validate(record).violations()).containsExactly(
                shortfall("RU handed over 0 bodies on or before 2025-06-30, short of the 10 committed"));
    }

    @Test
    void remains_afterCompleteBy_areNotCounted() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30),
                remains("R1", "2025-06-20", RU, UA, 6), remains("R2", "2025-07-01", RU, UA, 4));

        assertThat(validate(record).violations()).containsExactly(
                shortfall("RU handed over 6 bodies on or before 2025-06-30, short of the 10 committed"));
    }

    @Test
    void remains_fromTheOtherParty_areNotCounted() {
        ExchangeRecord record = remainsRecord(agreement(TEN_BY_JUNE_30).withAsOf(date("2025-06-30")),
                remains("R1", "2025-06-20", RU, UA, 6), remains("R2", "2025-06-21", UA, RU, 10));

        assertThat(validate(record).violations()).containsExactly(
                shortfall("RU handed over 6 bodies on or before 2025-06-30, short of the 10 committed"));
    }

    @Test
    void remains_zeroCommitment_isAlwaysMet() {
        ExchangeRecord record = remainsRecord(
                agreement(new RemainsTerm(RU, 0, date("2025-06-30"))).withAsOf(date("2025-07-01")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void remains_neverCountInParity() {
        Agreement agreement = agreement(TEN_BY_JUNE_30, new ParityTerm(ParityScope.TOTAL, Set.of()));
        ExchangeRecord record = record(agreement, List.of(heldByRu("UA-1"), heldByRu("UA-2"), heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER)))
                .withRemains(List.of(remains("R1", "2025-06-10", UA, RU, 1), remains("R2", "2025-06-30", RU, UA, 10)));

        assertThat(validate(record).violations()).extracting(Violation::code, Violation::message).containsExactly(
                tuple("PARITY",
                        "in all batches that are not unilateral, UA released 1 detainee and RU released 2"));
    }

    @Test
    void remains_neverCountInCadence() {
        Agreement agreement = agreement(TEN_BY_JUNE_30,
                new CadenceTerm(Schedule.daily(date("2025-06-09"), date("2025-06-10")), Severity.WARNING))
                .withAsOf(date("2025-06-30"));
        ExchangeRecord record = record(agreement, List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)))
                .withRemains(List.of(remains("R1", "2025-06-10", RU, UA, 5), remains("R2", "2025-06-12", RU, UA, 5)));

        assertThat(validate(record).violations()).extracting(Violation::code, Violation::subjects).containsExactly(
                tuple("CADENCE_MISSED", List.of("2025-06-10")));
    }

    @Test
    void remains_termNotListed_isNotChecked() {
        ExchangeRecord record = remainsRecord(agreement().withAsOf(date("2025-07-01")),
                remains("R1", "2025-06-10", RU, UA, 1));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void remains_sumsPastTheIntRange_withoutWrappingAround() {
        ExchangeRecord record = remainsRecord(agreement(new RemainsTerm(RU, 2_000_000_000, date("2025-06-30")))
                        .withAsOf(date("2025-06-30")),
                remains("R1", "2025-06-10", RU, UA, 1_500_000_000), remains("R2", "2025-06-20", RU, UA, 1_500_000_000));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void remains_largestCountsAndCommitment_areSummedExactly() {
        int max = Integer.MAX_VALUE;
        ExchangeRecord met = remainsRecord(agreement(new RemainsTerm(RU, max, date("2025-06-30")))
                        .withAsOf(date("2025-06-30")),
                remains("R1", "2025-06-10", RU, UA, max), remains("R2", "2025-06-11", RU, UA, max),
                remains("R3", "2025-06-12", RU, UA, max));
        ExchangeRecord oneShort = remainsRecord(agreement(new RemainsTerm(RU, max, date("2025-06-30")))
                        .withAsOf(date("2025-06-30")),
                remains("R1", "2025-06-10", RU, UA, max / 2), remains("R2", "2025-06-11", RU, UA, max / 2));

        assertThat(validate(met).violations()).isEmpty();
        assertThat(validate(oneShort).violations()).containsExactly(shortfall(
                "RU handed over 2147483646 bodies on or before 2025-06-30, short of the 2147483647 committed"));
    }
}
