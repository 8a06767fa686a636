package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.ValidationException;
import org.parley.rules.Validator;

/**
 * Runs the command line in-process. The tests of exit statuses 0 and 1 and of report
 * contents use the real validator of rules-core.
 */
class ParleyCommandTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- usage

    @Test
    void help_printsUsageOnStandardOutput() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.status).isZero();
        assertThat(run.out).startsWith("Usage: parley [-hV] [COMMAND]" + System.lineSeparator());
        assertThat(run.err).isEmpty();
    }

    @Test
    void help_listsEveryCommandInTheSynopsisAndWithWhatItDoes() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.outLines()).startsWith(
                "Usage: parley [-hV] [COMMAND]",
                "       parley validate [--explain] [--format=FORMAT] [--rules=DIR]... FILE...",
                "       parley check-rules DIR...",
                "       parley replay [--format=FORMAT] [--rules=DIR]... FILE",
                "       parley schema [--rules=DIR]...",
                "FILE is a regular file, or - for standard input; validate and replay read",
                "files of up to --max-file-size=SIZE (default 512M).");
        assertThat(run.outLines()).containsSubsequence(
                "Commands:",
                "  validate     Validates scenario files and prints a report for each.",
                "  check-rules  Compiles rule files and reports every problem, with no scenario.",
                "  replay       Plays a scenario back date by date and prints what appeared and",
                "                 what was resolved.",
                "Exit status:",
                "  0  compliant (warnings are allowed); check-rules: the rule files are clean",
                "  1  at least one ERROR violation",
                "  2  bad input, bad usage or rule files that do not compile;",
                "     with several files, the highest status of all");
    }

    @Test
    void validateHelp_printsTheUsageOfValidate() {
        CommandRun run = CommandRun.of("validate", "--help");

        assertThat(run.status).isZero();
        assertThat(run.out).startsWith("Usage: parley validate [-hV] [--explain] [--progress] [--format=FORMAT]")
                .contains("[--max-file-size=SIZE]", "[--max-firings=N]", "[--output=OUT]", "[--rules=DIR]...", "[--timeout=SECONDS]");
        assertThat(run.err).isEmpty();
    }

    @Test
    void checkRulesHelp_printsTheUsageOfCheckRules() {
        CommandRun run = CommandRun.of("check-rules", "--help");

        assertThat(run.status).isZero();
        assertThat(run.outLines()).startsWith("Usage: parley check-rules [-hV] [--timeout=SECONDS] DIR...",
                "Compiles rule files and reports every problem, with no scenario.");
        assertThat(run.err).isEmpty();
    }

    @Test
    void replayHelp_printsTheUsageOfReplay() {
        CommandRun run = CommandRun.of("replay", "--help");

        assertThat(run.status).isZero();
        assertThat(run.out).startsWith("Usage: parley replay [-hV] [--format=FORMAT]")
                .contains("[--max-file-size=SIZE]", "[--max-firings=N]", "[--rules=DIR]...", "[--timeout=SECONDS]",
                        "Plays a scenario back date by date and prints what appeared and what was");
        assertThat(run.err).isEmpty();
    }

    @Test
    void version_printsParleyAndTheVersion() {
        // Run from classes there is no jar manifest, hence no Implementation-Version.
        CommandRun run = CommandRun.of("--version");

        assertThat(run.status).isZero();
        assertThat(run.outLines()).containsExactly("parley development");
        assertThat(run.err).isEmpty();
    }

    @Test
    void unknownOption_isBadUsage() {
        CommandRun run = CommandRun.of("--bogus");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: Unknown option: '--bogus'", "Try 'parley --help' for usage.");
    }

    @Test
    void validateWithoutFile_isBadUsage() {
        CommandRun run = CommandRun.of("validate");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: Missing required parameter: 'FILE'",
                "Try 'parley validate --help' for usage.");
    }

    @Test
    void unknownFormat_isBadUsage() {
        CommandRun run = CommandRun.of("validate", "--format", "xml", fixture("bad.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "parley: Invalid value for option '--format': expected text, json or html, got 'xml'",
                "Try 'parley validate --help' for usage.");
    }

    @Test
    void misspelledCommand_suggestsTheRightOne() {
        CommandRun run = CommandRun.of("validat", "a.json");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("parley: Unmatched arguments from index 0: 'validat', 'a.json'",
                "Did you mean: parley validate?", "Try 'parley --help' for usage.");
    }

    // ---------------------------------------------------------------- files that cannot be read

    @Test
    void missingFile_isBadInput() {
        String missing = dir.resolve("missing.json").toString();
        CommandRun run = CommandRun.of("validate", missing);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: cannot read " + missing + ": no such file");
    }

    @Test
    void directory_isBadInput() {
        CommandRun run = CommandRun.of("validate", dir.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("parley: cannot read " + dir + ": is a folder, not a file");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badInput_printsOneLinePerProblemOnStandardErrorAndNothingOnStandardOutput() {
        CommandRun run = CommandRun.of("validate", fixture("bad.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        String bad = fixture("bad.json");
        assertThat(run.errLines()).containsExactly(
                bad + ": $.detainees[0].birthDate: \"2001-13-01\" is not a date (YYYY-MM-DD)",
                bad + ": $.detainees[1].id: \"UA-1\" is already the id of $.detainees[0]; expected a unique detainee id",
                bad + ": $.batches[0].unilateral: expected true or false, got \"yes\"");
    }

    @Test
    void badInput_inJsonFormatPrintsNothingOnStandardOutputEither() {
        CommandRun run = CommandRun.of("validate", "--format", "json", fixture("bad.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).hasSize(3);
    }

    @Test
    void badInput_showsAtMostTwentyLines() throws IOException {
        Path many = dir.resolve("many.json");
        StringBuilder detainees = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            detainees.append(i == 0 ? "" : ",").append("{\"id\": \"D").append(i).append("\", \"heldBy\": 7}");
        }
        Files.writeString(many, "{\"agreement\": {\"id\": \"a\", \"signedOn\": \"2025-06-02\", "
                + "\"parties\": [{\"code\": \"UA\"}, {\"code\": \"RU\"}], \"terms\": []}, "
                + "\"detainees\": [" + detainees + "]}");

        CommandRun run = CommandRun.of("validate", many.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            expected.add(many + ": $.detainees[" + i + "].heldBy: expected a string, got 7");
        }
        expected.add(many + ": ... and 6 more problems");
        assertThat(run.errLines()).isEqualTo(expected);
    }

    @Test
    void severalBadFiles_prefixEachProblemWithItsFile() throws IOException {
        Path notJson = dir.resolve("not-json.json");
        Files.writeString(notJson, "{\n  \"agreement\": ,\n}");
        String bad = fixture("bad.json");

        CommandRun run = CommandRun.of("validate", notJson.toString(), bad);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(
                notJson + ": $.agreement: not valid JSON at line 2, column 16: unexpected character ','; "
                        + "expected a value",
                bad + ": $.detainees[0].birthDate: \"2001-13-01\" is not a date (YYYY-MM-DD)",
                bad + ": $.detainees[1].id: \"UA-1\" is already the id of $.detainees[0]; "
                        + "expected a unique detainee id",
                bad + ": $.batches[0].unilateral: expected true or false, got \"yes\"");
    }

    // ---------------------------------------------------------------- internal failures

    @Test
    void internalFailure_printsOneLineAndNoStackTrace() {
        Supplier<Validator> failing = () -> {
            throw new ValidationException("the rules could not be compiled");
        };
        CommandRun run = CommandRun.of(failing, "validate", fixture("compliant.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: internal error: the rules could not be compiled");
    }

    @Test
    void unexpectedInternalFailure_isNamedByItsClass() {
        Supplier<Validator> failing = () -> {
            throw new IllegalStateException("boom\nsecond line");
        };
        CommandRun run = CommandRun.of(failing, "validate", fixture("compliant.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("parley: internal error: java.lang.IllegalStateException: boom");
    }

    // ---------------------------------------------------------------- with the real validator

    @Test
    void compliantFile_exitsZeroAndPrintsItsReport() {
        String file = fixture("compliant.json");
        CommandRun run = CommandRun.of("validate", file);

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo(file + ": agreement warning-only as of 2025-06-09: COMPLIANT (0 errors, 1 warning, 0 info)");
        assertThat(lines.get(1)).startsWith("  WARNING CONSENT_UNKNOWN [RU-1]: ");
    }

    @Test
    void fileWithAnError_exitsOne() {
        String file = fixture("not-compliant.json");
        CommandRun run = CommandRun.of("validate", file);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo(file + ": agreement declined as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)");
        assertThat(lines.get(1)).startsWith("  ERROR   CONSENT_DECLINED [UA-1]: ");
    }

    @Test
    void noArguments_validatesTheBundledSample() {
        CommandRun run = CommandRun.of();

        assertThat(run.status).isIn(0, 1);
        assertThat(run.err).isEmpty();
        assertThat(run.outLines().get(0)).startsWith("sample.json: agreement ");
    }

    @Test
    void severalFiles_exitWithTheHighestStatusAndPrintOneBlockEach() {
        String compliant = fixture("compliant.json");
        String notCompliant = fixture("not-compliant.json");
        CommandRun run = CommandRun.of("validate", compliant, notCompliant);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith(compliant + ": agreement warning-only");
        assertThat(lines.get(2)).isEmpty();
        assertThat(lines.get(3)).startsWith(notCompliant + ": agreement declined");
    }

    @Test
    void severalFilesInJson_printOneLinePerGoodFileAndExitWithTheHighestStatus() throws IOException {
        String compliant = fixture("compliant.json");
        String bad = fixture("bad.json");
        String notCompliant = fixture("not-compliant.json");
        CommandRun run = CommandRun.of("validate", "--format", "json", compliant, bad, notCompliant);

        assertThat(run.status).isEqualTo(2);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        JsonNode first = MAPPER.readTree(lines.get(0));
        JsonNode second = MAPPER.readTree(lines.get(1));
        assertThat(first.get("file").textValue()).isEqualTo(compliant);
        assertThat(first.get("compliant").booleanValue()).isTrue();
        assertThat(second.get("file").textValue()).isEqualTo(notCompliant);
        assertThat(second.get("compliant").booleanValue()).isFalse();
        assertThat(run.errLines()).allSatisfy(line -> assertThat(line).startsWith(bad + ": $."));
    }

    @Test
    void json_hasTheFieldsOfTheContractInOrder() throws IOException {
        String file = fixture("not-compliant.json");
        CommandRun run = CommandRun.of("validate", "--format", "json", file);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.outLines()).hasSize(1);
        JsonNode report = MAPPER.readTree(run.outLines().get(0));
        assertThat(fieldNames(report)).containsExactly("file", "agreement", "asOf", "compliant", "violations",
                "obligations");
        assertThat(report.get("file").textValue()).isEqualTo(file);
        assertThat(report.get("agreement").textValue()).isEqualTo("declined");
        assertThat(report.get("asOf").textValue()).isEqualTo("2025-06-09");
        assertThat(report.get("compliant").booleanValue()).isFalse();
        assertThat(report.get("violations")).hasSize(1);
        JsonNode violation = report.get("violations").get(0);
        assertThat(fieldNames(violation)).containsExactly("code", "severity", "subjects", "term", "rule", "message");
        assertThat(violation.get("code").textValue()).isEqualTo("CONSENT_DECLINED");
        assertThat(violation.get("severity").textValue()).isEqualTo("ERROR");
        assertThat(violation.get("subjects").toString()).isEqualTo("[\"UA-1\"]");
        assertThat(violation.get("term").textValue()).isEqualTo("CONSENT");
        assertThat(violation.get("rule").textValue()).isNotBlank();
        assertThat(violation.get("message").textValue()).contains("UA-1");
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
