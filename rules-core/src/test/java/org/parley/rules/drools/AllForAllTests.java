package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
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
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Status;

class AllForAllTests {

    private static final String NEVER = "ALL_FOR_ALL-01 covered detainee never released";
    private static final String LATE = "ALL_FOR_ALL-02 covered detainee released after completeBy";
    private static final AllForAllTerm WOUNDED_SICK_YOUNG = new AllForAllTerm(
            Set.of(Category.SERIOUSLY_WOUNDED, Category.SERIOUSLY_ILL, Category.YOUNG), date("2025-06-20"));
    private static final AgeLimitTerm UNDER_25 = AgeLimitTerm.under(25);

    private static Agreement judgedAt(String asOf) {
        return agreement(WOUNDED_SICK_YOUNG, UNDER_25).withAsOf(date(asOf));
    }

    private static Violation neverReleased(String id, String categories) {
        return new Violation("ALL_FOR_ALL", Severity.ERROR, List.of(id), "ALL_FOR_ALL", NEVER,
                id + " (" + categories + ") was not released by 2025-06-20");
    }

    @Test
    void allForAll_everyCoveredDetaineeReleasedInTime_isCompliant() {
        ExchangeRecord record = record(judgedAt("2025-06-30"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByUa("RU-1").withBirthDate(date("2003-01-01")),
                        heldByUa("RU-2")),
                batch("B1", "2025-06-09", release("UA-1", Basis.SERIOUSLY_WOUNDED)),
                batch("B2", "2025-06-20", release("RU-1", Basis.YOUNG)));

        assertThat(violations(record, "ALL_FOR_ALL")).isEmpty();
    }

    @Test
    void allForAll_coveredDetaineeNeverReleased_isReported() {
        ExchangeRecord record = record(judgedAt("2025-06-20"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_ILL)));

        assertThat(violations(record, "ALL_FOR_ALL")).containsExactly(neverReleased("UA-1", "SERIOUSLY_ILL"));
    }

    @Test
    void allForAll_coveredDetaineeReleasedAfterCompleteBy_isReportedWithTheDate() {
        ExchangeRecord record = record(judgedAt("2025-06-30"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)),
                batch("B7", "2025-06-26", release("UA-1", Basis.SERIOUSLY_WOUNDED)));

        assertThat(violations(record, "ALL_FOR_ALL")).containsExactly(new Violation("ALL_FOR_ALL", Severity.ERROR,
                List.of("UA-1"), "ALL_FOR_ALL", LATE,
                "UA-1 (SERIOUSLY_WOUNDED) was released on 2025-06-26, after the deadline 2025-06-20"));
    }

    @Test
    void allForAll_asOfBeforeCompleteBy_isNotCheckedYet() {
        ExchangeRecord record = record(judgedAt("2025-06-19"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)));

        assertThat(violations(record, "ALL_FOR_ALL")).isEmpty();
    }

    @Test
    void allForAll_asOfOnCompleteBy_isChecked() {
        ExchangeRecord record = record(judgedAt("2025-06-20"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)));

        assertThat(violations(record, "ALL_FOR_ALL")).containsExactly(neverReleased("UA-1", "SERIOUSLY_WOUNDED"));
    }

    @Test
    void allForAll_asOfDefaultsToTheLatestBatchDate() {
        Agreement noAsOf = agreement(WOUNDED_SICK_YOUNG, UNDER_25);
        Detainee wounded = heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED);

        assertThat(violations(record(noAsOf, List.of(wounded, heldByUa("RU-1")),
                batch("B1", "2025-06-19", release("RU-1", Basis.OTHER))), "ALL_FOR_ALL")).isEmpty();
        assertThat(violations(record(noAsOf, List.of(wounded, heldByUa("RU-1")),
                batch("B1", "2025-06-20", release("RU-1", Basis.OTHER))), "ALL_FOR_ALL"))
                .containsExactly(neverReleased("UA-1", "SERIOUSLY_WOUNDED"));
    }

    @Test
    void allForAll_declinedConsent_isNotOwedARelease() {
        ExchangeRecord record = record(judgedAt("2025-06-30"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED).withConsent(Consent.DECLINED)));

        assertThat(violations(record, "ALL_FOR_ALL")).isEmpty();
    }

    @Test
    void allForAll_detaineeInSeveralCategories_isReportedOnceNamingThemAll() {
        ExchangeRecord record = record(judgedAt("2025-06-30"),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_ILL).withBirthDate(date("2004-01-01"))));

        assertThat(violations(record, "ALL_FOR_ALL"))
                .containsExactly(neverReleased("UA-1", "SERIOUSLY_ILL, YOUNG"));
    }

    @Test
    void allForAll_youngIsDefinedByTheAgeLimitTerm() {
        Agreement agreement = agreement(WOUNDED_SICK_YOUNG, new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE))
                .withAsOf(date("2025-06-30"));
        ExchangeRecord record = record(agreement, List.of(
                heldByRu("UA-24").withBirthDate(date("2000-06-03")),
                heldByRu("UA-25").withBirthDate(date("2000-06-02")),
                heldByRu("UA-17").withBirthDate(date("2007-06-03")),
                heldByRu("UA-NONE")));

        assertThat(violations(record, "ALL_FOR_ALL")).containsExactly(neverReleased("UA-24", "YOUNG"));
    }

    @Test
    void allForAll_youngWithoutAnAgeLimitTerm_coversNobody() {
        Agreement agreement = agreement(WOUNDED_SICK_YOUNG).withAsOf(date("2025-06-30"));
        ExchangeRecord record = record(agreement, List.of(heldByRu("UA-1").withBirthDate(date("2005-01-01"))));

        assertThat(violations(record, "ALL_FOR_ALL")).isEmpty();
    }

    @Test
    void allForAll_civilianCategory_coversByStatus() {
        Agreement agreement = agreement(new AllForAllTerm(Set.of(Category.CIVILIAN), date("2025-06-20")))
                .withAsOf(date("2025-06-20"));
        ExchangeRecord record = record(agreement, List.of(heldByRu("UA-C").withStatus(Status.CIVILIAN),
                heldByRu("UA-M").withCondition(Condition.SERIOUSLY_WOUNDED)));

        assertThat(violations(record, "ALL_FOR_ALL")).containsExactly(neverReleased("UA-C", "CIVILIAN"));
    }

    @Test
    void allForAll_uncoveredDetainee_isNotOwedARelease() {
        ExchangeRecord record = record(judgedAt("2025-06-30"),
                List.of(heldByRu("UA-1").withCondition(Condition.WOUNDED).withBirthDate(date("1980-01-01"))));

        assertThat(violations(record, "ALL_FOR_ALL")).isEmpty();
    }

    @Test
    void allForAll_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(UNDER_25).withAsOf(date("2025-06-30")),
                List.of(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED)));

        assertThat(violations(record, "ALL_FOR_ALL")).isEmpty();
    }

    /**
     * all-for-all.drl names each category in mayBeCovered and isCovered (restricted mode has no
     * loops): a term of any one category reports a detainee of that category never released,
     * and no other. A category added to the enum fails here until the rule file names it.
     */
    @Test
    void allForAll_eachCategoryAlone_coversItsDetaineesOnly() {
        for (Category category : Category.values()) {
            Detainee covered = switch (category) {
                case YOUNG -> heldByRu("UA-1").withBirthDate(date("2003-01-01"));
                case SERIOUSLY_WOUNDED -> heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED);
                case SERIOUSLY_ILL -> heldByRu("UA-1").withCondition(Condition.SERIOUSLY_ILL);
                case CIVILIAN -> heldByRu("UA-1").withStatus(Status.CIVILIAN);
            };
            Agreement agreement = agreement(new AllForAllTerm(Set.of(category), date("2025-06-20")), UNDER_25)
                    .withAsOf(date("2025-06-30"));
            ExchangeRecord record = record(agreement, List.of(covered, heldByUa("RU-1")));

            assertThat(violations(record, "ALL_FOR_ALL")).as(category.name())
                    .containsExactly(neverReleased("UA-1", category.name()));
        }
    }

    /**
     * A YOUNG detainee not released is judged by its age at the reference date: the agreement's
     * date (read before any join, from the agreement) or, at the exchange date, asOf (decided in
     * the join with the context). Signed 2025-06-02, judged at 2025-06-30: born 2000-06-20, the
     * detainee is 24 on the agreement's date and 25 at asOf.
     */
    @Test
    void allForAll_youngNotReleased_isJudgedByTheAgeAtItsReferenceDate() {
        Detainee turning25 = heldByRu("UA-1").withBirthDate(date("2000-06-20"));
        AllForAllTerm young = new AllForAllTerm(Set.of(Category.YOUNG), date("2025-06-20"));

        ExchangeRecord atSigning = record(agreement(young, new AgeLimitTerm(0, 25, ReferenceDate.AGREEMENT_DATE))
                .withAsOf(date("2025-06-30")), List.of(turning25));
        ExchangeRecord atExchange = record(agreement(young, new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE))
                .withAsOf(date("2025-06-30")), List.of(turning25));
        ExchangeRecord atExchangeEarlier = record(agreement(young, new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE))
                .withAsOf(date("2025-06-19")), List.of(turning25));

        assertThat(violations(atSigning, "ALL_FOR_ALL")).containsExactly(neverReleased("UA-1", "YOUNG"));
        assertThat(violations(atExchange, "ALL_FOR_ALL")).isEmpty();
        assertThat(violations(atExchangeEarlier, "ALL_FOR_ALL")).isEmpty();
        assertThat(validate(atExchangeEarlier).obligations()).extracting(o -> o.message())
                .containsExactly("RU must release UA-1 (YOUNG) by 2025-06-20");
    }
}
