package org.parley.rules.benchmarks;

import java.lang.management.ManagementFactory;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ReferenceOracle;

/**
 * Heap per detainee: the heap a validation session holds for a record, after garbage
 * collection, divided by its detainees (the derived facts and the engine's memories
 * included), and the time of one one-shot validation by the rules and by the oracle. Run
 * with {@code -Xmx2g} to see whether a size fits that heap, or with a larger heap to measure
 * the growth to 1,000,000 detainees; prints two lines per size.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /**
     * Measures the sizes given as arguments (default 10000 100000 1000000).
     *
     * @param args detainee counts
     * @throws InterruptedException if interrupted while waiting for the collector
     */
    public static void main(String[] args) throws InterruptedException {
        Validator validator = Validators.newValidator();
        Validator oracle = new ReferenceOracle();
        validator.validate(LargeRecords.record(1_000));
        oracle.validate(LargeRecords.record(1_000));
        String[] sizes = args.length > 0 ? args : new String[] {"10000", "100000", "1000000"};
        System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (String size : sizes) {
            int detainees = Integer.parseInt(size);
            ExchangeRecord record = LargeRecords.record(detainees);
            long before = usedAfterGc();
            try (ValidationSession session = validator.openSession(record.agreement())) {
                record.detainees().forEach(session::add);
                record.lists().forEach(session::add);
                record.batches().forEach(session::add);
                record.remains().forEach(session::add);
                int violations = session.report().violations().size();
                long held = usedAfterGc() - before;
                System.out.printf("%,d detainees: session holds %,d bytes = %,d bytes per detainee (%d violations)%n",
                        detainees, held, held / detainees, violations);
            }
            long start = System.nanoTime();
            int violations = validator.validate(record).violations().size();
            long drools = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            oracle.validate(record);
            long plain = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%,d detainees: one-shot validation in %,d ms, the oracle in %,d ms (%d violations)%n",
                    detainees, drools, plain, violations);
        }
    }
}
