package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run the build makes bin/parley's class-data archive from runs every command to a report, and says when one fails. */
class ClassDataTrainingTests {

    private static final String SCENARIO = "src/main/resources/scenarios/istanbul-2025-06-violations.json";

    @Test
    void everyCommandEndsInAReport() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        boolean reports = ClassDataTraining.train(SCENARIO, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(reports).isTrue();
        assertThat(log.toString(StandardCharsets.UTF_8).lines().map(line -> line.replaceAll("parley-training-\\d+", "P")))
                .containsExactly(
                        "parley : exit status 0",
                        "parley validate " + SCENARIO + ": exit status 1",
                        "parley validate --format json " + SCENARIO + ": exit status 1",
                        "parley validate --format html --output " + Path.of(System.getProperty("java.io.tmpdir"))
                                .resolve("P.html") + " " + SCENARIO + ": exit status 1",
                        "parley validate --explain " + SCENARIO + ": exit status 1",
                        "parley validate --explain --format json " + SCENARIO + ": exit status 1",
                        "parley replay " + SCENARIO + ": exit status 1",
                        "parley replay --format json " + SCENARIO + ": exit status 1");
    }

    @Test
    void aScenarioThatCannotBeRead_failsTheTraining(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        boolean reports = ClassDataTraining.train(bad.toString(), new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(reports).isFalse();
        assertThat(log.toString(StandardCharsets.UTF_8).lines()).contains(
                bad + ": $: not valid JSON at line 1, column 2: the content ends inside the object opened at "
                        + "line 1, column 1; expected '}'",
                "parley validate " + bad + ": exit status 2");
    }
}
