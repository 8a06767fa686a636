package org.parley.rules.drools;

import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.drools.internal.InChunks;
import org.parley.rules.testkit.CompliantRecords;
import org.parley.rules.testkit.Mutator;
import org.parley.rules.testkit.Mutators;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.ReferenceOracle;
import org.parley.rules.testkit.ReportAssert;
import org.parley.rules.testkit.Tries;

/**
 * The Drools rules against the reference oracle, a plain-Java reading of terms.md: on any
 * record they give the same report, violation for violation, message for message.
 * {@code -Dparley.tries=100000} runs a long campaign (docs/testing.md).
 */
class DifferentialProperties {

    static final Validator ORACLE = new ReferenceOracle();
    /** The built-in rules, a record of more than two profiles validated in chunks of two (as one of more than 10,000 is). */
    static final Validator IN_CHUNKS = InChunks.validator(2);

    @Test
    void droolsReport_equalsTheOraclesReport() {
        qt().withExamples(Tries.orDefault(3_000)).forAll(ParleyGen.records())
                .checkAssert(record -> ReportAssert.assertThat(VALIDATOR.validate(record))
                        .describedAs("%s", record).isSameReportAs(ORACLE.validate(record)));
    }

    @Test
    void droolsReportInChunks_equalsTheOraclesReport() {
        qt().withExamples(Tries.orDefault(2_000)).forAll(ParleyGen.records())
                .checkAssert(record -> ReportAssert.assertThat(IN_CHUNKS.validate(record))
                        .describedAs("%s", record).isSameReportAs(ORACLE.validate(record)));
    }

    @Test
    void eachMutator_inChunks_causesExactlyItsViolationAndNothingElse() {
        qt().withExamples(Tries.orDefault(150, 10)).forAll(CompliantRecords.any(), longs().all())
                .checkAssert((record, seed) -> {
                    for (Mutator mutator : Mutators.all()) {
                        mutator.mutate(record, seed).ifPresent(m -> ReportAssert.assertThat(IN_CHUNKS.validate(m.record()))
                                .describedAs("%s%nof %s", m, record).hasOnly(m.expected()));
                    }
                });
    }

    @Test
    void compliantRecords_haveNoViolationAtAll() {
        qt().withExamples(Tries.orDefault(1_500)).forAll(CompliantRecords.any())
                .checkAssert(record -> ReportAssert.assertThat(VALIDATOR.validate(record))
                        .describedAs("%s", record).hasNoViolations());
    }

    @Test
    void eachMutator_causesExactlyItsViolationAndNothingElse() {
        qt().withExamples(Tries.orDefault(300, 10)).forAll(CompliantRecords.any(), longs().all())
                .checkAssert((record, seed) -> {
                    for (Mutator mutator : Mutators.all()) {
                        mutator.mutate(record, seed).ifPresent(m -> {
                            ValidationReport report = VALIDATOR.validate(m.record());
                            ReportAssert.assertThat(report).describedAs("%s%nof %s", m, record).hasOnly(m.expected());
                            ReportAssert.assertThat(report).describedAs("%s%nof %s", m, record)
                                    .isSameReportAs(ORACLE.validate(m.record()));
                        });
                    }
                });
    }
}
