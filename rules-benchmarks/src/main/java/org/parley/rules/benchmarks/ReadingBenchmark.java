package org.parley.rules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.json.ScenarioWriter;
import org.parley.rules.model.ExchangeRecord;

/**
 * Reading a scenario file against Jackson's own {@code readTree} of the same bytes, in one
 * run: the reader streams the file, validates each part against the schema and binds it to
 * its record; {@code readTree} only builds the tree of the whole document. The bytes are
 * those of {@link LargeRecords} written by {@link ScenarioWriter}, checked to read back equal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReadingBenchmark {

    @Param({"10000", "100000"})
    public int detainees;

    private byte[] file;
    private ScenarioReader reader;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void setUp() throws IOException, ScenarioException {
        ExchangeRecord record = LargeRecords.record(detainees);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ScenarioWriter().write(record, out);
        file = out.toByteArray();
        reader = new ScenarioReader();
        mapper = new ObjectMapper();
        if (!reader.read(file).equals(record)) {
            throw new IllegalStateException("the benchmark file does not read back as its record");
        }
    }

    @Benchmark
    public ExchangeRecord scenarioReader() throws IOException, ScenarioException {
        return reader.read(new ByteArrayInputStream(file));
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(new ByteArrayInputStream(file));
    }
}
