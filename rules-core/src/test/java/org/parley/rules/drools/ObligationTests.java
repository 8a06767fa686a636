package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.RU;
import static org.parley.rules.drools.Fixtures.UA;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.Obligation;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.WoundedPriorityTerm;

class ObligationTests {

    private static final String RELEASE_RULE = "ALL_FOR_ALL-03 covered detainee still to be released";
    private static final String PRIORITY_RULE = "WOUNDED_PRIORITY-02 priority detainee still held";
    private static final String STAGE_RULE = "CADENCE-01 scheduled date still ahead";
    private static final String REMAINS_RULE = "REMAINS-01 remains still owed";
    private static final String BALANCE_RULE = "PARITY-03 running balance of releases";
    private static final AllForAllTerm WOUNDED_BY_JUNE_20 =
            new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED, Category.YOUNG), date("2025-06-20"));

    private static Obligation owedRelease(String id, String party, String message) {
        return new Obligation("RELEASE", "ALL_FOR_ALL", Optional.of(party), List.of(id),
                Optional.of(date("2025-06-20")), OptionalLong.empty(), RELEASE_RULE, message);
    }

    @Test
    void allForAll_beforeCompleteBy_owesEachCoveredDetaineeNotYetReleased_sortedByParty() {
        ExchangeRecord record = record(agreement(WOUNDED_BY_JUNE_20, AgeLimitTerm.under(25)).withAsOf(date("2025-06-10")),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)
                                .withBirthDate(date("2003-01-01")),
                        heldByUa("RU-1").withBirthDate(date("2004-01-01")),
                        heldByUa("RU-2").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByUa("RU-3").withCondition(Condition.SERIOUSLY_WOUNDED).withConsent(Consent.DECLINED),
                        heldByUa("RU-4")),
                batch("B1", "2025-06-09", release("RU-2", Basis.SERIOUSLY_WOUNDED)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).isEmpty();
        assertThat(report.obligations()).containsExactly(
                owedRelease("UA-1", RU, "RU must release UA-1 (SERIOUSLY_WOUNDED, YOUNG) by 2025-06-20"),
                owedRelease("RU-1", UA, "UA must release RU-1 (YOUNG) by 2025-06-20"));
    }

    @Test
    void allForAll_releasedAfterAsOf_isStillOwedAsOfAsOf() {
        ExchangeRecord record = record(agreement(WOUNDED_BY_JUNE_20).withAsOf(date("2025-06-10")),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)),
                batch("B1", "2025-06-12", release("UA-1", Basis.SERIOUSLY_WOUNDED)));

        assertThat(validate(record).obligations()).containsExactly(
                owedRelease("UA-1", RU, "RU must release UA-1 (SERIOUSLY_WOUNDED) by 2025-06-20"));
    }

    @Test
    void allForAll_onCompleteBy_theViolationSpeaksAndNoObligationIsLeft() {
        ExchangeRecord record = record(agreement(WOUNDED_BY_JUNE_20).withAsOf(date("2025-06-20")),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)));

        ValidationReport report = validate(record);

        assertThat(report.obligations()).isEmpty();
        assertThat(report.violations()).extracting(v -> v.code() + " " + v.subjects())
                .containsExactly("ALL_FOR_ALL [UA-1]");
    }

    @Test
    void woundedPriority_owesEachPriorityDetaineeStillHeld_withNoDueDate() {
        ExchangeRecord record = record(agreement(new WoundedPriorityTerm(false)).withAsOf(date("2025-06-10")),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_ILL),
                        heldByUa("RU-1").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByUa("RU-2").withCondition(Condition.SERIOUSLY_WOUNDED).withConsent(Consent.DECLINED),
                        heldByUa("RU-3").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByUa("RU-4").withCondition(Condition.WOUNDED)),
                batch("B1", "2025-06-09", release("RU-3", Basis.SERIOUSLY_WOUNDED)));

        assertThat(validate(record).obligations()).containsExactly(
                new Obligation("PRIORITY_RELEASE", "WOUNDED_PRIORITY", Optional.of(RU), List.of("UA-1"),
                        Optional.empty(), OptionalLong.empty(), PRIORITY_RULE,
                        "RU still holds UA-1 (SERIOUSLY_ILL), to be released before anyone without a priority "
                                + "condition"),
                new Obligation("PRIORITY_RELEASE", "WOUNDED_PRIORITY", Optional.of(UA), List.of("RU-1"),
                        Optional.empty(), OptionalLong.empty(), PRIORITY_RULE,
                        "UA still holds RU-1 (SERIOUSLY_WOUNDED), to be released before anyone without a priority "
                                + "condition"));
    }

    @Test
    void cadence_owesEveryScheduledDateAfterAsOf_asAStageOfBothParties() {
        CadenceTerm cadence = new CadenceTerm(Schedule.daily(date("2025-06-09"), date("2025-06-12")), Severity.WARNING);
        ExchangeRecord record = record(agreement(cadence).withAsOf(date("2025-06-10")),
                List.of(heldByRu("UA-1"), heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.obligations()).containsExactly(stage("2025-06-11"), stage("2025-06-12"));
        assertThat(report.violations()).extracting(v -> v.code() + " " + v.subjects())
                .containsExactly("CADENCE_MISSED [2025-06-10]");
    }

    private static Obligation stage(String date) {
        return new Obligation("STAGE", "CADENCE", Optional.empty(), List.of(date), Optional.of(date(date)),
                OptionalLong.empty(), STAGE_RULE, "a stage of the exchange is scheduled on " + date);
    }

    @Test
    void remains_beforeCompleteBy_owesTheDifferenceHandedOverByAsOf() {
        ExchangeRecord record = ExchangeRecord.of(agreement(new RemainsTerm(RU, 10, date("2025-06-30")))
                        .withAsOf(date("2025-06-15")))
                .withRemains(List.of(new Remains("R1", date("2025-06-10"), RU, UA, 3),
                        new Remains("R2", date("2025-06-12"), UA, RU, 5),
                        new Remains("R3", date("2025-06-20"), RU, UA, 7)));

        assertThat(validate(record).obligations()).containsExactly(
                new Obligation("REMAINS", "REMAINS", Optional.of(RU), List.of("ag-1"), Optional.of(date("2025-06-30")),
                        OptionalLong.of(7), REMAINS_RULE,
                        "RU owes 7 bodies by 2025-06-30 (3 of the 10 committed handed over so far)"));
    }

    @Test
    void remains_noneHandedOver_owesTheWholeCommitment_andNothingOnceMet() {
        RemainsTerm one = new RemainsTerm(RU, 1, date("2025-06-30"));
        ExchangeRecord none = ExchangeRecord.of(agreement(one).withAsOf(date("2025-06-15")));
        ExchangeRecord met = none.withRemains(List.of(new Remains("R1", date("2025-06-10"), RU, UA, 1)));

        assertThat(validate(none).obligations()).extracting(Obligation::message, Obligation::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "RU owes 1 body by 2025-06-30 (0 of the 1 committed handed over so far)", OptionalLong.of(1)));
        assertThat(validate(met).obligations()).isEmpty();
        assertThat(validate(none.withAgreement(none.agreement().withAsOf(date("2025-06-30")))).obligations())
                .as("on completeBy the shortfall is a violation").isEmpty();
    }

    @Test
    void parityTotal_owesTheDifferenceToThePartyThatReleasedFewer_countingOnlyBatchesByAsOf() {
        ParityTerm total = new ParityTerm(ParityScope.TOTAL, Set.of(Basis.SERIOUSLY_WOUNDED));
        ExchangeRecord record = record(agreement(total).withAsOf(date("2025-06-10")),
                List.of(heldByUa("RU-1"), heldByUa("RU-2"), heldByUa("RU-3"), heldByUa("RU-4"),
                        heldByRu("UA-1"), heldByRu("UA-2"), heldByRu("UA-3")),
                batch("B1", "2025-06-09", release("RU-1", Basis.OTHER), release("RU-2", Basis.OTHER),
                        release("RU-3", Basis.OTHER), release("UA-1", Basis.OTHER),
                        release("UA-3", Basis.SERIOUSLY_WOUNDED)),
                new Batch("B2", date("2025-06-10"), true, List.of(release("UA-2", Basis.OTHER))),
                batch("B3", "2025-06-11", release("RU-4", Basis.OTHER)));

        assertThat(validate(record).obligations()).containsExactly(
                new Obligation("BALANCE", "PARITY", Optional.of(RU), List.of("ag-1"), Optional.empty(),
                        OptionalLong.of(2), BALANCE_RULE, "RU owes 2 releases to even the balance: so far UA released "
                        + "3 detainees and RU released 1 (not counting SERIOUSLY_WOUNDED)"));
    }

    @Test
    void parityTotal_balanced_owesNothing_andPerBatchParityHasNoBalance() {
        List<org.parley.rules.model.Detainee> two = List.of(heldByUa("RU-1"), heldByRu("UA-1"));
        Batch even = batch("B1", "2025-06-09", release("RU-1", Basis.OTHER), release("UA-1", Basis.OTHER));
        Batch odd = batch("B1", "2025-06-09", release("RU-1", Basis.OTHER));

        assertThat(validate(record(agreement(new ParityTerm(ParityScope.TOTAL, Set.of())), two, even))
                .obligations()).isEmpty();
        assertThat(validate(record(agreement(new ParityTerm(ParityScope.PER_BATCH, Set.of())), two, odd))
                .obligations()).isEmpty();
    }

    @Test
    void session_reportsObligationsAsTheyAreMet() {
        LocalDate asOf = date("2025-06-10");
        try (ValidationSession session = VALIDATOR.openSession(agreement(WOUNDED_BY_JUNE_20,
                new WoundedPriorityTerm(false)).withAsOf(asOf))) {
            session.add(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED));

            assertThat(session.report().obligations()).extracting(Obligation::kind, Obligation::subjects)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PRIORITY_RELEASE", List.of("UA-1")),
                            org.assertj.core.groups.Tuple.tuple("RELEASE", List.of("UA-1")));

            session.add(batch("B1", "2025-06-09", release("UA-1", Basis.SERIOUSLY_WOUNDED)));

            assertThat(session.report().obligations()).isEmpty();

            session.judgeAt(date("2025-06-08"));

            assertThat(session.report().obligations()).extracting(Obligation::kind)
                    .containsExactly("PRIORITY_RELEASE", "RELEASE");
        }
    }
}
