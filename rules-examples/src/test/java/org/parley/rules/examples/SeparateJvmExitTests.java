package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;
import static org.parley.rules.examples.SeparateJvm.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.examples.SeparateJvm.Exit;

/**
 * The exits that only a JVM of its own can show: out of memory (5) with a small heap, and
 * the stack (4), each with its one line on stderr and no stack trace, and the JVM ending by
 * itself within a bound ({@link SeparateJvm}, with {@code -XmxN}).
 */
class SeparateJvmExitTests {

    private static final String OUT_OF_MEMORY = "parley: out of memory: the rules and the record need more heap than "
            + "the JVM has (raise -Xmx, or look for a rule that joins facts without a constraint)";

    private static final String HEADER = "package org.example.rules\nimport java.util.List\n"
            + "import org.parley.rules.model.Detainee\nimport org.parley.rules.drools.facts.Report\n";

    private static Path rules(Path dir, String name, String drl) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve(name), drl);
        return folder;
    }

    /** A record of {@code n} detainees held by RU, under a CONSENT term that no one breaks. */
    private static Path detainees(Path dir, int n) throws IOException {
        StringBuilder s = new StringBuilder("{\"agreement\": {\"id\": \"cross\", \"signedOn\": \"2025-06-02\", "
                + "\"parties\": [{\"code\": \"UA\"}, {\"code\": \"RU\"}], \"terms\": [{\"type\": \"CONSENT\", "
                + "\"requireRecorded\": false}]}, \"detainees\": [");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append("{\"id\": \"UA-").append(i).append("\", \"heldBy\": \"RU\"}");
        }
        return Files.writeString(dir.resolve("cross-" + n + ".json"), s.append("], \"batches\": []}").toString());
    }

    /** Four patterns of detainees with no constraint between them: n^4 matches. */
    private static final String CROSS = HEADER + "rule \"CROSS-01 every four detainees\" @term(\"CROSS\") "
            + "@code(\"CROSS\") @severity(\"INFO\")\nwhen\n    $a : Detainee( )\n    $b : Detainee( )\n"
            + "    $c : Detainee( )\n    $d : Detainee( )\nthen\n    insertLogical(Report.violation(drools, \"CROSS\", "
            + "List.of($a.id(), $b.id(), $c.id(), $d.id()), \"four\"));\nend\n";

    @Test
    void anAllocationLargerThanTheHeap_isExitFive_inOneLine(@TempDir Path dir) throws Exception {
        Path rules = rules(dir, "big.drl", HEADER + "rule \"BIG-01 a string larger than the heap\" @term(\"BIG\") "
                + "@code(\"BIG\") @severity(\"INFO\")\nwhen\n    $d : Detainee( )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"BIG\", List.of($d.id()), \"x\".repeat(400_000_000)));\nend\n");

        Exit exit = parley(dir, "-Xmx128m", "validate", fixture("compliant.json"), "--rules", rules.toString());

        assertThat(exit.status()).isEqualTo(5);
        assertThat(exit.out()).isEmpty();
        assertThat(exit.err()).containsExactly(OUT_OF_MEMORY);
    }

    @Test
    void aFourWayCrossProductOnALargeRecord_exhaustsTheHeapBeforeAnyFiring_andIsExitFive(@TempDir Path dir)
            throws Exception {
        // 200^4 = 1.6e9 matches: the engine builds them before the first firing, so neither
        // --timeout nor --max-firings is consulted; the heap runs out and the JVM ends by itself.
        Exit exit = parley(dir, "-Xmx128m", "validate", detainees(dir, 200).toString(), "--rules",
                rules(dir, "cross.drl", CROSS).toString(), "--timeout", "5");

        assertThat(exit.status()).isEqualTo(5);
        assertThat(exit.err()).containsExactly(OUT_OF_MEMORY);
    }

    @Test
    void aFourWayCrossProductThatFits_endsAtTheFiringLimit_andIsExitThree(@TempDir Path dir) throws Exception {
        Exit exit = parley(dir, "-Xmx256m", "validate", detainees(dir, 30).toString(), "--rules",
                rules(dir, "cross.drl", CROSS).toString(), "--max-firings", "10000");

        assertThat(exit.status()).isEqualTo(3);
        assertThat(exit.out()).isEmpty();
        assertThat(exit.err()).singleElement().satisfies(line -> assertThat(line).startsWith(
                "parley: validation stopped after 10000 rule firings, the limit (maxFirings, --max-firings); "
                        + "the rule that fired most: \"CROSS-01 every four detainees\" ("));
    }

    @Test
    void recursionDeeperThanTheStack_isExitFour_inOneLine(@TempDir Path dir) throws Exception {
        Path rules = rules(dir, "deep.drl", HEADER + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + "rule \"DEEP-01 recurse\" @derives(\"nothing\")\nwhen\n    $d : Detainee( )\nthen\n    deeper(0);\nend\n");

        Exit exit = parley(dir, "-Xmx256m", "validate", fixture("compliant.json"), "--rules", rules.toString());

        assertThat(exit.status()).isEqualTo(4);
        assertThat(exit.out()).isEmpty();
        assertThat(exit.err()).containsExactly("parley: validation stopped: rule code recursed deeper than the "
                + "thread's stack, in rule \"DEEP-01 recurse\"");
    }

    @Test
    void checkRules_aConstantEvalThatNeverEnds_stopsAtItsDefaultOfOneMinute(@TempDir Path dir) throws Exception {
        Path rules = rules(dir, "eval.drl", LimitExitTests.CONSTANT_EVAL);

        Exit exit = parley(dir, "-Xmx256m", "check-rules", rules.toString());

        assertThat(exit.status()).isEqualTo(3);
        assertThat(exit.out()).isEmpty();
        assertThat(exit.err()).containsExactly(LimitExitTests.buildStopped(CheckRulesCommand.DEFAULT_TIMEOUT_SECONDS
                * 1_000));
    }

    @Test
    void exponentialRecursion_isExitThree_atTheTimeLimit(@TempDir Path dir) throws Exception {
        Path rules = rules(dir, "twice.drl", HEADER
                + "function long twice(int n) { return n == 0 ? 1 : twice(n - 1) + twice(n - 1); }\n"
                + "rule \"TWICE-01 2^62 calls\" @derives(\"nothing\")\nwhen\n    $d : Detainee( )\nthen\n    twice(62);\nend\n");

        Exit exit = parley(dir, "-Xmx256m", "validate", fixture("compliant.json"), "--rules", rules.toString(),
                "--timeout", "2");

        assertThat(exit.status()).isEqualTo(3);
        assertThat(exit.err()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("parley: validation stopped after 2000 ms, the time limit (timeout, --timeout); ")
                .endsWith("; it passed inside rule code, the last rule to fire being \"TWICE-01 2^62 calls\""));
    }
}
