package org.parley.rules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Severity;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;
import org.parley.rules.testkit.ReferenceOracle;

/** The fast pass gives the oracle's report, message for message, on records chosen to reach its shortcuts. */
class FastPassTests {

    private static final FastPass FAST = new FastPass();
    private static final ReferenceOracle ORACLE = new ReferenceOracle();

    private static ValidationReport sameAsOracle(ExchangeRecord record) {
        ValidationReport fast = FAST.validate(record);
        assertThat(fast).isEqualTo(ORACLE.validate(record));
        return fast;
    }

    @Test
    void benchmarkRecord_givesTheOraclesReport_withEveryCodeOfTheRecord() {
        ValidationReport fast = sameAsOracle(LargeRecords.record(3_000));

        assertThat(fast.violations()).extracting(Violation::code).containsOnly("AGE_UNKNOWN",
                "ALL_FOR_ALL", "CADENCE_MISSED", "CADENCE_UNSCHEDULED", "CONSENT_DECLINED", "CONSENT_UNKNOWN",
                "ELIGIBILITY", "NOT_ON_LIST", "PARITY", "REMAINS_SHORTFALL", "SIMULTANEITY", "WOUNDED_PRIORITY");
    }

    @Test
    void woundedPriority_countsAndListsTheFirstFiveHeldById() {
        ValidationReport fast = sameAsOracle(LargeRecords.record(3_000));

        assertThat(fast.byCode("WOUNDED_PRIORITY").get(0)).isEqualTo(new Violation("WOUNDED_PRIORITY",
                Severity.WARNING, List.of("B1", "RU"), "WOUNDED_PRIORITY",
                "WOUNDED_PRIORITY-01 non-priority release while priority detainees are held",
                "in batch B1 (2025-06-10) RU released 50 detainees without a priority condition while still holding"
                        + " 99 priority detainees not released by then (UA-100, UA-1000, UA-1040, UA-1060, UA-1100"
                        + " and 94 more)"));
    }

    private static final LocalDate SIGNED = LocalDate.of(2025, 6, 2);
    private static final Party UA = new Party("UA", "Ukraine");
    private static final Party RU = new Party("RU", "Russia");

    private static Detainee person(String id, String heldBy) {
        return Detainee.of(id, heldBy).withConsent(Consent.CONSENTED).withBirthDate(LocalDate.of(1990, 1, 1));
    }

    @Test
    void integrity_unknownIdsNamedTwice_unknownParties_andListsOfOtherCodes() {
        Agreement agreement = Agreement.of("a", SIGNED, UA, RU, new AgreedListsTerm(), new EligibilityTerm(),
                new ParityTerm(ParityScope.TOTAL, Set.of()), new SimultaneityTerm(30));
        List<Detainee> people = List.of(person("UA-1", "RU"), person("UA-2", "RU").withReturnTo("XX"),
                person("RU-1", "ZZ"), person("RU-2", "UA").withStatus(Status.MILITARY));
        Instant nine = Instant.parse("2025-06-09T09:00:00Z");
        List<Batch> batches = List.of(
                Batch.of("B1", LocalDate.of(2025, 6, 9), Transfer.of("UA-1", Basis.OTHER, nine),
                        Transfer.of("GHOST", Basis.OTHER), Transfer.of("RU-2", Basis.CIVILIAN, nine.plusSeconds(3600))),
                Batch.of("B2", LocalDate.of(2025, 6, 10), Transfer.of("GHOST", Basis.OTHER),
                        Transfer.of("UA-2", Basis.OTHER), Transfer.of("RU-1", Basis.OTHER), Transfer.of("UA-1",
                                Basis.SERIOUSLY_ILL)));
        ExchangeRecord record = new ExchangeRecord(agreement, people, batches,
                List.of(new DetaineeList("UA", List.of("UA-1")), new DetaineeList("XX", List.of("UA-2"))),
                List.of(new Remains("R1", LocalDate.of(2025, 6, 10), "RU", "QQ", 3)));

        ValidationReport fast = sameAsOracle(record);

        assertThat(fast.violations()).extracting(Violation::code, Violation::subjects).containsExactly(
                Tuple.tuple("DUPLICATE_TRANSFER", List.of("GHOST")),
                Tuple.tuple("DUPLICATE_TRANSFER", List.of("UA-1")),
                Tuple.tuple("ELIGIBILITY", List.of("RU-2")),
                Tuple.tuple("ELIGIBILITY", List.of("UA-1")),
                Tuple.tuple("NOT_ON_LIST", List.of("RU-1")),
                Tuple.tuple("NOT_ON_LIST", List.of("RU-2")),
                Tuple.tuple("PARITY", List.of("a")),
                Tuple.tuple("SIMULTANEITY", List.of("B1")),
                Tuple.tuple("SIMULTANEITY", List.of("B2")),
                Tuple.tuple("UNKNOWN_DETAINEE", List.of("B1", "GHOST")),
                Tuple.tuple("UNKNOWN_DETAINEE", List.of("B2", "GHOST")),
                Tuple.tuple("UNKNOWN_PARTY", List.of("R1")),
                Tuple.tuple("UNKNOWN_PARTY", List.of("RU-1")),
                Tuple.tuple("UNKNOWN_PARTY", List.of("UA-2")));
        assertThat(fast.byCode("DUPLICATE_TRANSFER").get(0).message())
                .isEqualTo("GHOST is named in 2 transfers (batches B1, B2)");
        assertThat(fast.byCode("NOT_ON_LIST").get(0).message()).isEqualTo("RU-1 was released on 2025-06-10 but has"
                + " no known party to return to, so no list covers them");
    }

    @Test
    void ageAtTheExchangeDate_birthAfterTheReferenceDate_andStrictPriority() {
        Agreement agreement = Agreement.of("a", SIGNED, UA, RU,
                new AllForAllTerm(EnumSet.of(Category.YOUNG, Category.CIVILIAN, Category.SERIOUSLY_ILL),
                        LocalDate.of(2025, 6, 9)),
                new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE), new ConsentTerm(true),
                new WoundedPriorityTerm(true))
                .withAsOf(LocalDate.of(2025, 6, 12));
        List<Detainee> people = List.of(
                person("UA-1", "RU").withBirthDate(LocalDate.of(2000, 6, 10)),   // 25 on its exchange date
                person("UA-2", "RU").withBirthDate(LocalDate.of(2026, 1, 1)),    // born after the reference date
                person("UA-3", "RU").withBirthDate(LocalDate.of(2004, 2, 29)).withStatus(Status.CIVILIAN)
                        .withCondition(Condition.SERIOUSLY_ILL).withConsent(Consent.UNKNOWN),
                person("RU-1", "UA").withCondition(Condition.SERIOUSLY_ILL),
                person("RU-2", "UA"));
        List<Batch> batches = List.of(
                Batch.of("B1", LocalDate.of(2025, 6, 10), Transfer.of("UA-1", Basis.YOUNG),
                        Transfer.of("UA-2", Basis.YOUNG), Transfer.of("RU-2", Basis.OTHER)),
                Batch.of("B2", LocalDate.of(2025, 6, 11), Transfer.of("UA-3", Basis.YOUNG)));
        ExchangeRecord record = new ExchangeRecord(agreement, people, batches, List.of(), List.of());

        ValidationReport fast = sameAsOracle(record);

        // UA-2 is 0 at the exchange (Period.between truncates toward zero): young, not out of range.
        assertThat(fast.violations()).extracting(Violation::code, Violation::subjects).containsExactly(
                Tuple.tuple("AGE_LIMIT", List.of("UA-1")),
                Tuple.tuple("ALL_FOR_ALL", List.of("RU-1")),
                Tuple.tuple("ALL_FOR_ALL", List.of("UA-2")),
                Tuple.tuple("ALL_FOR_ALL", List.of("UA-3")),
                Tuple.tuple("CONSENT_UNKNOWN", List.of("UA-3")),
                Tuple.tuple("WOUNDED_PRIORITY", List.of("B1", "RU")),
                Tuple.tuple("WOUNDED_PRIORITY", List.of("B1", "UA")));
        assertThat(fast.byCode("AGE_LIMIT").get(0).message()).isEqualTo("UA-1, released on basis YOUNG, was 25 on"
                + " the reference date 2025-06-10 (born 2000-06-10)");
        assertThat(fast.byCode("WOUNDED_PRIORITY").get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(fast.byCode("ALL_FOR_ALL").get(2).message())
                .isEqualTo("UA-3 (CIVILIAN, SERIOUSLY_ILL, YOUNG) was released on 2025-06-11, after the deadline"
                        + " 2025-06-09");
    }
}
