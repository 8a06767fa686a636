package org.parley.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/** The oracle on the contract's own boundaries, with exact reports. */
class ReferenceOracleTests {

    private static final ReferenceOracle ORACLE = new ReferenceOracle();
    private static final LocalDate SIGNED_ON = LocalDate.parse("2025-06-02");

    private static Agreement agreement(Term... terms) {
        return Agreement.of("ag-1", SIGNED_ON, Party.of("UA"), Party.of("RU"), terms);
    }

    private static ExchangeRecord record(Agreement agreement, List<Detainee> detainees, Batch... batches) {
        return ExchangeRecord.of(agreement).withDetainees(detainees).withBatches(List.of(batches));
    }

    private static Batch batch(String id, String date, Transfer... transfers) {
        return Batch.of(id, LocalDate.parse(date), transfers);
    }

    @Test
    void ageLimit_25thBirthdayOnTheReferenceDate_isTooOld() {
        ExchangeRecord record = record(agreement(AgeLimitTerm.under(25)),
                List.of(Detainee.of("RU-1", "UA").withBirthDate(LocalDate.parse("2000-06-02"))),
                batch("B1", "2025-06-09", Transfer.of("RU-1", Basis.YOUNG)));

        assertThat(ORACLE.validate(record).violations()).containsExactly(new Violation("AGE_LIMIT", Severity.ERROR,
                List.of("RU-1"), "AGE_LIMIT", "AGE_LIMIT-01 released on basis YOUNG outside the age range",
                "RU-1, released on basis YOUNG, was 25 on the reference date 2025-06-02 (born 2000-06-02)"));
    }

    @Test
    void allForAll_releaseOnTheDeadline_isInTime_andTheDayAfter_isLate() {
        Agreement agreement = agreement(new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED),
                LocalDate.parse("2025-06-20"))).withAsOf(LocalDate.parse("2025-06-30"));
        List<Detainee> wounded = List.of(Detainee.of("UA-1", "RU").withCondition(Condition.SERIOUSLY_WOUNDED));

        assertThat(ORACLE.validate(record(agreement, wounded,
                batch("B1", "2025-06-20", Transfer.of("UA-1", Basis.OTHER)))).violations()).isEmpty();
        assertThat(ORACLE.validate(record(agreement, wounded,
                batch("B1", "2025-06-21", Transfer.of("UA-1", Basis.OTHER)))).violations()).extracting(Violation::message)
                .containsExactly("UA-1 (SERIOUSLY_WOUNDED) was released on 2025-06-21, after the deadline 2025-06-20");
    }

    @Test
    void woundedPriority_priorityReleasedInAnotherBatchOnTheSameDate_isNotStillHeld() {
        ExchangeRecord record = record(agreement(new WoundedPriorityTerm(true)),
                List.of(Detainee.of("UA-W", "RU").withCondition(Condition.SERIOUSLY_ILL), Detainee.of("UA-H", "RU")),
                batch("B1", "2025-06-09", Transfer.of("UA-H", Basis.OTHER)),
                batch("B2", "2025-06-09", Transfer.of("UA-W", Basis.SERIOUSLY_ILL)));

        assertThat(ORACLE.validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_exactlyTheWindowApart_isAllowed_andOneSecondMore_isNot() {
        List<Detainee> people = List.of(Detainee.of("UA-1", "RU"), Detainee.of("RU-1", "UA"));
        Agreement agreement = agreement(new SimultaneityTerm(30));

        assertThat(ORACLE.validate(record(agreement, people, batch("B1", "2025-06-09",
                Transfer.of("UA-1", Basis.OTHER, Instant.parse("2025-06-09T10:00:00Z")),
                Transfer.of("RU-1", Basis.OTHER, Instant.parse("2025-06-09T10:30:00Z"))))).violations()).isEmpty();
        assertThat(ORACLE.validate(record(agreement, people, batch("B1", "2025-06-09",
                Transfer.of("UA-1", Basis.OTHER, Instant.parse("2025-06-09T10:00:00Z")),
                Transfer.of("RU-1", Basis.OTHER, Instant.parse("2025-06-09T10:30:01Z"))))).violations())
                .extracting(Violation::message).containsExactly("in batch B1 (2025-06-09) the first handovers of UA "
                        + "(2025-06-09T10:30:01Z) and RU (2025-06-09T10:00:00Z) are 30 minutes 1 second apart, "
                        + "more than the 30 minutes allowed");
    }

    @Test
    void parity_detaineeNamedTwiceInABatch_isCountedOnce() {
        ExchangeRecord record = record(agreement(new ParityTerm(ParityScope.PER_BATCH, Set.of())),
                List.of(Detainee.of("UA-1", "RU"), Detainee.of("RU-1", "UA")),
                batch("B1", "2025-06-09", Transfer.of("UA-1", Basis.OTHER), Transfer.of("UA-1", Basis.YOUNG),
                        Transfer.of("RU-1", Basis.OTHER)));

        assertThat(ORACLE.validate(record).violations()).extracting(Violation::code)
                .containsExactly("DUPLICATE_TRANSFER");
    }

    @Test
    void eligibility_twoIneligibleTransfersOfOneDetainee_areOneViolation() {
        ExchangeRecord record = record(agreement(new EligibilityTerm()), List.of(Detainee.of("UA-1", "RU")),
                batch("B1", "2025-06-09", Transfer.of("UA-1", Basis.SERIOUSLY_WOUNDED)),
                batch("B2", "2025-06-10", Transfer.of("UA-1", Basis.CIVILIAN)));

        ValidationReport report = ORACLE.validate(record);

        assertThat(report.byCode("ELIGIBILITY")).containsExactly(new Violation("ELIGIBILITY", Severity.ERROR,
                List.of("UA-1"), "ELIGIBILITY", "ELIGIBILITY-01 released as seriously wounded but not recorded so",
                "UA-1 was released in batch B1 on basis SERIOUSLY_WOUNDED but their recorded condition is HEALTHY"));
    }

    @Test
    void termsOfRuleAuthors_areLeftToTheirRules() {
        ExchangeRecord record = record(agreement(new CustomTerm("BATCH_LIMIT", Map.of("max", 1L))),
                List.of(Detainee.of("UA-1", "RU"), Detainee.of("UA-2", "RU")),
                batch("B1", "2025-06-09", Transfer.of("UA-1", Basis.OTHER), Transfer.of("UA-2", Basis.OTHER)));

        assertThat(ORACLE.validate(record).violations()).isEmpty();
    }
}
