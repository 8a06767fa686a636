package org.parley.rules.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.rules.Validator;

/** The testkit checked against its own oracle: compliant records and mutations mean what they say. */
class ReferenceOracleProperties {

    private static final Validator ORACLE = new ReferenceOracle();

    @Test
    void compliantRecords_haveNoViolationAtAll() {
        qt().withExamples(Tries.orDefault(3_000)).forAll(CompliantRecords.any())
                .checkAssert(record -> ReportAssert.assertThat(ORACLE.validate(record)).hasNoViolations());
    }

    @Test
    void eachMutator_causesExactlyTheViolationsItNames() {
        qt().withExamples(Tries.orDefault(3_000)).forAll(CompliantRecords.any(), longs().all())
                .checkAssert((record, seed) -> {
                    for (Mutator mutator : Mutators.all()) {
                        mutator.mutate(record, seed).ifPresent(m -> ReportAssert.assertThat(ORACLE.validate(m.record()))
                                .describedAs("%s", m).hasOnly(m.expected()));
                    }
                });
    }

    @Test
    void everyMutator_findsSomethingToBreak_inGeneratedRecords() {
        Set<String> applied = ConcurrentHashMap.newKeySet();
        qt().withExamples(Tries.orDefault(1_000, 10)).forAll(CompliantRecords.any(), longs().all())
                .checkAssert((record, seed) -> Mutators.all().forEach(mutator -> mutator.mutate(record, seed)
                        .ifPresent(m -> applied.add(m.mutator()))));

        org.assertj.core.api.Assertions.assertThat(applied)
                .containsExactlyInAnyOrderElementsOf(Mutators.all().stream().map(Mutator::name).toList());
    }

    @Test
    void mutations_reachEveryRule_butTheListRuleForDetaineesWithNoHomeParty() {
        // NOT_ON_LIST-02 needs a detainee held by a party not in the agreement: UNKNOWN_PARTY too.
        Set<String> rules = ConcurrentHashMap.newKeySet();
        qt().withExamples(Tries.orDefault(1_000, 10)).forAll(CompliantRecords.any(), longs().all())
                .checkAssert((record, seed) -> Mutators.all().forEach(mutator -> mutator.mutate(record, seed)
                        .ifPresent(m -> ORACLE.validate(m.record()).violations().forEach(v -> rules.add(v.rule())))));

        org.assertj.core.api.Assertions.assertThat(rules).hasSize(22)
                .doesNotContain("NOT_ON_LIST-02 released with no party to return to");
    }

    @Test
    void mutators_causeEveryCodeOfTheBuiltInTerms() {
        Set<String> codes = Mutators.all().stream().map(Mutator::code).collect(Collectors.toSet());

        org.assertj.core.api.Assertions.assertThat(codes).containsExactlyInAnyOrder("UNKNOWN_DETAINEE",
                "UNKNOWN_PARTY", "DUPLICATE_TRANSFER", "ALL_FOR_ALL", "AGE_LIMIT", "AGE_UNKNOWN", "WOUNDED_PRIORITY",
                "CADENCE_MISSED", "CADENCE_UNSCHEDULED", "PARITY", "SIMULTANEITY", "NOT_ON_LIST", "CONSENT_DECLINED",
                "CONSENT_UNKNOWN", "ELIGIBILITY", "REMAINS_SHORTFALL");
    }

    @Test
    void generatedRecords_reachEveryRuleOfTheOracle() {
        Set<String> rules = ConcurrentHashMap.newKeySet();
        qt().withExamples(Tries.orDefault(1_000, 10)).forAll(ParleyGen.records())
                .checkAssert(record -> ORACLE.validate(record).violations().forEach(v -> rules.add(v.rule())));

        org.assertj.core.api.Assertions.assertThat(rules).hasSize(23);
    }
}
