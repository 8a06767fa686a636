package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.parley.rules.drools.internal.RuleBase;
import org.parley.rules.testkit.CompliantRecords;
import org.parley.rules.testkit.Mutators;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.ReferenceOracle;
import org.parley.rules.testkit.ReportAssert;

/**
 * The properties have teeth: a copy of the built-in rules with one comparison off by one
 * (the kind of slip a review misses) makes the differential property fail, and the
 * mutator property too, each naming the code the slip is about. A property that cannot
 * fail would pass here, and this test would fail.
 */
class BrokenRulesTests {

    private static final Validator ORACLE = new ReferenceOracle();
    private static final int TRIES = 3_000;
    private static final Map<String, Validator> BROKEN = new ConcurrentHashMap<>();

    /**
     * A slip in one rule file: the text replaced, and the codes (or obligation kinds: a slip
     * in who is young changes who is still owed a RELEASE too) whose reports it changes.
     */
    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("org/parley/rules/terms/all-for-all.drl", "firstReleaseDate > allForAll.completeBy()",
                        "firstReleaseDate >= allForAll.completeBy()",
                        "ALL_FOR_ALL"),
                Arguments.of("org/parley/rules/terms/age-limit.drl", "!ageLimit.admits(java.time.Period.between(",
                        "!ageLimit.admits(-1 + java.time.Period.between(", "AGE_LIMIT|ALL_FOR_ALL|RELEASE"),
                Arguments.of("org/parley/rules/terms/simultaneity.drl", "> $window * 60000L", ">= $window * 60000L",
                        "SIMULTANEITY"),
                Arguments.of("org/parley/rules/terms/wounded-priority.drl", "p.firstReleaseDate().isAfter($date)",
                        "!p.firstReleaseDate().isBefore($date)",
                        "WOUNDED_PRIORITY"),
                Arguments.of("org/parley/rules/terms/cadence.drl", "date <= $asOf", "date < $asOf", "CADENCE_MISSED"),
                Arguments.of("org/parley/rules/terms/remains.drl", "date <= $completeBy", "date < $completeBy",
                        "REMAINS_SHORTFALL"));
    }

    /** The built-in rules with one slip, compiled once for both properties. */
    private static Validator withSlip(String file, String right, String wrong) {
        return BROKEN.computeIfAbsent(file + ": " + right + " -> " + wrong, key -> compile(file, right, wrong));
    }

    /** The built-in rules with one slip, loaded through the public builder as a host's own rules would be. */
    private static Validator compile(String file, String right, String wrong) {
        ValidatorBuilder builder = Validators.builder().withoutBuiltInRules();
        for (String path : RuleBase.BUILT_IN) {
            String text = RuleBase.readBuiltIn(path);
            if (path.equals(file)) {
                assertThat(text).as("%s still reads %s", path, right).contains(right);
                text = text.replace(right, wrong);
            }
            builder.addRules(path, text);
        }
        return builder.build();
    }

    /** What the failing assertion found missing or unexpected: the end of the message, from "missing:" on. */
    private static String difference(AssertionError failure) {
        String message = String.valueOf(failure.getMessage());
        int at = message.lastIndexOf("missing:");
        return at < 0 ? message : message.substring(at);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("slips")
    void differentialProperty_failsOnASlip(String file, String right, String wrong, String codes) {
        Validator broken = withSlip(file, right, wrong);

        AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
                qt().withExamples(TRIES).withShrinkCycles(100).forAll(ParleyGen.records())
                        .checkAssert(record -> ReportAssert.assertThat(broken.validate(record))
                                .isSameReportAs(ORACLE.validate(record))));

        assertThat(failure).as("the differential property passed %d records with the slip", TRIES).isNotNull();
        assertThat(difference(failure)).containsPattern(" (" + codes + ") ");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("slips")
    void mutatorProperty_failsOnASlip(String file, String right, String wrong, String codes) {
        Validator broken = withSlip(file, right, wrong);

        AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
                qt().withExamples(TRIES).withShrinkCycles(100).forAll(CompliantRecords.any(), longs().all())
                        .checkAssert((record, seed) -> {
                            ReportAssert.assertThat(broken.validate(record)).hasNoViolations();
                            Mutators.all().forEach(mutator -> mutator.mutate(record, seed).ifPresent(m ->
                                    ReportAssert.assertThat(broken.validate(m.record())).hasOnly(m.expected())));
                        }));

        assertThat(failure).as("the compliant and mutator properties passed %d records with the slip", TRIES)
                .isNotNull();
        assertThat(difference(failure)).containsPattern(" (" + codes + ") ");
    }
}
