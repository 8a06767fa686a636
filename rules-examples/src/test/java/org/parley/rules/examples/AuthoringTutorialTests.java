package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands that docs/authoring.md shows, in-process, on the files under
 * docs/authoring, and asserts that they print exactly what the page shows, so that the
 * tutorial cannot drift from what the command line does.
 *
 * <p>The page's commands run from the repository root; these tests run from the
 * rules-examples directory, so {@code docs/...} arguments are given as {@code ../docs/...}
 * and the output is compared with that prefix taken back out. Standard output and standard
 * error are compared together, as a terminal shows them (no shown command prints on both).
 * A line {@code ...} in a shown output stands for lines left out.
 */
class AuthoringTutorialTests {

    private static final Path TUTORIAL = Path.of("../docs/authoring.md");
    private static final Path RULE_FILE = Path.of("../docs/authoring/batch-limit.drl");
    private static final String PROMPT = "$ ";
    private static final String PARLEY = "java -jar rules-examples/target/parley.jar ";
    private static final String STATUS = "echo $?";
    private static final String LEFT_OUT = "...";

    @TempDir
    Path dir;

    /**
     * A command the page shows, with what it prints and, when the page shows it, its exit status.
     */
    private record Shown(String arguments, List<String> output, OptionalInt status) {
    }

    @Test
    void theRuleFileListedIsTheFileItself_soItsLineNumbersAreTheOnesProblemsName() throws IOException {
        String page = Files.readString(TUTORIAL);
        int start = page.indexOf("```drl\n") + "```drl\n".length();
        String listed = page.substring(start, page.indexOf("```\n", start));

        assertThat(listed).isEqualTo(Files.readString(RULE_FILE));
    }

    @Test
    void theObligationRuleListed_isTheOneOfTheExampleFile() throws IOException {
        String page = Files.readString(TUTORIAL);
        int start = page.lastIndexOf("```drl\n") + "```drl\n".length();
        String listed = page.substring(start, page.indexOf("```\n", start));

        assertThat(listed).startsWith("rule \"MINIMUM_RELEASE-02");
        assertThat(Files.readString(Path.of("../docs/obligations/minimum-release.drl"))).contains(listed);
    }

    @Test
    void step1_aScenarioListingTheTermWithoutItsRule_isBadInput() throws IOException {
        List<Shown> block = block(line -> line.contains("\"BATCH_LIMIT\" is not one of"));

        assertRunsAsShown(block, Path.of("../docs/authoring"));
    }

    @Test
    void step3_checkRules_listsTheCleanFile() throws IOException {
        List<Shown> block = block(line -> line.endsWith(": 1 rule, OK"));

        assertRunsAsShown(block, Path.of("../docs/authoring"));
    }

    @Test
    void step3_checkRules_reportsTheMistakeAtItsLineAndColumn() throws IOException {
        List<Shown> block = block(line -> line.contains("BatchTaly is not"));
        String rules = Files.readString(RULE_FILE);
        assertThat(rules).contains("BatchTally( detainees");
        Files.writeString(dir.resolve("batch-limit.drl"), rules.replace("BatchTally( detainees", "BatchTaly( detainees"));

        assertRunsAsShown(block, dir);
    }

    @Test
    void whenCheckRulesSaysNo_everyMistakeIsReportedAtItsPlace() throws IOException {
        List<Shown> block = block(line -> line.contains("authoring-mistakes/date-as-text.drl"));

        assertThat(block).hasSize(9);
        assertRunsAsShown(block, Path.of("../docs/authoring"));
    }

    @Test
    void step4_validate_reportsTheCustomViolation() throws IOException {
        List<Shown> block = block(line -> line.contains("validate") && line.contains("--rules")
                && !line.contains("--explain"));

        assertRunsAsShown(block, Path.of("../docs/authoring"));
    }

    @Test
    void step4_validateExplain_showsTheMatchedFactsAndTheRuleCoverage() throws IOException {
        List<Shown> block = block(line -> line.contains("--explain"));

        assertRunsAsShown(block, Path.of("../docs/authoring"));
    }

    @Test
    void everyCommandBlockOfThePageIsRunByATestAbove() throws IOException {
        assertThat(blocks()).as("command blocks of %s; a new one needs a test here", TUTORIAL).hasSize(6);
    }

    // ---------------------------------------------------------------- helpers

    /** Runs each command of a block with docs/authoring in {@code authoring} and compares. */
    private static void assertRunsAsShown(List<Shown> block, Path authoring) {
        for (Shown shown : block) {
            String[] args = Arrays.stream(shown.arguments().split(" "))
                    .map(arg -> arg.startsWith("docs/authoring")
                            ? authoring + arg.substring("docs/authoring".length()) : arg)
                    .toArray(String[]::new);
            CommandRun run = CommandRun.of(args);
            List<String> printed = new ArrayList<>();
            for (String line : run.outLines()) {
                printed.add(line.replace(authoring.toString(), "docs/authoring"));
            }
            for (String line : run.errLines()) {
                printed.add(line.replace(authoring.toString(), "docs/authoring"));
            }
            assertThat(run.out.isEmpty() || run.err.isEmpty()).as("prints on one stream only: %s", shown).isTrue();
            assertMatches(printed, shown.output(), shown.arguments());
            shown.status().ifPresent(status -> assertThat(run.status).as("exit status of %s", shown.arguments())
                    .isEqualTo(status));
        }
    }

    /** Compares the printed lines with the shown ones, where a shown {@code ...} stands for any lines. */
    private static void assertMatches(List<String> printed, List<String> shown, String command) {
        if (!shown.contains(LEFT_OUT)) {
            assertThat(printed).as("output of %s", command).isEqualTo(shown);
            return;
        }
        int at = 0;
        boolean anywhere = false;
        for (String line : shown) {
            if (line.equals(LEFT_OUT)) {
                anywhere = true;
                continue;
            }
            int found = anywhere ? printed.subList(at, printed.size()).indexOf(line) : -1;
            if (!anywhere) {
                assertThat(at).as("output of %s has line %d", command, at + 1).isLessThan(printed.size());
                assertThat(printed.get(at)).as("line %d of the output of %s", at + 1, command).isEqualTo(line);
                found = 0;
            }
            assertThat(found).as("output of %s shows, after line %d: %s%nbut prints:%n%s", command, at, line,
                    String.join("\n", printed)).isNotNegative();
            at += found + 1;
            anywhere = false;
        }
        if (!anywhere) {
            assertThat(at).as("output of %s has no more lines than shown", command).isEqualTo(printed.size());
        }
    }

    /** The one command block with a line that matches. */
    private static List<Shown> block(Predicate<String> line) throws IOException {
        List<List<Shown>> matching = new ArrayList<>();
        for (List<Shown> block : blocks()) {
            if (block.stream().anyMatch(s -> line.test(s.arguments()) || s.output().stream().anyMatch(line))) {
                matching.add(block);
            }
        }
        assertThat(matching).as("command blocks of %s that match", TUTORIAL).hasSize(1);
        return matching.get(0);
    }

    /** The code blocks of the page that run parley, each as its commands. */
    private static List<List<Shown>> blocks() throws IOException {
        List<List<Shown>> blocks = new ArrayList<>();
        List<String> lines = Files.readAllLines(TUTORIAL);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && i + 1 < lines.size()
                    && lines.get(i + 1).startsWith(PROMPT + PARLEY)) {
                int end = i + 1;
                while (!lines.get(end).startsWith("```")) {
                    end++;
                }
                blocks.add(commands(lines.subList(i + 1, end)));
                i = end;
            }
        }
        return blocks;
    }

    private static List<Shown> commands(List<String> block) {
        List<Shown> commands = new ArrayList<>();
        String arguments = null;
        List<String> output = new ArrayList<>();
        OptionalInt status = OptionalInt.empty();
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (line.equals(PROMPT + STATUS)) {
                status = OptionalInt.of(Integer.parseInt(block.get(++i)));
            } else if (line.startsWith(PROMPT + PARLEY)) {
                if (arguments != null) {
                    commands.add(new Shown(arguments, output, status));
                }
                arguments = line.substring((PROMPT + PARLEY).length());
                output = new ArrayList<>();
                status = OptionalInt.empty();
            } else {
                output.add(line);
            }
        }
        commands.add(new Shown(arguments, output, status));
        return commands;
    }
}
