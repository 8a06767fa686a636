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
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.WoundedPriorityTerm;

class WoundedPriorityTests {

    private static final String RULE = "WOUNDED_PRIORITY-01 non-priority release while priority detainees are held";
    private static final WoundedPriorityTerm LENIENT = new WoundedPriorityTerm(false);

    private static Violation priority(Severity severity, String batch, String party, String message) {
        return new Violation("WOUNDED_PRIORITY", severity, List.of(batch, party), "WOUNDED_PRIORITY", RULE, message);
    }

    @Test
    void woundedPriority_priorityReleasedFirst_isCompliant() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-W", Basis.SERIOUSLY_WOUNDED)),
                batch("B2", "2025-06-10", release("UA-H", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void woundedPriority_priorityReleasedInTheSameBatch_isCompliant() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_ILL), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER), release("UA-W", Basis.SERIOUSLY_ILL)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void woundedPriority_priorityReleasedInAnotherBatchOnTheSameDate_isCompliant() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_ILL), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)),
                batch("B2", "2025-06-09", release("UA-W", Basis.SERIOUSLY_ILL)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void woundedPriority_healthyReleasedWhilePriorityHeld_isAWarningPerBatchAndParty() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-S").withCondition(Condition.SERIOUSLY_ILL),
                        heldByRu("UA-H1"), heldByRu("UA-H2").withCondition(Condition.WOUNDED),
                        heldByUa("RU-H")),
                batch("B1", "2025-06-09", release("UA-H1", Basis.OTHER), release("UA-H2", Basis.OTHER),
                        release("RU-H", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-W", Basis.SERIOUSLY_WOUNDED)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("WOUNDED_PRIORITY")).containsExactly(priority(Severity.WARNING, "B1", "RU",
                "in batch B1 (2025-06-09) RU released 2 detainees without a priority condition while still "
                        + "holding 2 priority detainees not released by then (UA-S, UA-W)"));
        assertThat(report.isCompliant()).isTrue();
    }

    @Test
    void woundedPriority_strict_isAnError() {
        ExchangeRecord record = record(agreement(new WoundedPriorityTerm(true)),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("WOUNDED_PRIORITY")).containsExactly(priority(Severity.ERROR, "B1", "RU",
                "in batch B1 (2025-06-09) RU released 1 detainee without a priority condition while still "
                        + "holding 1 priority detainee not released by then (UA-W)"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void woundedPriority_priorityDetaineeWhoDeclined_doesNotBlock() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED).withConsent(Consent.DECLINED),
                        heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void woundedPriority_otherPartysPriorityDetainees_doNotBlock() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByUa("RU-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void woundedPriority_eachBatchIsJudgedAtItsOwnDate() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-H1"),
                        heldByRu("UA-H2")),
                batch("B1", "2025-06-09", release("UA-H1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-W", Basis.SERIOUSLY_WOUNDED)),
                batch("B3", "2025-06-11", release("UA-H2", Basis.OTHER)));

        assertThat(violations(record, "WOUNDED_PRIORITY")).extracting(Violation::subjects)
                .containsExactly(List.of("B1", "RU"));
    }

    @Test
    void woundedPriority_manyPendingAreListedUpToFive() {
        ExchangeRecord record = record(agreement(new WoundedPriorityTerm(true)),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-2").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-3").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-4").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-5").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-6").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-7").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        assertThat(violations(record, "WOUNDED_PRIORITY")).extracting(Violation::message).containsExactly(
                "in batch B1 (2025-06-09) RU released 1 detainee without a priority condition while still holding "
                        + "7 priority detainees not released by then (UA-1, UA-2, UA-3, UA-4, UA-5 and 2 more)");
    }

    @Test
    void woundedPriority_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
