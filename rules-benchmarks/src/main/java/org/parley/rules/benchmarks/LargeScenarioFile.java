package org.parley.rules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.parley.rules.ValidationReport;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ScenarioWriter;

/**
 * The whole command line on a large file: writes {@link LargeRecords#record(int)} as a
 * scenario file with the testkit's {@link ScenarioWriter} (the whole document is built in
 * memory: give this JVM about 3 GiB for 1,000,000 detainees), then runs
 * {@code java -Xmx2g -jar rules-examples/target/parley.jar validate FILE} on it and prints the
 * file's size, the wall time and the exit status, beside what the fast pass finds in the same
 * record (the exit status to expect: 1, the record has errors).
 *
 * <pre>
 * java -Xmx3g -cp "rules-benchmarks/target/benchmarks.jar:rules-benchmarks/target/lib/*" \
 *      org.parley.rules.benchmarks.LargeScenarioFile 1000000 /tmp/large.json [more parley arguments]
 * </pre>
 *
 * <p>Arguments after the file are passed to {@code parley validate} (for example a file-size
 * option). The system property {@code parley.jar} sets the jar (default
 * {@code rules-examples/target/parley.jar}), {@code parley.heap} the heap (default {@code 2g}).
 */
public final class LargeScenarioFile {

    private LargeScenarioFile() {
    }

    /**
     * Writes the file and runs the command line on it.
     *
     * @param args detainee count, file path, then extra arguments of {@code parley validate}
     * @throws IOException          if the file cannot be written or the process started
     * @throws InterruptedException if interrupted while waiting for the process
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: LargeScenarioFile DETAINEES FILE [parley validate options]");
            System.exit(2);
        }
        int detainees = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        ExchangeRecord record = LargeRecords.record(detainees);
        long start = System.nanoTime();
        write(record, file);
        System.out.printf("wrote %,d detainees to %s: %,d bytes in %,d ms%n", detainees, file, Files.size(file),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        ValidationReport expected = new FastPass().validate(record);
        System.out.printf("the fast pass finds %,d violations (%,d errors): expect exit status %d%n",
                expected.violations().size(), expected.errors().size(), expected.isCompliant() ? 0 : 1);
        record = null;
        expected = null;

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx" + System.getProperty("parley.heap", "2g"), "-jar",
                System.getProperty("parley.jar", "rules-examples/target/parley.jar"), "validate", file.toString()));
        for (int i = 2; i < args.length; i++) {
            command.add(args[i]);
        }
        System.out.println("running: " + String.join(" ", command));
        Path stdout = Files.createTempFile("parley-large-", ".out");
        Path stderr = Files.createTempFile("parley-large-", ".err");
        start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        int status = process.waitFor();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("exit status %d after %,d ms wall time%n", status, millis);
        System.out.println("first line of standard output: " + firstLine(stdout));
        System.out.println("first line of standard error:  " + firstLine(stderr));
        System.out.println("(whole output in " + stdout + " and " + stderr + ")");
    }

    private static String firstLine(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(400);
            String text = new String(head, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }
    }

    /** Writes a record as a scenario file, with the testkit's scenario writer. */
    static void write(ExchangeRecord record, Path file) throws IOException {
        Files.writeString(file, ScenarioWriter.write(record), StandardCharsets.UTF_8);
    }
}
