package org.parley.rules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.Batch;
import org.parley.rules.model.ExchangeRecord;

/**
 * One new batch of 500 transfers added to a session that holds a record of 100,000
 * detainees, against a full re-validation of the record with that batch. Each measured
 * call is one addition to a freshly loaded session (single shot), so that every call
 * does the same work.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class IncrementalBenchmark {

    static final int DETAINEES = 100_000;
    static final int BATCH = 500;

    /** The shared record, batch and validator. */
    @State(Scope.Benchmark)
    public static class Data {
        ExchangeRecord record;
        ExchangeRecord recordWithBatch;
        Batch batch;
        Validator validator;

        /** Builds the record once. */
        @Setup(Level.Trial)
        public void setUp() {
            record = LargeRecords.record(DETAINEES);
            batch = LargeRecords.extraBatch(DETAINEES, BATCH, "B-new");
            List<Batch> batches = new ArrayList<>(record.batches());
            batches.add(batch);
            recordWithBatch = record.withBatches(batches);
            validator = Validators.newValidator();
            if (batch.transfers().size() != BATCH) {
                throw new IllegalStateException("the extra batch has " + batch.transfers().size() + " transfers");
            }
        }
    }

    /** A session loaded with the record and judged once, before each measured call. */
    @State(Scope.Thread)
    public static class LoadedSession {
        ValidationSession session;

        /** Loads the session; not measured. */
        @Setup(Level.Iteration)
        public void open(Data data) {
            session = data.validator.openSession(data.record.agreement());
            data.record.detainees().forEach(session::add);
            data.record.lists().forEach(session::add);
            data.record.batches().forEach(session::add);
            data.record.remains().forEach(session::add);
            session.report();
        }

        /** Disposes the session. */
        @TearDown(Level.Iteration)
        public void close() {
            session.close();
        }
    }

    /** The new batch into the loaded session, and the report. */
    @Benchmark
    public ValidationReport addBatchToSession(Data data, LoadedSession loaded) {
        loaded.session.add(data.batch);
        return loaded.session.report();
    }

    /** The whole record with the new batch, validated from scratch. */
    @Benchmark
    public ValidationReport revalidateEverything(Data data) {
        return data.validator.validate(data.recordWithBatch);
    }
}
