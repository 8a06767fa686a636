package org.parley.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;

/**
 * Runs host-like property tests through the JUnit Platform, as a host's build would, and
 * checks what a failure prints.
 */
class RecordPropertyTests {

    private static final String FIXTURES = "parley.testkit.fixtures";

    /** A validator with a bug: it never reports AGE_LIMIT. */
    private static final Validator ORACLE = new ReferenceOracle();
    private static final Validator FORGETS_AGE_LIMIT = record -> {
        ValidationReport report = ORACLE.validate(record);
        return new ValidationReport(report.agreement(), report.asOf(),
                report.violations().stream().filter(v -> !v.code().equals("AGE_LIMIT")).toList(),
                report.obligations());
    };

    /** Property tests as a host writes them; run only through the launcher in the tests below. */
    @EnabledIfSystemProperty(named = FIXTURES, matches = "on")
    static class HostProperties {

        @PropertyTest
        void buggyValidatorAgreesWithTheOracle() {
            RecordProperty.forAll(ParleyGen.records()).withSeed(42L).withExamples(1_000)
                    .check(record -> ReportAssert.assertThat(FORGETS_AGE_LIMIT.validate(record))
                            .isSameReportAs(ORACLE.validate(record)));
        }

        @PropertyTest
        void oracleAgreesWithItself() {
            RecordProperty.forAll(ParleyGen.records()).withSeed(7L).withExamples(50)
                    .check(record -> ReportAssert.assertThat(ORACLE.validate(record))
                            .isSameReportAs(ORACLE.validate(record)));
        }

        @PropertyTest
        void checksNothing() {
            ParleyGen.records();
        }
    }

    private static Events run(String method) {
        System.setProperty(FIXTURES, "on");
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(HostProperties.class, method))
                    .execute().testEvents();
        } finally {
            System.clearProperty(FIXTURES);
        }
    }

    private static Throwable failureOf(Events events) {
        List<Event> failed = events.failed().list();
        assertThat(failed).hasSize(1);
        return failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    @Test
    void aFailingProperty_printsTheSeedTheShrunkScenarioAndTheDifferenceInAFewKilobytes() {
        Events events = run("buggyValidatorAgreesWithTheOracle");
        events.assertStatistics(s -> s.started(1).failed(1).succeeded(0));
        Throwable failure = failureOf(events);
        String message = failure.getMessage();

        assertThat(failure).isExactlyInstanceOf(AssertionError.class).hasNoCause();
        assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThan(4_096);
        assertThat(message).containsPattern("^Property falsified after \\d+ examples?, seed 42 "
                + "\\(replay with -Dparley\\.seed=42\\)");
        assertThat(message).containsPattern("\n        to 1 detainee, 1 batch \\(1 transfer\\), 0 lists, 0 remains, "
                + "1 term\\R");
        assertThat(message).contains("Shrunk record, as a scenario file for `parley validate`",
                "\"type\": \"AGE_LIMIT\"", "Failure on the shrunk record:", "missing:", "unexpected:\n  (none)");
        assertThat(message).containsPattern("missing:\\R  ERROR AGE_LIMIT \\[D\\d+\\]");
    }

    @Test
    void aHoldingProperty_passes() {
        run("oracleAgreesWithItself").assertStatistics(s -> s.started(1).succeeded(1).failed(0));
    }

    @Test
    void aPropertyTestThatChecksNoRecord_fails() {
        Events events = run("checksNothing");
        events.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureOf(events)).isExactlyInstanceOf(AssertionError.class)
                .hasMessage("checksNothing() is a @PropertyTest but checked no record: "
                        + "call RecordProperty.forAll(...).check(...) in it");
    }

    @Test
    void theFixturesDoNotRunOutsideTheLauncherTests() {
        assertThat(System.getProperty(FIXTURES)).isNull();
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(HostProperties.class, "checksNothing")).execute().allEvents();
        assertThat(events.started().filter(e -> e.getTestDescriptor().isTest()).count()).isZero();
        assertThat(events.skipped().count()).isEqualTo(1);
    }
}
