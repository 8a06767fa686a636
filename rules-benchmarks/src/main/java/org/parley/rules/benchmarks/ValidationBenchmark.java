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
 * Full validation of a large record with every term on, in the same run: the Drools rules
 * ({@code Validator.validate}), the hand-written {@link FastPass} and the reference oracle, on
 * the same facts. The ratio to the fast pass is the price of the rules; the growth from
 * 10,000 to 1,000,000 detainees shows whether they stay linear.
 *
 * <p>JMH gives every benchmark method and size its own fork, each with a heap of 2 GiB (the
 * 1,000,000-detainee target). Before timing, every fork checks that the fast pass gives the
 * oracle's report; the {@code drools} fork also checks the rules against it (in its own
 * state, so that the rules running out of heap at a size fails only their fork, and the fast
 * pass and oracle are still measured there). Iterations are few: at 100,000 detainees and
 * beyond, one call of the rules is longer than an iteration, so each iteration is one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ValidationBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int detainees;

    ExchangeRecord record;
    ValidationReport expected;
    private Validator fast;
    private Validator oracle;

    /** Builds the record, and checks the fast pass against the oracle, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        record = LargeRecords.record(detainees);
        fast = new FastPass();
        oracle = new ReferenceOracle();
        expected = oracle.validate(record);
        check("the fast pass", fast.validate(record), expected);
    }

    static void check(String who, ValidationReport actual, ValidationReport expected) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(who + " and the oracle disagree on the benchmark record: "
                    + actual.violations().size() + " against " + expected.violations().size() + " violations");
        }
    }

    /** The rules, built and checked against the oracle only in the forks that time them. */
    @State(Scope.Benchmark)
    public static class Rules {
        /** The system property that caps the sizes the rules are timed at. */
        public static final String LIMIT = "parley.bench.rulesUpTo";

        Validator validator;

        /**
         * Builds the rules and checks their report on the record; refuses sizes above the
         * system property {@value #LIMIT} (unset: no limit), for a run that leaves out the
         * sizes the rules are known not to finish in the fork's heap.
         */
        @Setup(Level.Trial)
        public void setUp(ValidationBenchmark data) {
            String limit = System.getProperty(LIMIT);
            if (limit != null && data.detainees > Integer.parseInt(limit)) {
                throw new IllegalStateException("the rules are not run above " + limit + " detainees (" + LIMIT
                        + "), here " + data.detainees);
            }
            validator = Validators.newValidator();
            check("the rules", validator.validate(data.record), data.expected);
        }
    }

    /** The Drools rules: {@code Validator.validate}. */
    @Benchmark
    public ValidationReport drools(Rules rules) {
        return rules.validator.validate(record);
    }

    /** The hand-written single pass. */
    @Benchmark
    public ValidationReport fastPass() {
        return fast.validate(record);
    }

    /** The reference oracle: plain Java, indexes in maps and sets. */
    @Benchmark
    public ValidationReport oracle() {
        return oracle.validate(record);
    }
}
