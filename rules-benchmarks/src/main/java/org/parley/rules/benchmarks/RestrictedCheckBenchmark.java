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

    /**
     * A custom rule whose constraint and consequence call a DRL function for every detainee,
     * built trusted and restricted (where every method of it checks the deadline), and a
     * record of 1,000 detainees.
     */
    @State(Scope.Benchmark)
    public static class Validation {
        static final String CUSTOM = "package org.example.rules\nimport java.util.List\n"
                + "import org.parley.rules.model.Detainee\nimport org.parley.rules.drools.facts.Report\n"
                + "function int weight(String id) { return id.length() + id.indexOf('-'); }\n"
                + "rule \"W-01 weighed\" @term(\"W\") @code(\"W\") @severity(\"INFO\")\nwhen\n"
                + "    $d : Detainee( id.length() < weight(id) + 10 )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"W\", List.of($d.id()), \"w \" + weight($d.id())));\nend\n";
        Validator trusted;
        Validator restricted;
        org.parley.rules.model.ExchangeRecord record;

        @Setup(Level.Trial)
        public void build() {
            trusted = Validators.builder().addRules("custom.drl", CUSTOM).build();
            restricted = Validators.builder().restricted().addRules("custom.drl", CUSTOM).build();
            record = LargeRecords.record(1_000);
        }
    }

    @Benchmark
    public int validateTrusted(Validation v) {
        return v.trusted.validate(v.record).violations().size();
    }

    @Benchmark
    public int validateRestricted(Validation v) {
        return v.restricted.validate(v.record).violations().size();
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
