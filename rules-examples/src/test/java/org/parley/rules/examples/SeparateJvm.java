package org.parley.rules.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own: {@code java OPTION -cp <this test's class path>
 * org.parley.rules.examples.ParleyCommand ARGS...}, the main class of parley.jar, its standard
 * output and error kept in files under a test's folder, and the JVM ending by itself within a
 * bound (it is destroyed, and the test fails, when it does not).
 */
final class SeparateJvm {

    /** Far above what each run takes on a loaded machine (under a minute), far below a hang. */
    private static final long BOUND_SECONDS = 300;

    /** How a run ended: its exit status, its standard output, and its standard error's lines. */
    record Exit(int status, String out, List<String> err) {
    }

    private SeparateJvm() {
    }

    static Exit parley(Path dir, String jvmOption, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jvmOption, "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the JVM did not exit by itself within " + BOUND_SECONDS + " s: " + command);
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }
}
