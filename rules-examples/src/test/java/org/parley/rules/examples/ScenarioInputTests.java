package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.json.ScenarioSchema;

/** Where scenarios come from: regular files and standard input, never a pipe that blocks; and how large. */
class ScenarioInputTests {

    @TempDir
    Path dir;

    @Test
    void aNamedPipeWithNoWriter_isRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("scenario.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CommandRun.of("validate",
                fifo.toString()));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: cannot read " + fifo
                + ": is not a regular file (a pipe or a device); give a file, or - for standard input");
    }

    @Test
    void aDash_readsStandardInput() throws IOException {
        byte[] scenario = Files.readAllBytes(Path.of(fixture("compliant.json")));

        CommandRun run = withStandardInput(new ByteArrayInputStream(scenario), () -> CommandRun.of("validate", "-"));

        assertThat(run.status).isZero();
        assertThat(run.outLines().get(0)).startsWith("-: agreement ");
        assertThat(run.err).isEmpty();
    }

    @Test
    void badInputOnStandardInput_isNamedDash() {
        CommandRun run = withStandardInput(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8)),
                () -> CommandRun.of("validate", "-"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("-: $: expected an object, got an array");
    }

    @Test
    void aFileThatIsNotJson_isNamed_withAShortEscapedExcerptOnly() throws IOException {
        // Terminal escapes, a carriage return and a fake summary: none of it may reach the terminal.
        Path binary = dir.resolve("notes.txt");
        Files.writeString(binary, "\u001b[2J\rCOMPLIANT (0 errors) " + "x".repeat(10_000));

        CommandRun run = CommandRun.of("validate", binary.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly(binary
                + ": $: not valid JSON at line 1, column 2: control character U+001B; "
                + "expected only spaces, tabs and line breaks between values");
    }

    @Test
    void helpSaysWhatAFileMayBe() {
        CommandRun run = CommandRun.of("validate", "--help");

        assertThat(run.out).contains("Scenario files (JSON) to validate: regular files,\n"
                + "                               or - for standard input.");
    }

    @Test
    void maxFileSize_refusesALargerFileBeforeReadingIt() throws IOException {
        String scenario = fixture("compliant.json");
        long size = Files.size(Path.of(scenario));

        CommandRun run = CommandRun.of("validate", "--max-file-size", "100", scenario);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(scenario + ": $: the file is " + size
                + " bytes, more than the limit of 100");
        assertThat(CommandRun.of("validate", "--max-file-size", "1K", scenario).status).isZero();
    }

    @Test
    void maxFileSize_mustBeASize() {
        CommandRun run = CommandRun.of("validate", "--max-file-size", "lots", fixture("compliant.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("parley: Invalid value for option '--max-file-size': 'lots' is "
                + "not a size; expected a positive number of bytes, or one with K, M or G, such as 512M");
    }

    @Test
    void schema_printsThePublishedSchema() {
        CommandRun run = CommandRun.of("schema");

        assertThat(run.status).isZero();
        assertThat(run.out).isEqualTo(ScenarioSchema.text());
        assertThat(run.out).contains("\"$id\" : \"" + ScenarioSchema.ID + "\"");
    }

    @Test
    void schemaWithRules_addsTheirTermsWithTheirParameters() {
        CommandRun run = CommandRun.of("schema", "--rules", fixture("rules"));

        assertThat(run.status).isZero();
        assertThat(run.out).contains("\"DETAINEE_CAP\" : {", "\"BATCH_NOTES\" : {",
                "\"description\" : \"the most detainees the record may name\"");
    }

    private static CommandRun withStandardInput(InputStream in, java.util.function.Supplier<CommandRun> command) {
        InputStream before = System.in;
        System.setIn(in);
        try {
            return command.get();
        } finally {
            System.setIn(before);
        }
    }
}
