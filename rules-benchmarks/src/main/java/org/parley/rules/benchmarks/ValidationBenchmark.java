package org.parley.rules.benchmarks;

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
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ReferenceOracle;

/**
 * Full validation of a large record with every term on, by the Drools rules and by the
 * reference oracle on the same facts in the same run: the ratio is the price of the rules
 * engine, the growth from 10,000 to 1,000,000 detainees shows whether the rules stay linear.
 * Each fork has at most 2 GiB of heap: the 1,000,000-detainee target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ValidationBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int detainees;

    private ExchangeRecord record;
    private Validator drools;
    private Validator oracle;

    /** Builds the record and both validators once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        record = LargeRecords.record(detainees);
        drools = Validators.newValidator();
        oracle = new ReferenceOracle();
        ValidationReport expected = oracle.validate(record);
        ValidationReport actual = drools.validate(record);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the rules and the oracle disagree on the benchmark record: "
                    + actual.violations().size() + " against " + expected.violations().size() + " violations");
        }
    }

    /** The Drools rules. */
    @Benchmark
    public ValidationReport drools() {
        return drools.validate(record);
    }

    /** The reference oracle: plain Java, one pass over the facts. */
    @Benchmark
    public ValidationReport oracle() {
        return oracle.validate(record);
    }
}
