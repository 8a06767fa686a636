package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.MatchedFact.Origin;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * {@code explain}: the facts behind each violation as data, named in the author's terms —
 * the record's facts first, then derived facts, then what the rule computed — each field
 * rendered deterministically, absent values as absent.
 */
class ExplanationTests {

    @Test
    void accumulatedValues_areNamedByTheirVariables() {
        ExchangeRecord record = record(agreement(new RemainsTerm("RU", 10, date("2025-06-30")))
                        .withAsOf(date("2025-06-30")),
                List.of(heldByRu("UA-1")))
                .withRemains(List.of(new Remains("R1", date("2025-06-11"), "RU", "UA", 3)));

        Explanation explanation = VALIDATOR.explain(record);

        Violation v = explanation.report().violations().get(0);
        assertThat(v.code()).isEqualTo("REMAINS_SHORTFALL");
        assertThat(explanation.factsOf(v)).extracting(MatchedFact::toString).containsExactly(
                "RemainsTerm[from=RU, commitment=10, completeBy=2025-06-30]",
                "ValidationContext[agreement=ag-1, signedOn=2025-06-02, asOf=2025-06-30, parties=[UA, RU]]",
                "computed[$total=3]");
        assertThat(explanation.factsOf(v)).extracting(MatchedFact::origin).containsExactly(
                Origin.RECORD, Origin.DERIVED, Origin.COMPUTED);
        assertThat(explanation.factsOf(v).get(2).fields()).containsExactly(Map.entry("$total", Optional.of("3")));
        assertThat(explanation.toString()).doesNotContain("[Ljava.lang.Object;@");
    }

    /**
     * ALL_FOR_ALL reads its term through its global, not as a matched fact: the term still
     * comes first, its set sorted; the categories the detainee falls in are in the message.
     */
    @Test
    void aTermReadThroughItsGlobal_comesFirst_andSetsAreSorted() {
        ExchangeRecord record = record(agreement(new AllForAllTerm(
                        Set.of(Category.SERIOUSLY_WOUNDED, Category.CIVILIAN), date("2025-06-20")))
                        .withAsOf(date("2025-06-20")),
                List.of(heldByRu("UA-1").withStatus(Status.CIVILIAN).withCondition(Condition.SERIOUSLY_WOUNDED)));

        Explanation explanation = VALIDATOR.explain(record);

        Violation v = explanation.report().violations().get(0);
        assertThat(v.code()).isEqualTo("ALL_FOR_ALL");
        assertThat(v.message()).isEqualTo("UA-1 (CIVILIAN, SERIOUSLY_WOUNDED) was not released by 2025-06-20");
        assertThat(explanation.factsOf(v)).extracting(MatchedFact::toString).containsExactly(
                "AllForAllTerm[categories=[CIVILIAN, SERIOUSLY_WOUNDED], completeBy=2025-06-20]",
                "ValidationContext[agreement=ag-1, signedOn=2025-06-02, asOf=2025-06-20, parties=[UA, RU]]",
                "DetaineeProfile[id=UA-1, known=true, heldBy=RU, returnTo=absent, returnsTo=UA, partiesKnown=true, "
                        + "condition=SERIOUSLY_WOUNDED, status=CIVILIAN, consent=UNKNOWN, birthDate=absent, releases=[], "
                        + "firstReleaseDate=absent, firstReleaseBatch=absent, firstReleaseBasis=absent, "
                        + "releasedUnilaterally=false, bases=[], countedBases=[], firstCountedRelease={}, listedBy=[], "
                        + "transfers=0, transferBatches=[]]");
        assertThat(explanation.factsOf(v)).extracting(MatchedFact::origin).containsExactly(
                Origin.RECORD, Origin.DERIVED, Origin.DERIVED);
    }

    @Test
    void aGroupOfHeldDetainees_showsItsCountAndFirstTenIds_notEveryProfile() {
        // A group is a view of up to every detainee of the record, and WOUNDED_PRIORITY-01 matches
        // it once per batch and party: its explanation names the sorted first ten ids and the rest
        // by number, so that an explanation of a large record is not the record many times over.
        List<Detainee> detainees = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            detainees.add(heldByRu("UA-W" + i).withCondition(Condition.SERIOUSLY_WOUNDED));
        }
        detainees.add(heldByRu("UA-H"));
        ExchangeRecord record = record(agreement(new WoundedPriorityTerm(false)), detainees,
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        Explanation explanation = VALIDATOR.explain(record);

        Violation v = explanation.report().violations().get(0);
        assertThat(v.code()).isEqualTo("WOUNDED_PRIORITY");
        List<MatchedFact> facts = explanation.factsOf(v);
        assertThat(facts).extracting(MatchedFact::toString).containsExactly(
                "WoundedPriorityTerm[strict=false]",
                "BatchTally[batch=B1, date=2025-06-09, unilateral=false, party=RU, detainees=1, healthy=1, wounded=0, "
                        + "seriouslyWounded=0, seriouslyIll=0, firstHandover=absent, detaineesByBases={[OTHER]=1}]",
                "HeldDetainees[party=RU, condition=SERIOUSLY_WOUNDED, count=12, detainees=[UA-W1, UA-W10, UA-W11, "
                        + "UA-W12, UA-W2, UA-W3, UA-W4, UA-W5, UA-W6, UA-W7, ... (2 more)]]",
                "HeldDetainees[party=RU, condition=SERIOUSLY_ILL, count=0, detainees=[]]");
        assertThat(facts.get(2).origin()).isEqualTo(Origin.DERIVED);
        assertThat(facts.get(2).field("count")).contains("12");
        assertThat(explanation.report()).isEqualTo(VALIDATOR.validate(record));
    }

    @Test
    void aTransferWithNoTime_showsItsTimeAsAbsent() {
        ExchangeRecord record = record(agreement(new SimultaneityTerm(120)),
                List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)));

        Explanation explanation = VALIDATOR.explain(record);

        Violation v = explanation.report().violations().get(0);
        assertThat(v.code()).isEqualTo("SIMULTANEITY");
        List<MatchedFact> facts = explanation.factsOf(v);
        assertThat(facts).extracting(MatchedFact::toString).containsExactly(
                "SimultaneityTerm[windowMinutes=120]",
                "BatchTally[batch=B1, date=2025-06-09, unilateral=false, party=RU, detainees=1, healthy=1, wounded=0, "
                        + "seriouslyWounded=0, seriouslyIll=0, firstHandover=absent, detaineesByBases={[OTHER]=1}]",
                "BatchTally[batch=B1, date=2025-06-09, unilateral=false, party=UA, detainees=0, healthy=0, wounded=0, "
                        + "seriouslyWounded=0, seriouslyIll=0, firstHandover=absent, detaineesByBases={}]");
        MatchedFact tally = facts.get(1);
        assertThat(tally.kind()).isEqualTo("BatchTally");
        assertThat(tally.origin()).isEqualTo(Origin.DERIVED);
        assertThat(tally.field("firstHandover")).isEmpty();
        assertThat(tally.fields()).containsEntry("firstHandover", Optional.empty()).containsKey("firstHandover");
        assertThat(tally.field("party")).contains("RU");
        assertThat(explanation.toString()).doesNotContain(Long.toString(Long.MIN_VALUE));
    }

    @Test
    void aTimedTransfer_showsItsTimeInMillisecondsSinceTheEpoch() {
        ExchangeRecord record = record(agreement(new SimultaneityTerm(120)),
                List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T09:00:00Z")));

        MatchedFact tally = VALIDATOR.explain(record).matchedFacts().values().iterator().next().get(1);

        assertThat(tally.field("firstHandover")).contains("1749459600000");
    }

    @Test
    void aProfile_showsTheReleasesItGathered() {
        ExchangeRecord record = record(agreement(AgeLimitTerm.under(25)),
                List.of(heldByRu("UA-1").withBirthDate(date("2000-05-30"))),
                batch("B1", "2025-06-09", release("UA-1", Basis.YOUNG)));

        Explanation explanation = VALIDATOR.explain(record);

        Violation v = explanation.report().violations().get(0);
        assertThat(v.code()).isEqualTo("AGE_LIMIT");
        List<MatchedFact> facts = explanation.factsOf(v);
        // The reference date is the agreement's (a global): the rule matches the profile alone.
        assertThat(facts).extracting(MatchedFact::kind).containsExactly("AgeLimitTerm", "DetaineeProfile");
        MatchedFact profile = facts.get(1);
        assertThat(profile.field("firstReleaseDate")).contains("2025-06-09");
        assertThat(profile.field("birthDate")).contains("2000-05-30");
        assertThat(profile.field("releases")).contains("[Release[batch=B1, date=2025-06-09, unilateral=false, "
                + "detainee=UA-1, party=RU, basis=YOUNG, condition=HEALTHY, atEpochMilli=absent]]");
        assertThat(explanation.toString()).doesNotContain(Long.toString(Long.MIN_VALUE));
    }

    @Test
    void theSameRecord_givesTheSameExplanation_whateverTheOrderOfTheSetsAndFacts() {
        ExchangeRecord one = record(agreement(new AllForAllTerm(
                        new java.util.LinkedHashSet<>(List.of(Category.YOUNG, Category.CIVILIAN,
                                Category.SERIOUSLY_ILL)), date("2025-06-20"))).withAsOf(date("2025-06-20")),
                List.of(heldByRu("UA-1").withStatus(Status.CIVILIAN).withCondition(Condition.SERIOUSLY_ILL)
                                .withBirthDate(date("2005-01-01")),
                        heldByRu("UA-2").withStatus(Status.CIVILIAN)));
        ExchangeRecord other = record(agreement(new AllForAllTerm(
                        new java.util.LinkedHashSet<>(List.of(Category.SERIOUSLY_ILL, Category.YOUNG,
                                Category.CIVILIAN)), date("2025-06-20"))).withAsOf(date("2025-06-20")),
                List.of(heldByRu("UA-2").withStatus(Status.CIVILIAN),
                        heldByRu("UA-1").withStatus(Status.CIVILIAN).withCondition(Condition.SERIOUSLY_ILL)
                                .withBirthDate(date("2005-01-01"))));

        Map<String, List<String>> first = byViolation(VALIDATOR.explain(one));
        Map<String, List<String>> second = byViolation(VALIDATOR.explain(other));

        assertThat(first).isEqualTo(second);
        assertThat(first.get("ALL_FOR_ALL [UA-1]")).contains(
                "AllForAllTerm[categories=[CIVILIAN, SERIOUSLY_ILL, YOUNG], completeBy=2025-06-20]");
    }

    private static Map<String, List<String>> byViolation(Explanation explanation) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        explanation.matchedFacts().forEach((v, f) -> facts.put(v.code() + " " + v.subjects(),
                f.stream().map(MatchedFact::toString).toList()));
        return facts;
    }
}
