package org.parley.rules.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

/**
 * The heap of reading a large scenario file: writes {@link LargeRecords#record(int)} as
 * {@link LargeScenarioFile} writes it, then reads it with the {@link ScenarioReader} from the
 * file and prints, per detainee, the heap the record holds once read (after full collections)
 * and the largest heap in use after any collection during the reading, less the heap in use
 * before it. Run with the heap of the command line ({@code -Xmx2g}) to see that reading fits.
 *
 * <pre>
 * java -Xmx2g -cp "rules-benchmarks/target/benchmarks.jar:rules-benchmarks/target/lib/*" \
 *      org.parley.rules.benchmarks.ReadingHeap 100000 1000000
 * </pre>
 */
public final class ReadingHeap {

    private ReadingHeap() {
    }

    /**
     * Measures the sizes given as arguments (default 100000 1000000).
     *
     * @param args detainee counts
     * @throws IOException          if the file cannot be written or read
     * @throws ScenarioException    if the file does not read (it should)
     * @throws InterruptedException if interrupted while waiting for a collection
     */
    public static void main(String[] args) throws IOException, ScenarioException, InterruptedException {
        String[] sizes = args.length == 0 ? new String[] {"100000", "1000000"} : args;
        ScenarioReader reader = new ScenarioReader();
        HeapFootprint.PeakAfterGc peak = new HeapFootprint.PeakAfterGc();
        for (String size : sizes) {
            int detainees = Integer.parseInt(size);
            Path file = Files.createTempFile("parley-heap-", ".json");
            try {
                LargeScenarioFile.write(LargeRecords.record(detainees), file);
                long before = HeapFootprint.usedAfterGc();
                peak.reset();
                long start = System.nanoTime();
                ExchangeRecord record = reader.read(file);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                Thread.sleep(200); // the last notifications
                long during = Math.max(0, Math.max(peak.peak(), HeapFootprint.usedNow()) - before);
                long held = HeapFootprint.usedAfterGc() - before;
                System.out.printf("%,d detainees (%,d bytes of file): read in %,d ms; the record holds %,d bytes"
                                + " (%,d per detainee); peak heap after GC while reading %,d bytes (%,d per detainee);"
                                + " max heap %,d MiB%n", record.detainees().size(), Files.size(file), millis, held,
                        held / detainees, during, during / detainees, Runtime.getRuntime().maxMemory() >> 20);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
