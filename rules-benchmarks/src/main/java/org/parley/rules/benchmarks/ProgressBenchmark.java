package org.parley.rules.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.parley.rules.model.ExchangeRecord;

/**
 * What a progress listener costs a validation, in the same run: the built-in rules with no
 * listener ({@code none}, the path every validator without one takes: one null check per
 * firing), with a listener that does nothing ({@code empty}: the calls alone, every 1,024
 * firings, and the fact count they pass), and with one that keeps the figures as a display
 * would ({@code keeping}). The ratio of {@code empty} to {@code none} bounds what the hook
 * costs when it is used; {@code none} is what it costs when it is not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProgressBenchmark {

    @Param({"2000"})
    public int detainees;

    @Param({"none", "empty", "keeping"})
    public String listener;

    private ExchangeRecord record;
    private Validator validator;
    private final AtomicLong shown = new AtomicLong();

    /** Builds the record and the validator with the listener of the run. */
    @Setup(Level.Trial)
    public void setUp() {
        record = LargeRecords.record(detainees);
        ValidatorBuilder builder = Validators.builder();
        switch (listener) {
            case "none" -> { }
            case "empty" -> builder.progressListener((facts, firings) -> { });
            case "keeping" -> builder.progressListener((facts, firings) -> shown.set(facts + firings));
            default -> throw new IllegalArgumentException("no listener " + listener);
        }
        validator = builder.build();
    }

    /** One full validation of the record. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(record);
    }
}
