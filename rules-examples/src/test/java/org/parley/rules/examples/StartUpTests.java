package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.json.ScenarioReader;

/**
 * The work the command line starts before it parses its arguments ({@link StartUp}), and the
 * bundled sample, which is run without picocli: the same report and the same one-line
 * failures as through picocli.
 */
class StartUpTests {

    // ---------------------------------------------------------------- what is started

    @Test
    void theValidatorIsStarted_forTheSampleValidateAndReplay() {
        assertThat(StartUp.needsValidator(new String[0])).isTrue();
        assertThat(StartUp.needsValidator(new String[] {"validate", "a.json"})).isTrue();
        assertThat(StartUp.needsValidator(new String[] {"validate", "--rules", "dir", "a.json"})).isTrue();
        assertThat(StartUp.needsValidator(new String[] {"replay", "a.json"})).isTrue();
    }

    @Test
    void theValidatorIsNotStarted_forVersionHelpCheckRulesAndSchema() {
        assertThat(StartUp.needsValidator(new String[] {"--version"})).isFalse();
        assertThat(StartUp.needsValidator(new String[] {"-V"})).isFalse();
        assertThat(StartUp.needsValidator(new String[] {"--help"})).isFalse();
        assertThat(StartUp.needsValidator(new String[] {"validate", "--help"})).isFalse();
        assertThat(StartUp.needsValidator(new String[] {"replay", "a.json", "-h"})).isFalse();
        assertThat(StartUp.needsValidator(new String[] {"check-rules", "dir"})).isFalse();
        assertThat(StartUp.needsValidator(new String[] {"schema"})).isFalse();
    }

    @Test
    void theSampleReaderIsStarted_onlyForTheSample() {
        assertThat(StartUp.needsSampleReader(new String[0])).isTrue();
        assertThat(StartUp.needsSampleReader(new String[] {"validate", "a.json"})).isFalse();
        assertThat(StartUp.needsSampleReader(new String[] {"--version"})).isFalse();
    }

    // ---------------------------------------------------------------- results and failures

    @Test
    void withNothingStarted_theWorkIsDoneOnTheAskingThread() {
        String result = StartUp.result(null, () -> Thread.currentThread().getName());

        assertThat(result).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aStartedResult_isReturnedAsItIs() {
        FutureTask<String> task = new FutureTask<>(() -> "built");
        task.run();

        assertThat(StartUp.result(task, () -> "not this")).isEqualTo("built");
    }

    @Test
    void aFailureOfStartedWork_isThrownUnchanged() {
        ValidationException failure = new ValidationException("the precompiled built-in rules are missing");
        FutureTask<Validator> task = new FutureTask<>(() -> {
            throw failure;
        });
        task.run();

        assertThatThrownBy(() -> StartUp.result(task, () -> null)).isSameAs(failure);
    }

    @Test
    void anErrorOfStartedWork_isThrownUnchanged() {
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");
        FutureTask<Validator> task = new FutureTask<>(() -> {
            throw failure;
        });
        task.run();

        assertThatThrownBy(() -> StartUp.result(task, () -> null)).isSameAs(failure);
    }

    @Test
    void aCheckedFailureOfStartedWork_isWrappedWithItsCause() {
        Exception failure = new Exception("checked");
        FutureTask<Validator> task = new FutureTask<>(() -> {
            throw failure;
        });
        task.run();

        assertThatThrownBy(() -> StartUp.result(task, () -> null))
                .isInstanceOf(IllegalStateException.class).hasCause(failure);
    }

    @Test
    void begin_forTheSample_startsAValidatorAndAReaderThatWork() throws Exception {
        StartUp.begin(new String[0]);

        Validator validator = StartUp.validator();
        ScenarioReader reader = StartUp.reader();
        assertThat(StartUp.validator()).isSameAs(validator);
        assertThat(StartUp.reader()).isSameAs(reader);
        ValidationReport report = validator.validate(ScenarioSource.bundledSample().content().read(reader, (facts, bytes, total) -> { }));
        assertThat(report.isCompliant()).isTrue();
        assertThat(report.violations()).isEmpty();
    }

    // ---------------------------------------------------------------- the sample without picocli

    @Test
    void theSampleWithoutArguments_printsWhatItPrintsThroughPicocli() {
        CommandRun direct = CommandRun.of();
        CommandRun throughPicocli = CommandRun.of("--");

        assertThat(direct.status).isZero();
        assertThat(direct.out).isEqualTo(throughPicocli.out);
        assertThat(direct.err).isEmpty();
        assertThat(throughPicocli.err).isEmpty();
        assertThat(direct.outLines()).containsExactly(
                "sample.json: agreement istanbul-2025-06-02 as of 2025-06-26: COMPLIANT (0 errors, 0 warnings, 0 info)");
    }

    @Test
    void aFailureOfTheSampleWithoutArguments_isTheOneLineItIsThroughPicocli() {
        Supplier<Validator> failing = () -> {
            throw new ValidationException("the rules could not be loaded");
        };
        CommandRun direct = CommandRun.of(failing);
        CommandRun throughPicocli = CommandRun.of(failing, "--");

        assertThat(direct.status).isEqualTo(2);
        assertThat(direct.out).isEmpty();
        assertThat(direct.errLines()).containsExactly("parley: internal error: the rules could not be loaded");
        assertThat(throughPicocli.status).isEqualTo(direct.status);
        assertThat(throughPicocli.err).isEqualTo(direct.err);
    }

    @Test
    void anOutOfMemoryErrorOfTheSampleWithoutArguments_exitsFive() {
        Supplier<Validator> failing = () -> {
            throw new OutOfMemoryError("Java heap space");
        };
        CommandRun run = CommandRun.of(failing);

        assertThat(run.status).isEqualTo(5);
        assertThat(run.errLines()).containsExactly("parley: out of memory: the rules and the record need more heap "
                + "than the JVM has (raise -Xmx, or look for a rule that joins facts without a constraint)");
    }
}
