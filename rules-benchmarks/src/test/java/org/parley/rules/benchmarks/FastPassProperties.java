package org.parley.rules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.parley.rules.Validator;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.CompliantRecords;
import org.parley.rules.testkit.Mutator;
import org.parley.rules.testkit.Mutators;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.ReferenceOracle;
import org.parley.rules.testkit.Tries;

/** The fast pass gives exactly the oracle's report on generated, compliant and mutated records. */
class FastPassProperties {

    private static final Validator FAST = new FastPass();
    private static final Validator ORACLE = new ReferenceOracle();

    private static void sameReport(ExchangeRecord record) {
        assertThat(FAST.validate(record)).isEqualTo(ORACLE.validate(record));
    }

    @Test
    void generatedRecords_sameReportAsTheOracle() {
        qt().withExamples(Tries.orDefault(500)).forAll(ParleyGen.records()).checkAssert(FastPassProperties::sameReport);
    }

    @Test
    void compliantRecords_noViolation() {
        qt().withExamples(Tries.orDefault(200)).forAll(CompliantRecords.any())
                .checkAssert(record -> assertThat(FAST.validate(record).violations()).isEmpty());
    }

    @Test
    void everyMutation_sameReportAsTheOracle() {
        qt().withExamples(Tries.orDefault(200)).forAll(CompliantRecords.any(), longs().all())
                .checkAssert((record, seed) -> {
                    for (Mutator mutator : Mutators.all()) {
                        mutator.mutate(record, seed).ifPresent(m -> assertThat(FAST.validate(m.record()))
                                .describedAs("%s", m).isEqualTo(ORACLE.validate(m.record())));
                    }
                });
    }
}
