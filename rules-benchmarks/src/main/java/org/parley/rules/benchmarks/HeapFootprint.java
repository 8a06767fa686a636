package org.parley.rules.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.testkit.ReferenceOracle;

/**
 * Heap per detainee, for the fast pass, the oracle and the rules, in one JVM:
 * <ul>
 *   <li><b>one-shot validation</b>: the largest heap in use after any collection during one
 *       {@code validate} call, less the heap in use before it (the record itself), per
 *       detainee; with it the bytes the call allocated per detainee and its time;</li>
 *   <li><b>session</b>: the heap a validation session holds for the record once judged, after
 *       full collections, per detainee (the derived facts and the engine's memories).</li>
 * </ul>
 * Run with {@code -Xmx2g} to see whether a size fits that heap (a measurement that runs out of
 * heap is reported as such, and the next one goes on), or with a larger heap for the growth.
 *
 * <pre>
 * java -Xms2g -Xmx2g -cp "rules-benchmarks/target/benchmarks.jar:rules-benchmarks/target/lib/*" \
 *      org.parley.rules.benchmarks.HeapFootprint 10000 100000 1000000
 * </pre>
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, usedNow());
        }
        return used;
    }

    /** The largest heap in use after a collection, while armed. */
    static final class PeakAfterGc {
        private final AtomicLong peak = new AtomicLong();

        PeakAfterGc() {
            NotificationListener listener = (notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = 0;
                for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    used += usage.getUsed();
                }
                peak.accumulateAndGet(used, Math::max);
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void oneShot(String who, Validator validator, ExchangeRecord record, PeakAfterGc peak)
            throws InterruptedException {
        int detainees = record.detainees().size();
        long before = usedAfterGc();
        peak.reset();
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        try {
            int violations = validator.validate(record).violations().size();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long allocatedBytes = allocated() - allocatedBefore;
            Thread.sleep(200); // the last notifications
            long held = Math.max(0, Math.max(peak.peak(), usedNow()) - before);
            System.out.printf("%,d detainees: %-10s one-shot %,7d ms, peak heap after GC %,7d bytes per detainee,"
                            + " allocated %,7d bytes per detainee (%d violations)%n", detainees, who, millis,
                    held / detainees, allocatedBytes / detainees, violations);
        } catch (OutOfMemoryError e) {
            System.out.printf("%,d detainees: %-10s one-shot OutOfMemoryError after %,d ms (max heap %d MiB)%n",
                    detainees, who, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void session(Validator validator, ExchangeRecord record) throws InterruptedException {
        int detainees = record.detainees().size();
        long before = usedAfterGc();
        long start = System.nanoTime();
        try (ValidationSession session = validator.openSession(record.agreement())) {
            record.detainees().forEach(session::add);
            record.lists().forEach(session::add);
            record.batches().forEach(session::add);
            record.remains().forEach(session::add);
            int violations = session.report().violations().size();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long held = usedAfterGc() - before;
            System.out.printf("%,d detainees: %-10s session  %,7d ms, holds %,d bytes = %,d bytes per detainee"
                    + " (%d violations)%n", detainees, "rules", millis, held, held / detainees, violations);
        } catch (OutOfMemoryError e) {
            System.out.printf("%,d detainees: %-10s session  OutOfMemoryError after %,d ms (max heap %d MiB)%n",
                    detainees, "rules", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /**
     * Measures the sizes given as arguments (default 10000 100000 1000000). The system
     * property {@code heap.rules=false} leaves out the rules (one-shot and session).
     *
     * @param args detainee counts
     * @throws InterruptedException if interrupted while waiting for the collector
     */
    public static void main(String[] args) throws InterruptedException {
        Validator rules = Validators.newValidator();
        Validator oracle = new ReferenceOracle();
        Validator fast = new FastPass();
        boolean withRules = Boolean.parseBoolean(System.getProperty("heap.rules", "true"));
        ExchangeRecord warmUp = LargeRecords.record(1_000);
        for (Validator v : new Validator[] {rules, oracle, fast}) {
            v.validate(warmUp);
        }
        PeakAfterGc peak = new PeakAfterGc();
        String[] sizes = args.length > 0 ? args : new String[] {"10000", "100000", "1000000"};
        System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (String size : sizes) {
            int detainees = Integer.parseInt(size);
            ExchangeRecord record = LargeRecords.record(detainees);
            long recordBytes = usedAfterGc();
            System.out.printf("%,d detainees: heap in use with the record (and the rules built) %,d bytes%n",
                    detainees, recordBytes);
            oneShot("fast pass", fast, record, peak);
            oneShot("oracle", oracle, record, peak);
            if (withRules) {
                oneShot("rules", rules, record, peak);
                session(rules, record);
            }
        }
    }
}
