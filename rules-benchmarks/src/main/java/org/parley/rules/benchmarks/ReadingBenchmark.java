package org.parley.rules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

/**
 * Reading a scenario file against Jackson's own {@code readTree} of the same file, in one
 * run: the reader streams the file and binds each fact strictly to its record (its quick path;
 * a file it cannot vouch for is read again against the schema), {@code readTree} only builds
 * the tree of the whole document. The file is {@link LargeRecords} as {@link LargeScenarioFile}
 * writes it, checked to read back equal.
 *
 * <pre>
 * java -jar rules-benchmarks/target/benchmarks.jar ReadingBenchmark
 * </pre>
 * The fork has a heap of 4 GiB: the tree of 1,000,000 detainees does not fit in 2 GiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReadingBenchmark {

    @Param({"100000", "1000000"})
    public int detainees;

    private Path file;
    private ScenarioReader reader;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void setUp() throws IOException, ScenarioException {
        ExchangeRecord record = LargeRecords.record(detainees);
        file = Files.createTempFile("parley-reading-", ".json");
        LargeScenarioFile.write(record, file);
        reader = new ScenarioReader();
        mapper = new ObjectMapper();
        if (!reader.read(file).equals(record)) {
            throw new IllegalStateException("the benchmark file does not read back as its record");
        }
        System.out.printf("%n%,d detainees: %,d bytes%n", detainees, Files.size(file));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ExchangeRecord scenarioReader() throws IOException, ScenarioException {
        return reader.read(file);
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(file.toFile());
    }

    /**
     * The same two readings interleaved in one JVM, round after round, for a machine whose
     * load changes faster than JMH's iterations: prints the minimum and the median of each and
     * their ratios, in wall time and in CPU time of the reading thread (which leaves out the
     * collector's threads, and so most of what {@code readTree}'s tree costs).
     *
     * <pre>
     * java -Xms4g -Xmx4g -cp "rules-benchmarks/target/benchmarks.jar:rules-benchmarks/target/lib/*" \
     *      org.parley.rules.benchmarks.ReadingBenchmark 100000 15
     * </pre>
     *
     * @param args the number of detainees and of rounds
     * @throws IOException       if the file cannot be written or read
     * @throws ScenarioException if the file does not read (it should)
     */
    public static void main(String[] args) throws IOException, ScenarioException {
        ReadingBenchmark benchmark = new ReadingBenchmark();
        benchmark.detainees = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] tree = new long[2][rounds];
        long[][] reader = new long[2][rounds];
        try {
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                benchmark.jacksonReadTree();
                long middle = System.nanoTime();
                long middleCpu = threads.getCurrentThreadCpuTime();
                benchmark.scenarioReader();
                tree[0][round] = middle - start;
                tree[1][round] = middleCpu - startCpu;
                reader[0][round] = System.nanoTime() - middle;
                reader[1][round] = threads.getCurrentThreadCpuTime() - middleCpu;
            }
        } finally {
            benchmark.tearDown();
        }
        String[] kinds = {"wall time", "CPU time of the reading thread (no GC threads)"};
        for (int kind = 0; kind < 2; kind++) {
            Arrays.sort(tree[kind]);
            Arrays.sort(reader[kind]);
            System.out.printf("%,d detainees, %d rounds, %s: readTree min %,d ms, median %,d ms; reader min %,d ms,"
                            + " median %,d ms; reader/readTree: %.2f (min), %.2f (median)%n", benchmark.detainees,
                    rounds, kinds[kind], tree[kind][0] / 1_000_000, tree[kind][rounds / 2] / 1_000_000,
                    reader[kind][0] / 1_000_000, reader[kind][rounds / 2] / 1_000_000,
                    (double) reader[kind][0] / tree[kind][0],
                    (double) reader[kind][rounds / 2] / tree[kind][rounds / 2]);
        }
    }
}
