package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-rules DIR...}: rule files compiled with no scenario. */
class CheckRulesCommandTests {

    @TempDir
    Path dir;

    @Test
    void cleanFiles_printOneLineEachWithTheirRuleCount() {
        String rules = fixture("rules");
        CommandRun run = CommandRun.of("check-rules", rules);

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                Path.of(rules, "batch-notes.drl") + ": 2 rules, OK",
                Path.of(rules, "detainee-cap.drl") + ": 1 rule, OK",
                "  term DETAINEE_CAP: The record names no more than max detainees.",
                "    max (a whole number, required): the most detainees the record may name");
    }

    @Test
    void listsEachDeclaredTermWithItsParameters() throws IOException {
        Path file = write("window.drl", """
                package org.example.test.rules

                import java.time.LocalDate
                import java.util.List

                declare Window
                    @term("WINDOW")
                    @description("Releases happen within the agreed window.")
                    startOn : LocalDate @required @description("the first day of the window")
                    days : long @default("7") @description("how many days it lasts")
                    parties : List @description("the parties it binds")
                    scope : String @values("PER_BATCH, TOTAL") @default("TOTAL") @description("what is counted")
                end
                """);

        CommandRun run = CommandRun.of("check-rules", file.toString());

        assertThat(run.status).isZero();
        assertThat(run.outLines()).containsExactly(file + ": 0 rules, OK",
                "  term WINDOW: Releases happen within the agreed window.",
                "    startOn (a date (YYYY-MM-DD), required): the first day of the window",
                "    days (a whole number, default 7): how many days it lasts",
                "    parties (a list of strings, optional): the parties it binds",
                "    scope (one of PER_BATCH, TOTAL, default TOTAL): what is counted");
    }

    @Test
    void filesAndFoldersMayBeMixed_inTheOrderGiven_eachFileOnce() {
        String cap = fixture("rules/detainee-cap.drl");
        String rules = fixture("rules");
        CommandRun run = CommandRun.of("check-rules", cap, rules);

        assertThat(run.status).isZero();
        assertThat(run.outLines()).containsExactly(
                cap + ": 1 rule, OK",
                "  term DETAINEE_CAP: The record names no more than max detainees.",
                "    max (a whole number, required): the most detainees the record may name",
                Path.of(rules, "batch-notes.drl") + ": 2 rules, OK");
    }

    @Test
    void aFileWithNoRule_saysZeroRules() throws IOException {
        Path file = write("empty.drl", "package org.example.test.rules\n\n// nothing yet\n");

        CommandRun run = CommandRun.of("check-rules", file.toString());

        assertThat(run.status).isZero();
        assertThat(run.outLines()).containsExactly(file + ": 0 rules, OK");
    }

    @Test
    void problems_goToStandardErrorWithTheirLineAndColumn_andNothingToStandardOutput() throws IOException {
        Path typo = write("typo.drl", """
                package org.example.test.rules

                import java.util.List
                import org.parley.rules.model.Batch
                import org.parley.rules.drools.facts.Report

                rule "ANY_BATCH-01 a batch"
                    @term("BATCH_NOTES") @code("ANY_BATCH") @severity("INFO")
                when
                    Bacth( $batch : id )
                then
                    insertLogical(Report.violation(drools, "ANY_BATCH", List.of($batch), "batch " + $batch));
                end
                """);

        CommandRun run = CommandRun.of("check-rules", fixture("rules"), typo.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).first().isEqualTo(typo + ":10:5: rule \"ANY_BATCH-01 a batch\": Bacth is not a fact type "
                + "this file can see: no class of that name is imported (a typo, or a missing import?)");
        assertThat(run.errLines()).allSatisfy(line -> assertThat(line).matches("\\Q" + typo + "\\E:\\d+:\\d+: .+"));
    }

    @Test
    void ruleNamesMayNotClashWithTheBuiltInOnes() throws IOException {
        Path clash = write("clash.drl", """
                package org.parley.rules.terms

                import java.util.List
                import org.parley.rules.model.Batch
                import org.parley.rules.drools.facts.Report

                rule "AGE_LIMIT-01 released on basis YOUNG outside the age range"
                    @term("BATCH_NOTES") @code("AGE_LIMIT") @severity("ERROR")
                when
                    Batch( $batch : id )
                then
                    insertLogical(Report.violation(drools, "AGE_LIMIT", List.of($batch), "batch " + $batch));
                end
                """);

        CommandRun run = CommandRun.of("check-rules", clash.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        // Restricted mode refuses the built-in package, the name is taken in it, and the code is
        // a built-in one.
        assertThat(run.errLines()).containsExactly(
                clash + ":1:9: package org.parley.rules.terms is reserved (the org.parley namespace is Parley's, the "
                        + "engine's or the JDK's); restricted mode allows rule files in a package of their own, such as "
                        + "org.example.rules",
                clash + ":7:1: rule \"AGE_LIMIT-01 released on basis YOUNG outside the age range\": the name is already "
                        + "used in package org.parley.rules.terms (org/parley/rules/terms/age-limit.drl:21:1)",
                clash + ":7:1: rule \"AGE_LIMIT-01 released on basis YOUNG outside the age range\": @code(\"AGE_LIMIT\") "
                        + "is a built-in code; a rule file reports codes of its own terms");
    }

    @Test
    void rulesAreCheckedInRestrictedMode() throws IOException {
        Path reflective = write("reflective.drl", """
                package org.example.test.rules

                import org.parley.rules.model.Batch

                rule "PEEK-01 a rule that reads a class by name"
                    @term("BATCH_NOTES") @code("PEEK") @severity("INFO")
                when
                    Batch( $batch : id )
                then
                    Class.forName("java.lang.Runtime");
                end
                """);

        CommandRun run = CommandRun.of("check-rules", reflective.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(reflective + ":10:"));
    }

    @Test
    void withoutAFolder_isBadUsage() {
        CommandRun run = CommandRun.of("check-rules");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: Missing required parameter: 'DIR'",
                "Try 'parley check-rules --help' for usage.");
    }

    @Test
    void aPathThatDoesNotExist_isOneLineAndExitTwo() {
        String missing = dir.resolve("missing.drl").toString();
        CommandRun run = CommandRun.of("check-rules", fixture("rules"), missing);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: no such rule file or folder: " + missing);
    }

    @Test
    void aDateComparedWithANumber_isReportedAtTheLiteral_withNoInternalError() throws IOException {
        Path early = write("early.drl", """
                package org.example.test.rules

                import org.parley.rules.model.Batch

                rule "EARLY-01 a batch before the agreement"
                    @term("BATCH_NOTES") @code("EARLY") @severity("INFO")
                when
                    Batch( date < 5 )
                then
                end
                """);

        CommandRun run = CommandRun.of("check-rules", early.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(early + ":8:19: rule \"EARLY-01 a batch before the agreement\": "
                + "date is a LocalDate and cannot be compared with the number 5; expected a LocalDate, such as "
                + "java.time.LocalDate.parse(\"2025-06-09\") or a bound date such as $c.asOf()");
    }

    @Test
    void aRuleThatFailsWhileItRuns_isOneLineNamingIt_exitTwo() throws IOException {
        write("failing.drl", """
                package org.example.test.rules

                import java.util.List
                import org.parley.rules.model.Batch
                import org.parley.rules.drools.facts.Report

                rule "FAIL-01 parses a batch id"
                    @term("BATCH_NOTES") @code("FAIL") @severity("INFO")
                when
                    Batch( $batch : id )
                then
                    insertLogical(Report.violation(drools, "FAIL", List.of($batch), "n" + Integer.parseInt($batch)));
                end
                """);

        CommandRun run = CommandRun.of("validate", fixture("compliant.json"), "--rules", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("parley: rule \"FAIL-01 parses a batch id\" ("
                + dir.resolve("failing.drl") + ":7) failed: NumberFormatException: For input string: ");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
