package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --rules}: rule files of one's own, compiled in restricted mode beside the
 * built-in rules, whose term types scenarios may then list.
 */
class ValidateWithRulesTests {

    private static final String RESTRICTED = "restricted mode allows the fact model (org.parley.rules.model, "
            + "org.parley.rules.drools.facts), the reporting helper, java.time, java.util collections and java.lang "
            + "basics";

    @TempDir
    Path dir;

    @Test
    void aFolderOfRules_addsTheirTermsAndViolationsToTheBuiltInOnes() {
        String scenario = fixture("detainee-cap.json");
        CommandRun run = CommandRun.of("validate", scenario, "--rules", fixture("rules"));

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                scenario + ": agreement capped as of 2025-06-10: COMPLIANT (0 errors, 1 warning, 2 info)",
                "  WARNING TOO_MANY_DETAINEES [capped]: the record names 2 detainees, more than the cap of 1",
                "  INFO    EMPTY_BATCH [B2]: batch B2 transfers no one",
                "  INFO    UNILATERAL_BATCH [B2]: batch B2 is unilateral");
    }

    @Test
    void rulesMayBeRepeatedAndNameSingleFiles() {
        String scenario = fixture("detainee-cap.json");
        CommandRun run = CommandRun.of("validate", "--format", "json", scenario,
                "--rules", fixture("rules/detainee-cap.drl"), "--rules", fixture("rules/batch-notes.drl"));

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.out).contains("\"code\":\"TOO_MANY_DETAINEES\"", "\"code\":\"EMPTY_BATCH\"",
                "\"code\":\"UNILATERAL_BATCH\"");
    }

    @Test
    void aFileReachedTwiceIsLoadedOnce() {
        // Loaded twice, its rule would clash with itself.
        CommandRun run = CommandRun.of("validate", fixture("detainee-cap.json"),
                "--rules", fixture("rules"), "--rules", fixture("rules/detainee-cap.drl"));

        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        assertThat(run.outLines()).hasSize(4);
    }

    @Test
    void aTermTypeThatOnlyTheRulesDeclare_isBadInputWithoutThem() {
        CommandRun run = CommandRun.of("validate", fixture("detainee-cap.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        String known = "one of ALL_FOR_ALL, AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, "
                + "AGREED_LISTS, CONSENT, ELIGIBILITY, REMAINS";
        String file = fixture("detainee-cap.json");
        assertThat(run.errLines()).containsExactly(
                file + ": $.agreement.terms[0].type: \"DETAINEE_CAP\" is not " + known,
                file + ": $.agreement.terms[1].type: \"BATCH_NOTES\" is not " + known);
    }

    @Test
    void aTermTypeThatNoGivenRuleDeclares_isBadInputNamingTheDeclaredTypesAmongTheKnownOnes() {
        CommandRun run = CommandRun.of("validate", fixture("detainee-cap.json"),
                "--rules", fixture("rules/detainee-cap.drl"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(fixture("detainee-cap.json") + ": $.agreement.terms[1].type: "
                + "\"BATCH_NOTES\" is not one of ALL_FOR_ALL, AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, "
                + "AGREED_LISTS, CONSENT, ELIGIBILITY, REMAINS, DETAINEE_CAP");
    }

    @Test
    void rulesThatDoNotCompile_printEveryProblemOnStandardErrorAndNoReport() throws IOException {
        Path broken = write("broken.drl", """
                package org.parley.test.rules

                import java.util.List
                import org.parley.rules.model.Batch
                import org.parley.rules.drools.facts.Report

                rule "EMPTY_BATCH-01 a batch with no transfer"
                    @term("BATCH_NOTES") @code("EMPTY_BATCH") @severity("INFO")
                when
                    Bacth( transfers.isEmpty(), $batch : id )
                then
                    insertLogical(Report.violation(drools, "EMPTY_BATCH", List.of($batch), "batch " + $batch));
                end
                """);

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(broken + ":"));
        assertThat(run.errLines().get(0)).isEqualTo(broken + ":10:5: rule \"EMPTY_BATCH-01 a batch with no transfer\": "
                + "Bacth is not a fact type this file can see: no class of that name is imported (a typo, or a missing "
                + "import?)");
    }

    @Test
    void rulesAreRestricted_soAFileThatWouldStopTheHostIsRefusedAtItsLineAndColumn() throws IOException {
        Path exits = write("exits.drl", """
                package org.parley.test.rules

                import org.parley.rules.model.Batch

                rule "EXIT-01 a rule that stops the host"
                    @term("BATCH_NOTES") @code("EXIT") @severity("ERROR")
                when
                    Batch( $batch : id )
                then
                    System.exit(3);
                end
                """);

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", exits.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(
                exits + ":10:5: forbidden use of System: " + RESTRICTED,
                exits + ":10:12: forbidden use of exit: " + RESTRICTED);
    }

    @Test
    void problemsOfSeveralFiles_areAllPrintedFileByFile() throws IOException {
        Path first = write("a-no-severity.drl", """
                package org.parley.test.rules

                rule "NOTE-01 no severity"
                    @term("NOTES") @code("NOTE")
                when
                then
                end
                """);
        Path second = write("b-lower-case.drl", """
                package org.parley.test.rules.other

                rule "note-02 code in lower case"
                    @term("NOTES") @code("note") @severity("INFO")
                when
                then
                end
                """);

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(
                first + ":3:1: rule \"NOTE-01 no severity\": has no @severity metadata; "
                        + "expected ERROR, WARNING, INFO or TERM",
                second + ":3:1: rule \"note-02 code in lower case\": @code(\"note\") is not UPPER_SNAKE_CASE");
    }

    @Test
    void aRulesPathThatDoesNotExist_isOneLineAndExitTwo() {
        String missing = dir.resolve("missing").toString();
        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", missing);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: no such rule file or folder: " + missing);
    }

    @Test
    void aRulesFolderWithNoRuleFile_isOneLineAndExitTwo() {
        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: no rule file (*.drl) in " + dir);
    }

    @Test
    void builtInRulesStillRunBesideTheGivenOnes() {
        String scenario = fixture("not-compliant.json");
        CommandRun run = CommandRun.of("validate", scenario, "--rules", fixture("rules"));

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                scenario + ": agreement declined as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)",
                "  ERROR   CONSENT_DECLINED [UA-1]: UA-1 was released on 2025-06-09 although they declined "
                        + "repatriation (GC III Art. 109(3))");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
