package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and runaway rule code end in a clear line and an exit status of their own, not 2. */
class LimitExitTests {

    /** Far above what a build stopped at one second takes on a loaded machine, far below a hang. */
    private static final Duration GUARD = Duration.ofSeconds(120);

    /** A restricted rule file with a constant eval of 2^62 calls, which the engine evaluates while it builds the rules. */
    static final String CONSTANT_EVAL = "package org.example.rules\n"
            + "import org.parley.rules.model.Detainee\n"
            + "function long twice(int n) { return n == 0 ? 1 : twice(n - 1) + twice(n - 1); }\n"
            + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
            + "when\n    $d : Detainee( )\n    eval( twice(62) > 0 )\nthen\nend\n";

    /** The one line of a build stopped at the time limit of {@code millis}. */
    static String buildStopped(long millis) {
        return "parley: building the rules stopped after " + millis + " ms, the time limit (timeout, --timeout): "
                + "rule code of package org.example.rules ran while its rules were built (the engine evaluates "
                + "constant expressions, such as eval(f(62) > 0), then)";
    }

    @Test
    void checkRules_aConstantEvalThatNeverEnds_isExitThreeAtItsTimeout_inOneLine(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("eval.drl"), CONSTANT_EVAL);

        CommandRun run = assertTimeoutPreemptively(GUARD, () -> CommandRun.of("check-rules", "--timeout", "1",
                file.toString()));

        assertThat(run.status).isEqualTo(3);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(buildStopped(1_000));
    }

    @Test
    void validate_aConstantEvalThatNeverEnds_isTheSameLineAndExitThree(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eval.drl"), CONSTANT_EVAL);

        CommandRun run = assertTimeoutPreemptively(GUARD, () -> CommandRun.of("validate", fixture("compliant.json"),
                "--rules", dir.toString(), "--timeout", "1"));

        assertThat(run.status).isEqualTo(3);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(buildStopped(1_000));
    }

    @Test
    void schemaWithRules_aConstantEvalThatNeverEnds_isTheSameLineAndExitThree(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eval.drl"), CONSTANT_EVAL);

        CommandRun run = assertTimeoutPreemptively(GUARD, () -> CommandRun.of("schema", "--rules", dir.toString(),
                "--timeout", "1"));

        assertThat(run.status).isEqualTo(3);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(buildStopped(1_000));
    }

    /** A restricted rule file whose constant eval divides by zero while the rules are built. */
    private static final String DIVIDING = "package org.example.rules\n"
            + "import org.parley.rules.model.Detainee\n"
            + "function int zero() { return 0; }\n"
            + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
            + "when\n    $d : Detainee( )\n    eval( 1 / zero() > 0 )\nthen\nend\n";

    @Test
    void checkRules_aConstantEvalThatThrows_isAProblemAtItsRule_exitTwo_notAnInternalError(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("divide.drl"), DIVIDING);

        for (String[] args : List.of(new String[] {"check-rules", file.toString()},
                new String[] {"validate", fixture("compliant.json"), "--rules", file.toString()},
                new String[] {"schema", "--rules", file.toString()})) {
            CommandRun run = CommandRun.of(args);

            assertThat(run.status).as("%s", List.of(args)).isEqualTo(2);
            assertThat(run.out).as("%s", List.of(args)).isEmpty();
            assertThat(run.errLines()).as("%s", List.of(args)).containsExactly(file + ":4:1: rule \"X-01 r\": rule "
                    + "code failed while the rules were built: ArithmeticException: / by zero (the engine evaluates "
                    + "constant expressions, such as eval(f(62) > 0), while it builds the rules)");
        }
    }

    @Test
    void checkRules_aConstantEvalThatRecursesPastTheStack_isExitFour_inOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("deep.drl"), "package org.example.rules\n"
                + "import org.parley.rules.model.Detainee\n"
                + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    $d : Detainee( )\n    eval( deeper(0) > 0 )\nthen\nend\n");

        CommandRun run = CommandRun.of("check-rules", file.toString());

        assertThat(run.status).isEqualTo(4);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: building the rules stopped: rule code recursed deeper "
                + "than the thread's stack, in package org.example.rules (" + file + ") (the engine evaluates "
                + "constant expressions, such as eval(f(62) > 0), while it builds the rules)");
    }

    @Test
    void checkRulesAndSchemaHelp_nameEveryExitOfBuildingRules() {
        for (String command : List.of("check-rules", "schema")) {
            CommandRun run = CommandRun.of(command, "--help");

            assertThat(run.out).as(command).contains("--timeout=SECONDS",
                    "  3  rule code ran past the time limit while the rules were built (--timeout)",
                    "  4  rule code recursed deeper than the stack while the rules were built",
                    "  5  out of memory while the rules were built");
        }
    }

    @Test
    void checkRules_withATimeout_stillListsCleanFiles() {
        CommandRun run = CommandRun.of("check-rules", "--timeout", "30", fixture("rules"));

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).isEqualTo(CommandRun.of("check-rules", fixture("rules")).outLines());
    }

    @Test
    void aTimeoutThatIsNoWholeNumberOfSeconds_isBadUsage_forValidateAndCheckRulesAlike() {
        for (String value : List.of("0", "-5", "1.5", "soon", "9223372036854775807")) {
            for (List<String> command : List.of(List.of("validate", fixture("compliant.json")),
                    List.of("check-rules", fixture("rules")))) {
                List<String> args = new java.util.ArrayList<>(command);
                args.addAll(List.of("--timeout", value));

                CommandRun run = CommandRun.of(args.toArray(String[]::new));

                assertThat(run.status).as("%s", args).isEqualTo(2);
                assertThat(run.out).as("%s", args).isEmpty();
                assertThat(run.errLines()).as("%s", args).containsExactly("parley: Invalid value for option "
                                + "'--timeout': '" + value + "' is not a time limit; expected a whole number of seconds, "
                                + "1 or more, such as 60",
                        "Try 'parley " + command.get(0) + " --help' for usage.");
            }
        }
    }

    @Test
    void checkRulesHelp_namesTheTimeout_itsShorterDefault_andExitThree() {
        CommandRun run = CommandRun.of("check-rules", "--help");

        assertThat(run.out).contains("[--timeout=SECONDS]", "--timeout=SECONDS",
                "  3  rule code ran past the time limit while the rules were built (--timeout)");
        assertThat(run.out.replaceAll("\\s+", " ")).contains("Stops building the rules when rule code runs longer "
                + "than SECONDS while they are built, as a constant eval(f(62) > 0) does (default 60, shorter than "
                + "validate's 1800); exit status 3.");
    }

    @Test
    void theFiringLimit_isExitThreeNamingTheRule() {
        // example.json's rules fire 14 times; compliant.json's once, under any useful limit.
        CommandRun run = CommandRun.of("validate", fixture("example.json"), "--max-firings", "3");

        assertThat(run.status).isEqualTo(3);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("parley: validation stopped after 3 rule firings, the limit (maxFirings, --max-firings); "
                        + "the rule that fired most: \""));
    }

    @Test
    void recursionInARestrictedRuleFile_isExitFour(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("deep.drl"), "package org.example.rules\n"
                + "import org.parley.rules.model.Detainee\n"
                + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + "rule \"DEEP-01 recurse\" @derives(\"nothing\")\n"
                + "when\n    $d : Detainee( )\nthen\n    deeper(0);\nend\n");

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(4);
        assertThat(run.errLines()).containsExactly("parley: validation stopped: rule code recursed deeper than the "
                + "thread's stack, in rule \"DEEP-01 recurse\"");
    }

    @Test
    void help_namesTheLimitsAndTheirExitStatuses() {
        CommandRun run = CommandRun.of("validate", "--help");

        assertThat(run.out).contains("--max-firings=N", "--timeout=SECONDS",
                "  3  a validation reached its firing or time limit (--max-firings, --timeout)",
                "  4  rule code recursed deeper than the stack (StackOverflowError)",
                "  5  out of memory: the rules and the record need more heap than -Xmx gives");
    }
}
