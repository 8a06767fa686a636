package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --output OUT}: the report goes to OUT, which is replaced once the run is over,
 * left as it was when the run writes nothing, and never one of the scenarios read, under
 * whatever name the scenario is given (a link, a hard link, a path through other folders).
 */
class OutputOptionTests {

    private static final Path SAMPLE = Path.of("src/main/resources/scenarios/sample.json");
    private static final String EARLIER = "an earlier report\n";

    @TempDir
    Path dir;

    private Path scenario;
    private byte[] scenarioBytes;

    @BeforeEach
    void copyTheSample() throws IOException {
        scenario = dir.resolve("scenario.json");
        Files.copy(SAMPLE, scenario);
        scenarioBytes = Files.readAllBytes(scenario);
    }

    @Test
    void theReportGoesToOut_asItWouldToStandardOutput() throws IOException {
        Path out = dir.resolve("report.txt");
        CommandRun toStandardOutput = CommandRun.of("validate", scenario.toString());

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", out.toString());

        assertThat(run.status).isEqualTo(toStandardOutput.status).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(toStandardOutput.out).startsWith(scenario + ": agreement ");
        assertNothingElseBeside(out);
    }

    @Test
    void outDash_isStandardOutput_asFileDashIsStandardInput() throws IOException {
        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", "-");

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).isEqualTo(CommandRun.of("validate", scenario.toString()).out).isNotEmpty();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void anExistingOut_isReplacedWhole_andKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("page.html");
        Files.writeString(out, EARLIER.repeat(10_000));
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--format", "html", "--output", out.toString());

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        String page = Files.readString(out);
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("an earlier report");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
        assertNothingElseBeside(out);
    }

    @Test
    void outThatIsTheScenario_isRefused_andTheScenarioKept() throws IOException {
        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", scenario.toString());

        assertRefused(run, scenario, scenario, scenario);
        assertNothingElseBeside(scenario);
    }

    @Test
    void outThatIsTheScenarioUnderAnotherName_isRefused_andTheScenarioKept() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path roundabout = dir.resolve("sub").resolve("..").resolve("scenario.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), scenario);
        Path hardLink = Files.createLink(dir.resolve("hard.json"), scenario);

        for (Path alias : new Path[] {roundabout, link, hardLink}) {
            CommandRun run = CommandRun.of("validate", "--format", "json", scenario.toString(), "--output", alias.toString());

            assertRefused(run, alias, scenario, scenario);
        }
        // The scenario given through the alias and OUT as its own name: refused the same way.
        assertRefused(CommandRun.of("validate", link.toString(), "--output", scenario.toString()), scenario, link, scenario);
    }

    @Test
    void outThatIsTheSecondOfSeveralScenarios_isRefusedBeforeAnyIsRead() throws IOException {
        Path other = dir.resolve("other.json");
        Files.copy(SAMPLE, other);

        CommandRun run = CommandRun.of("validate", scenario.toString(), other.toString(), "--output", other.toString());

        assertRefused(run, other, other, other);
    }

    @Test
    void aRunThatWritesNothing_leavesOutAsItWas() throws IOException {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, EARLIER);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"agreement\": ");

        CommandRun run = CommandRun.of("validate", bad.toString(), "--output", out.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith(bad + ": ");
        assertThat(Files.readString(out)).isEqualTo(EARLIER);
        assertNothingElseBeside(out);
    }

    @Test
    void aRunCutShortByALimit_leavesOutAsItWas() throws IOException {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, EARLIER);

        // The compliant sample first, whose report is written, then one stopped by the firing limit.
        CommandRun run = CommandRun.of("validate", scenario.toString(), CommandRun.fixture("example.json"),
                "--max-firings", "3", "--output", out.toString());

        assertThat(run.status).isEqualTo(3);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("parley: validation stopped after 3 rule firings, the limit (maxFirings, --max-firings)"));
        assertThat(Files.readString(out)).isEqualTo(EARLIER);
        assertNothingElseBeside(out);
    }

    @Test
    void aGoodAndABadScenario_replaceOutWithTheGoodOnesReport() throws IOException {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, EARLIER);
        Path missing = dir.resolve("missing.json");

        CommandRun run = CommandRun.of("validate", scenario.toString(), missing.toString(), "--output", out.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).isEqualTo("parley: cannot read " + missing + ": no such file" + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo(CommandRun.of("validate", scenario.toString()).out);
    }

    @Test
    void aFolderAsOut_isRefused_andLeftAsItWas() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", folder.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("parley: cannot write " + folder + ": a folder" + System.lineSeparator());
        assertThat(Files.isDirectory(folder)).isTrue();
        try (Stream<Path> in = Files.list(folder)) {
            assertThat(in).isEmpty();
        }
    }

    @Test
    void outInAFolderThatIsNotThere_isRefused() {
        Path out = dir.resolve("no-such-folder").resolve("report.txt");

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", out.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("parley: cannot write " + out + ": no such folder" + System.lineSeparator());
        assertThat(Files.exists(out.getParent())).isFalse();
    }

    @Test
    void outThroughALink_replacesTheFileTheLinkNames_andKeepsTheLink() throws IOException {
        Path real = dir.resolve("real-report.txt");
        Files.writeString(real, EARLIER);
        Path link = Files.createSymbolicLink(dir.resolve("report-link.txt"), real);

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", link.toString());

        assertThat(run.status).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo(CommandRun.of("validate", scenario.toString()).out);
    }

    @Test
    void outThroughALinkToNoFileYet_makesTheFileTheLinkNames() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report-link.txt"), Path.of("made-by-the-run.txt"));

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", link.toString());

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made-by-the-run.txt"))).isEqualTo(CommandRun.of("validate",
                scenario.toString()).out);
        assertNothingElseBeside(link);
    }

    @Test
    void outThatIsAPipe_isWrittenAsItIs_notReplaced() throws Exception {
        // As /dev/null and /dev/stdout are: a file that is not a regular one is never moved onto.
        Path pipe = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is there");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        CommandRun run = CommandRun.of("validate", scenario.toString(), "--output", pipe.toString());

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(read.get(60, TimeUnit.SECONDS))
                .isEqualTo(CommandRun.of("validate", scenario.toString()).out);
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
        assertNothingElseBeside(pipe);
    }

    @Test
    void aRunStoppedBySigterm_leavesOutAsItWas_andNoFileBesideIt() throws Exception {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, EARLIER);
        // A JVM of its own, reading a scenario from a named pipe that this test holds open, so
        // that the run is still reading when it is stopped (a pipe of the Process's own would be
        // closed by destroy(), and the run would end on its own first).
        Path input = dir.resolve("input.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", input.toString()).start().waitFor() == 0, "mkfifo is there");
        CompletableFuture<OutputStream> writer =
                CompletableFuture.supplyAsync(() -> {
                    try {
                        return Files.newOutputStream(input);  // opens once the JVM reads the pipe
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName(),
                "validate", "-", "--output", out.toString())
                .redirectInput(input.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream scenario = writer.get(60, TimeUnit.SECONDS)) {
            scenario.write("{\"agreement\": ".getBytes(StandardCharsets.UTF_8));
            scenario.flush();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (temporaryFiles(dir) == 0 && System.nanoTime() < until && process.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(temporaryFiles(dir)).as("the report's new file, while the scenario is read").isEqualTo(1);

            process.destroy();  // SIGTERM, the pipe still open
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("ended by the signal").isEqualTo(143);
        assertThat(Files.readString(out)).isEqualTo(EARLIER);
        assertThat(temporaryFiles(dir)).isZero();
    }

    private static long temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> in = Files.list(folder)) {
            return in.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    /** Exit 2 with the one line that names OUT and the scenario, nothing printed, the file unchanged. */
    private void assertRefused(CommandRun run, Path out, Path named, Path file) throws IOException {
        assertThat(run.status).as("--output %s", out).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("parley: --output " + out + " is the scenario " + named
                + ": the report would replace it; give another file" + System.lineSeparator());
        assertThat(Files.readAllBytes(file)).as("the scenario after --output %s", out).isEqualTo(scenarioBytes);
    }

    /** No temporary file is left in OUT's folder: only the scenario, OUT and what the test made. */
    private void assertNothingElseBeside(Path out) throws IOException {
        try (Stream<Path> in = Files.list(out.getParent())) {
            assertThat(in.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }
}
