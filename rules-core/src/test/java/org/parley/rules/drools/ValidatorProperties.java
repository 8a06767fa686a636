package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.drools.internal.RuleBase;
import org.parley.rules.drools.internal.RuleFileChecker;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.RecordTransforms;
import org.parley.rules.testkit.Tries;

class ValidatorProperties {

    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    @Test
    void report_doesNotDependOnTheOrderOfTheFacts() {
        qt().withExamples(Tries.orDefault(600, 10)).forAll(ParleyGen.records(), longs().all())
                .checkAssert((record, seed) -> assertThat(VALIDATOR.validate(RecordTransforms.shuffled(record, seed)))
                        .isEqualTo(VALIDATOR.validate(record)));
    }

    @Test
    void validatingTheSameRecordTwice_givesEqualReports() {
        qt().withExamples(Tries.orDefault(300, 10)).forAll(ParleyGen.records())
                .checkAssert(record -> assertThat(VALIDATOR.validate(record)).isEqualTo(VALIDATOR.validate(record)));
    }

    @Test
    void generatedRecords_exerciseEveryRule() {
        // Guards the properties above against passing on records where nothing fires: every rule that
        // reports, violations and obligations alike, reports on some generated record.
        Set<String> seen = ConcurrentHashMap.newKeySet();
        qt().withExamples(Tries.orDefault(400, 100)).forAll(ParleyGen.records())
                .checkAssert(record -> {
                    ValidationReport report = VALIDATOR.validate(record);
                    report.violations().forEach(v -> seen.add(v.rule()));
                    report.obligations().forEach(o -> seen.add(o.rule()));
                });

        assertThat(seen).containsExactlyInAnyOrderElementsOf(reportingRules());
    }

    private static List<String> reportingRules() {
        // The parsed files, not a regular expression over their text.
        RuleFileChecker checker = new RuleFileChecker();
        return RuleBase.BUILT_IN.stream()
                .flatMap(path -> checker.check(path, RuleBase.readBuiltIn(path)).orElseThrow().getRules().stream())
                .filter(rule -> rule.getAnnotation("term") != null)
                .map(rule -> rule.getName())
                .toList();
    }

    @Test
    void validatorSharedByThreads_givesTheReportsOfOneUsedAlone() {
        qt().withExamples(Tries.orDefault(25, 100)).forAll(lists().of(ParleyGen.records()).ofSize(12))
                .checkAssert(records -> {
                    List<ValidationReport> alone = records.stream().map(VALIDATOR::validate).toList();
                    List<Future<ValidationReport>> shared = records.stream()
                            .map(r -> THREADS.submit(() -> VALIDATOR.validate(r))).toList();
                    List<ValidationReport> concurrent = shared.stream().map(ValidatorProperties::get).toList();
                    assertThat(concurrent).isEqualTo(alone);
                });
    }

    private static ValidationReport get(Future<ValidationReport> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a concurrent validation failed", e);
        }
    }

}
