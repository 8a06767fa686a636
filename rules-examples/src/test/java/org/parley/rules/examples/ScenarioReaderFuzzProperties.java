package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.json.ReaderLimits;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.Batch;
import org.parley.rules.model.ExchangeRecord;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

/**
 * Hostile scenario files: valid files broken in every way {@link HostileScenarios} knows,
 * read by the reader and by the command line. Each one is either read into a record or
 * rejected with problem lines that start with a JSON path and say what was expected; never
 * another exception, never a hang, never a record from a file that is not whole.
 *
 * <p>{@code -Dparley.tries=N} sets the number of inputs of the reader property; the command
 * line property tries a tenth of them, and the enormous files a hundredth (docs/reliability.md).
 */
class ScenarioReaderFuzzProperties {

    /** The inputs the reader is given per run, unless {@code parley.tries} says otherwise. */
    private static final int READER_TRIES = tries(1_500, 1);
    private static final int COMMAND_TRIES = tries(150, 10);
    private static final int ENORMOUS_TRIES = tries(12, 100);

    /** Copies of an array element: past the tight limits for the reader. */
    private static final int READER_COPIES = 2_000;
    /**
     * Fewer for the command line: the validator takes minutes over thousands of transfers of
     * one detainee (DUPLICATE_TRANSFER, docs/reliability.md), a matter of the rules, not of
     * reading.
     */
    private static final int COMMAND_COPIES = 300;

    /** Generous: a read takes milliseconds, and a run of the command line well under a second. */
    private static final Duration READ_BOUND = Duration.ofSeconds(10);
    private static final Duration RUN_BOUND = Duration.ofSeconds(Long.getLong("parley.runBound", 30));

    private static final ScenarioReader READER = new ScenarioReader();
    /** Limits that the bundled scenarios, grown by the edits, go past. */
    private static final ReaderLimits TIGHT = ReaderLimits.defaults()
            .withMaxFileBytes(300_000)
            .withMaxDetainees(1_500)
            .withMaxBatches(8)
            .withMaxTransfersPerBatch(600)
            .withMaxLists(2)
            .withMaxRemains(3)
            .withMaxStringLength(200)
            .withMaxNestingDepth(8)
            .withMaxNumberLength(20);
    private static final ScenarioReader TIGHT_READER = READER.withLimits(TIGHT);

    /** One place in a scenario: $, then .key, [index] or ["quoted key"] steps. */
    private static final Pattern PROBLEM_LINE = Pattern.compile(
            "\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+]|\\[\"([^\"\\\\]|\\\\.)*\"])*: \\S.*");
    /** The words by which a problem line says what was expected. */
    private static final Pattern EXPECTED = Pattern.compile(
            "expected|must |is not |not valid JSON|not valid UTF-8|limit of|at most|only once|unexpected content");
    /**
     * What a person should never see: a stack trace, Jackson's own names and advice (such as
     * {@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}), none of which the
     * edits put in a file.
     */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\tat |`[A-Z][A-Za-z]*\\.|Feature '|REDACTED|\\[Source:|StreamReadConstraints|com\\.fasterxml");
    /** Characters a terminal does not show as they are: controls, format characters, lone surrogates. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\\p{Cn}\\p{Co}]");
    private static final int MAX_LINE = 4_000;
    /** What Jackson's parser reads from a stream at a time. */
    private static final long PARSER_BUFFER = 8_000;

    /** A parser of any JSON, to tell whether an accepted file was whole, well-formed JSON. */
    private static final ObjectMapper ANY_JSON = JsonMapper.builder(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200_000)
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).build())
            .build()).build();

    /** What a run tried, printed at its end: the figures of docs/reliability.md. */
    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong READS = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();
    private static final AtomicLong RUNS = new AtomicLong();
    private static final AtomicLong ENORMOUS = new AtomicLong();
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();
    private static volatile String slowest = "none";

    @TempDir
    static Path dir;

    @BeforeAll
    static void compileTheRulesOnce() throws IOException {
        // The first run builds the validator, which takes seconds: not part of any bound.
        Path valid = dir.resolve("valid.json");
        Files.write(valid, HostileScenarios.base("/fixtures/compliant.json"));
        assertThat(Run.unbounded("validate", valid.toString()).status).isZero();
    }

    /** Prints what a campaign tried (the figures of docs/reliability.md); a default run prints nothing. */
    @AfterAll
    static void printTheFigures() {
        if (System.getProperty("parley.tries") == null && System.getProperty("parley.figures") == null) {
            return;
        }
        System.out.printf("ScenarioReaderFuzzProperties: %d inputs to the reader (%d reads, %d of them into a record), "
                        + "%d runs of the command line, %d enormous files and streams; slowest read %d ms: %s%n",
                INPUTS.get(), READS.get(), ACCEPTED.get(), RUNS.get(), ENORMOUS.get(), SLOWEST_NANOS.get() / 1_000_000,
                slowest);
    }

    // ---------------------------------------------------------------- the reader

    @Test
    void hostileInput_isReadWhole_orRejectedWithPathsAndWhatWasExpected() {
        theory().withExamples(READER_TRIES).withShrinkCycles(50)
                .forAll(HostileScenarios.inputs(READER_COPIES), Generate.pick(List.of(Via.values())))
                .checkAssert((input, via) -> {
                    INPUTS.incrementAndGet();
                    checkRead(READER, ReaderLimits.defaults(), input, via);
                    checkRead(TIGHT_READER, TIGHT, input, via);
                });
    }

    private static void checkRead(ScenarioReader reader, ReaderLimits limits, HostileScenarios.Input input, Via via) {
        Object outcome = read(reader, input, via);
        if (outcome instanceof ScenarioException e) {
            assertProblemLines(e.problems(), input);
            return;
        }
        ExchangeRecord record = (ExchangeRecord) outcome;
        ACCEPTED.incrementAndGet();
        assertThat(isWholeJsonObject(input.bytes()))
                .as("%s was read into a record, but it is not one whole JSON object in UTF-8", input).isTrue();
        assertThat((long) input.bytes().length).as("size of %s", input).isLessThanOrEqualTo(limits.maxFileBytes());
        assertThat(record.detainees().size()).as("detainees of %s", input).isLessThanOrEqualTo(limits.maxDetainees());
        assertThat(record.batches().size()).as("batches of %s", input).isLessThanOrEqualTo(limits.maxBatches());
        assertThat(record.lists().size()).as("lists of %s", input).isLessThanOrEqualTo(limits.maxLists());
        assertThat(record.remains().size()).as("remains of %s", input).isLessThanOrEqualTo(limits.maxRemains());
        for (Batch batch : record.batches()) {
            assertThat(batch.transfers().size()).as("transfers of %s", input)
                    .isLessThanOrEqualTo(limits.maxTransfersPerBatch());
        }
    }

    /** How an input reaches the reader. */
    private enum Via { BYTES, STREAM, FILE }

    /** The record read, or the ScenarioException; any other outcome fails, naming the input. */
    private static Object read(ScenarioReader reader, HostileScenarios.Input input, Via via) {
        long start = System.nanoTime();
        Object outcome = assertTimeoutPreemptively(READ_BOUND, () -> {
            try {
                return switch (via) {
                    case BYTES -> reader.read(input.bytes());
                    case STREAM -> reader.read(new ByteArrayInputStream(input.bytes()));
                    case FILE -> reader.read(Files.write(dir.resolve("input.json"), input.bytes()));
                };
            } catch (ScenarioException e) {
                return e;
            } catch (Throwable e) {
                throw new AssertionError("reading " + input + " through " + via + " threw " + e, e);
            }
        }, () -> "reading " + input + " took more than " + READ_BOUND.toSeconds() + " s");
        long nanos = System.nanoTime() - start;
        if (nanos > SLOWEST_NANOS.getAndAccumulate(nanos, Math::max)) {
            String described = input + " through " + via;
            slowest = described.length() <= 200 ? described : described.substring(0, 200) + "...";
        }
        READS.incrementAndGet();
        return outcome;
    }

    private static void assertProblemLines(List<String> problems, Object input) {
        assertThat(problems).as("problems of %s", input).isNotEmpty();
        for (String line : problems) {
            assertThat(line).as("a problem line of %s", input)
                    .matches(PROBLEM_LINE)
                    .containsPattern(EXPECTED)
                    .doesNotContainPattern(INTERNALS)
                    .doesNotContainPattern(UNPRINTABLE)
                    .hasSizeLessThanOrEqualTo(MAX_LINE);
        }
    }

    /**
     * Whether the bytes are one JSON object and nothing after it, without a repeated key, in
     * UTF-8 (or in UTF-16 or UTF-32, which JSON parsers detect by their zero bytes).
     */
    private static boolean isWholeJsonObject(byte[] bytes) {
        boolean otherEncoding = bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0
                || (bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff);
        if (!otherEncoding) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        try (JsonParser parser = ANY_JSON.createParser(bytes)) {
            JsonNode root = ANY_JSON.readTree(parser);
            return root != null && root.isObject() && parser.nextToken() == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- the command line

    @Test
    void hostileFile_givesExitStatus0Or1Or2_andBadInputOnlyItsProblemLines() {
        // Few shrink cycles: a run that times out goes on in its thread, and shrinking would
        // start more of them.
        theory().withExamples(COMMAND_TRIES).withShrinkCycles(3)
                .forAll(HostileScenarios.inputs(COMMAND_COPIES), Generate.booleans())
                .checkAssert((input, json) -> {
                    Object expected = read(READER, input, Via.BYTES);
                    Path file = dir.resolve("hostile.json");
                    try {
                        Files.write(file, input.bytes());
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    Run run = json ? Run.of("validate", "--format", "json", file.toString())
                            : Run.of("validate", file.toString());
                    RUNS.incrementAndGet();

                    assertThat(run.status).as("exit status for %s", input).isBetween(0, 2);
                    assertThat(run.err).as("standard error for %s", input).doesNotContain("Exception", "\tat ");
                    if (expected instanceof ScenarioException e) {
                        assertThat(run.status).as("exit status for %s", input).isEqualTo(2);
                        assertThat(run.out).as("standard output for %s", input).isEmpty();
                        assertThat(run.errLines()).as("standard error for %s", input)
                                .hasSizeLessThanOrEqualTo(20)
                                .isEqualTo(e.problemLines(20).stream().map(line -> file + ": " + line).toList());
                    } else {
                        assertThat(run.status).as("exit status for %s, which reads into a record", input)
                                .isBetween(0, 1);
                        assertThat(run.out).as("standard output for %s", input).isNotEmpty();
                    }
                });
    }

    // ---------------------------------------------------------------- enormous files and streams

    @Test
    void enormousFile_isRejectedBeforeItIsRead_byTheReaderAndTheCommandLine() {
        long limit = ReaderLimits.defaults().maxFileBytes();
        theory().withExamples(ENORMOUS_TRIES).withShrinkCycles(5)
                .forAll(HostileScenarios.enormousSizes())
                .checkAssert(size -> {
                    // Sparse: the file takes no room, and reading it all would take minutes.
                    Path file = dir.resolve("enormous.json");
                    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
                        out.setLength(0);
                        out.write(HostileScenarios.base("/fixtures/minimal.json"));
                        out.setLength(size);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    HostileScenarios.Input input = new HostileScenarios.Input("sparse file", null, size);
                    ENORMOUS.incrementAndGet();

                    Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                        try {
                            return READER.read(file);
                        } catch (ScenarioException e) {
                            return e;
                        }
                    });
                    assertThat(outcome).as("reading %s", input).isInstanceOf(ScenarioException.class);
                    assertThat(((ScenarioException) outcome).problems())
                            .containsExactly("$: the file is " + size + " bytes, more than the limit of " + limit);

                    Run run = Run.of("validate", file.toString());
                    assertThat(run.status).isEqualTo(2);
                    assertThat(run.out).isEmpty();
                    assertThat(run.errLines()).containsExactly(file + ": $: the file is " + size
                            + " bytes, more than the limit of " + limit);
                });
    }

    @Test
    void endlessStream_isReadOnlyToJustPastTheLimit() {
        theory().withExamples(ENORMOUS_TRIES).withShrinkCycles(5)
                .forAll(Generate.longRange(1, 1024 * 1024))
                .checkAssert(limit -> {
                    EndlessScenario stream = new EndlessScenario();
                    ENORMOUS.incrementAndGet();
                    ScenarioReader reader = READER.withLimits(ReaderLimits.defaults().withMaxFileBytes(limit));

                    Object outcome = assertTimeoutPreemptively(READ_BOUND, () -> {
                        try {
                            return reader.read(stream);
                        } catch (ScenarioException e) {
                            return e;
                        }
                    });
                    assertThat(outcome).isInstanceOf(ScenarioException.class);
                    assertThat(((ScenarioException) outcome).problems())
                            .containsExactly("$: the file is more than the limit of " + limit + " bytes");
                    // Read as a stream: up to one buffer of the parser past the limit.
                    assertThat(stream.read).isGreaterThan(limit).isLessThanOrEqualTo(limit + PARSER_BUFFER);
                });
    }

    @Test
    void endlessStream_atALargeLimit_isRejected() {
        // 16 MiB: the default of 512 MiB holds 16,000,000 of these detainees, each validated
        // while the count is below its limit, which takes minutes rather than seconds.
        EndlessScenario stream = new EndlessScenario();
        long limit = 16L * 1024 * 1024;

        Object outcome = assertTimeoutPreemptively(RUN_BOUND, () -> {
            try {
                return READER.withLimits(ReaderLimits.defaults().withMaxFileBytes(limit)).read(stream);
            } catch (ScenarioException e) {
                return e;
            }
        });
        assertThat(((ScenarioException) outcome).problems())
                .containsExactly("$: the file is more than the limit of " + limit + " bytes");
        assertThat(stream.read).isGreaterThan(limit).isLessThanOrEqualTo(limit + PARSER_BUFFER);
    }

    /** A scenario whose detainees never end, made as it is read. */
    private static final class EndlessScenario extends InputStream {
        private static final byte[] START = "{\"detainees\": [".getBytes(StandardCharsets.UTF_8);
        private static final byte[] DETAINEE = "{\"id\": \"UA-1\", \"heldBy\": \"RU\"}, "
                .getBytes(StandardCharsets.UTF_8);
        long read;

        @Override
        public int read() {
            byte b = read < START.length ? START[(int) read] : DETAINEE[(int) ((read - START.length) % DETAINEE.length)];
            read++;
            return b & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The tries of a property: its default, or {@code parley.tries} divided by {@code share}
     * (and at least the default) when that is set, for a long campaign.
     */
    private static int tries(int defaultTries, int share) {
        String value = System.getProperty("parley.tries");
        if (value == null || value.isBlank()) {
            return defaultTries;
        }
        int tries = Integer.parseInt(value.strip().replace("_", ""));
        if (tries <= 0) {
            throw new IllegalArgumentException("parley.tries must be positive, was " + tries);
        }
        return Math.max(defaultTries, tries / share);
    }

    /**
     * QuickTheories with the seed of {@code -Dparley.seed=N} when it is set: the seed a failed
     * property prints, to try the same inputs again.
     */
    private static QuickTheory theory() {
        String seed = System.getProperty("parley.seed");
        return seed == null || seed.isBlank() ? qt() : qt().withFixedSeed(Long.parseLong(seed.strip()));
    }

    /** One run of the command line in-process, within the time bound. */
    private static final class Run {
        final int status;
        final String out;
        final String err;

        private Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        static Run of(String... args) {
            return assertTimeoutPreemptively(RUN_BOUND, () -> unbounded(args),
                    () -> "parley " + String.join(" ", args) + " took more than " + RUN_BOUND.toSeconds() + " s");
        }

        static Run unbounded(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                int status = ParleyCommand.run(args, outStream, errStream);
                return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            }
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
