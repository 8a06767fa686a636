package org.parley.rules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
