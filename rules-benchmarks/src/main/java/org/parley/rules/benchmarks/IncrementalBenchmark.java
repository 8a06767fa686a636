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
 * detainees, and the report read, against a full re-validation of the record with that
 * batch.
 *
 * <p>The session is loaded once per trial and judged. Before each measured call the batch
 * is taken out again and the session judged (not measured), so that every call adds the
 * same batch to the same 100,000 detainees and does the same work, with the JIT as warm as
 * in a long-running host: single shots on fresh sessions measured mostly the compiler's
 * warm-up (20-45 ms for the first shots, 3-8 ms after 5 to 10).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
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

    /** A session loaded with the record and judged once; the batch taken out again before each measured call. */
    @State(Scope.Thread)
    public static class LoadedSession {
        ValidationSession session;
        ValidationReport withoutBatch;
        boolean holdsBatch;

        /** Loads the session once per trial; not measured. */
        @Setup(Level.Trial)
        public void open(Data data) {
            session = data.validator.openSession(data.record.agreement());
            data.record.detainees().forEach(session::add);
            data.record.lists().forEach(session::add);
            data.record.batches().forEach(session::add);
            data.record.remains().forEach(session::add);
            withoutBatch = session.report();
            ValidationReport expected = data.validator.validate(data.record);
            if (!expected.equals(withoutBatch)) {
                throw new IllegalStateException("the loaded session and a validation of the record disagree: "
                        + withoutBatch.violations().size() + " against " + expected.violations().size()
                        + " violations");
            }
            // The measured call's work, checked once: the session with the batch reports what a
            // validation of the record with the batch does, and differs from the session without it.
            session.add(data.batch);
            ValidationReport withBatch = session.report();
            if (!withBatch.equals(data.validator.validate(data.recordWithBatch)) || withBatch.equals(withoutBatch)) {
                throw new IllegalStateException("the session with the batch does not report what a validation does");
            }
            session.removeBatch(data.batch.id());
            if (!session.report().equals(withoutBatch)) {
                throw new IllegalStateException("taking the batch out did not give the session's report back");
            }
        }

        /**
         * Takes the batch the last call added out again, and checks that the session reports
         * what it did before; not measured.
         */
        @Setup(Level.Invocation)
        public void takeBatchOut(Data data) {
            if (holdsBatch) {
                session.removeBatch(data.batch.id());
                holdsBatch = false;
                ValidationReport again = session.report();
                if (!again.equals(withoutBatch)) {
                    throw new IllegalStateException("taking the batch out did not give the session's report back");
                }
            }
        }

        /** Disposes the session. */
        @TearDown(Level.Trial)
        public void close() {
            session.close();
        }
    }

    /** The new batch into the loaded session, and the report. */
    @Benchmark
    public ValidationReport addBatchToSession(Data data, LoadedSession loaded) {
        loaded.session.add(data.batch);
        loaded.holdsBatch = true;
        return loaded.session.report();
    }

    /** The whole record with the new batch, validated from scratch. */
    @Benchmark
    public ValidationReport revalidateEverything(Data data) {
        return data.validator.validate(data.recordWithBatch);
    }
}
