package org.parley.rules.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.rules.Validator;
import org.parley.rules.Validators;

/**
 * The cost of restricted mode's checks (the parse-level refusals, the bytecode verification
 * of every generated class, the deadline calls written into them) when a typical custom rule
 * file is compiled beside the built-in rules: the same file built trusted and restricted, in
 * one JVM. Run from the repository's root (the file is read from {@code docs/}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class RestrictedCheckBenchmark {

    /** The rule file, read at setup. */
    @State(Scope.Benchmark)
    public static class File {
        @Param({"docs/obligations/minimum-release.drl"})
        public String path;
        String text;

        @Setup(Level.Trial)
        public void read() throws IOException {
            text = Files.readString(Path.of(path));
        }
    }

    @Benchmark
    public Validator trusted(File file) {
        return Validators.builder().addRules("custom.drl", file.text).build();
    }

    @Benchmark
    public Validator restricted(File file) {
        return Validators.builder().restricted().addRules("custom.drl", file.text).build();
    }
}
