package org.parley.rules.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.rules.Validator;
import org.parley.rules.Validators;

/**
 * Cold start: building the validator in a fresh JVM (one fork per measurement), and the
 * whole {@code java -jar parley.jar} on the bundled sample against {@code --version}, as
 * processes; and the same through {@code bin/parley}, which gives the JVM the class-data
 * archive the build makes beside the jar. The jar is {@code rules-examples/target/parley.jar}
 * unless {@code -Dparley.jar=...} says otherwise; run from the repository root (the launcher
 * is {@code bin/parley} there, and always runs the jar of {@code rules-examples/target}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdStartBenchmark {

    private static final Path JAR = Path.of(System.getProperty("parley.jar", "rules-examples/target/parley.jar"));
    private static final Path LAUNCHER = Path.of("bin", "parley");

    /** Compiling the built-in rules in a JVM that has never done it. */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Validator buildValidator() {
        return Validators.newValidator();
    }

    private static int run(String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no " + JAR.toAbsolutePath() + ": build it first (mvn package)");
        }
        return exec(new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())), args);
    }

    private static int launch(String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(LAUNCHER)) {
            throw new IllegalStateException("no " + LAUNCHER.toAbsolutePath() + ": run from the repository root");
        }
        return exec(new java.util.ArrayList<>(List.of("sh", LAUNCHER.toString())), args);
    }

    private static int exec(List<String> command, String... args) throws IOException, InterruptedException {
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }

    /** The exit status of a run of the bundled sample, which is compliant: 0, or the run failed. */
    private static int compliant(int status, String command) {
        if (status != 0) {
            throw new IllegalStateException(command + " on the sample exited with " + status);
        }
        return status;
    }

    /** {@code java -jar parley.jar}: validates the bundled sample. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 10)
    @Fork(1)
    public int validateSample() throws IOException, InterruptedException {
        return compliant(run(), "java -jar parley.jar");
    }

    /** {@code java -jar parley.jar --version}: the JVM and the command line, no rules. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 10)
    @Fork(1)
    public int version() throws IOException, InterruptedException {
        return run("--version");
    }

    /** {@code bin/parley}: the bundled sample, with the class-data archive. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 10)
    @Fork(1)
    public int launcherSample() throws IOException, InterruptedException {
        return compliant(launch(), "bin/parley");
    }

    /** {@code bin/parley --version}, with the class-data archive. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 10)
    @Fork(1)
    public int launcherVersion() throws IOException, InterruptedException {
        return launch("--version");
    }
}
