package org.parley.rules.testkit;

import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.rules.model.ExchangeRecord;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * A property of exchange records, run by QuickTheories, that fails loudly and briefly: the
 * seed to replay it, the record it failed on shrunk to the facts that matter (written as a
 * scenario file that {@code parley validate} reads), and the failure on that record — a
 * few kilobytes, not a dump of every example tried. It also fails when it ran on no record.
 *
 * <pre>
 * &#64;PropertyTest
 * void rulesAgreeWithTheOracle() {
 *     RecordProperty.forAll(ParleyGen.records())
 *             .check(record -&gt; ReportAssert.assertThat(validator.validate(record))
 *                     .isSameReportAs(oracle.validate(record)));
 * }
 * </pre>
 *
 * <p>The seed is the system property {@value #SEED} when set (to replay a failure), else
 * {@link #withSeed(long)}, else a new one each run. The number of examples is
 * {@link Tries#orDefault(int) Tries.orDefault(200)} unless {@link #withExamples(int)} says
 * otherwise. The failing record is shrunk by removing batches, detainees (with their
 * transfers), remains, lists, transfers and terms one at a time, keeping each removal after
 * which the property still fails. QuickTheories'
 * own shrinking is turned off: on these records it took seconds where this one takes
 * milliseconds, and shrank less.
 */
public final class RecordProperty {

    /** The system property that fixes the seed of every record property, to replay a failure. */
    public static final String SEED = "parley.seed";
    /** The longest failure message of the shrunk record that is printed. */
    static final int MAX_FAILURE_CHARS = 3_000;
    private static final int SHRINK_BUDGET = 2_000;

    private final Gen<ExchangeRecord> records;
    private final Optional<Long> seed;
    private final Optional<Integer> examples;

    private RecordProperty(Gen<ExchangeRecord> records, Optional<Long> seed, Optional<Integer> examples) {
        this.records = records;
        this.seed = seed;
        this.examples = examples;
    }

    /**
     * A property of the records this generator gives, such as {@link ParleyGen#records()}.
     *
     * @throws NullPointerException if {@code records} is null
     */
    public static RecordProperty forAll(Gen<ExchangeRecord> records) {
        return new RecordProperty(Objects.requireNonNull(records, "records"), Optional.empty(), Optional.empty());
    }

    /** This property with a fixed seed (the system property {@value #SEED} still wins). */
    public RecordProperty withSeed(long fixedSeed) {
        return new RecordProperty(records, Optional.of(fixedSeed), examples);
    }

    /**
     * This property tried on this many records.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public RecordProperty withExamples(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("a property tries at least one record, was " + count);
        }
        return new RecordProperty(records, seed, Optional.of(count));
    }

    /**
     * Checks the property on every record: it holds when {@code property} returns, and
     * fails when it throws an {@link AssertionError} or a {@link RuntimeException}.
     *
     * @throws AssertionError with the seed, the shrunk record and its failure, when the property
     *                        fails; or when it ran on no record
     */
    public void check(Consumer<ExchangeRecord> property) {
        Objects.requireNonNull(property, "property");
        long theSeed = seed();
        int tries = examples.orElseGet(() -> Tries.orDefault(200));
        int[] ran = {0};
        Capture capture = new Capture();
        qt().withFixedSeed(theSeed).withExamples(tries).withShrinkCycles(0).withReporter(capture).forAll(records)
                .checkAssert(record -> {
                    ran[0]++;
                    property.accept(record);
                });
        PropertyTestExtension.ran(ran[0]);
        if (capture.exhausted) {
            throw new AssertionError("the record generator gave only " + capture.examplesUsed
                    + " distinct records of the " + tries + " asked for (seed " + theSeed + ")");
        }
        if (capture.smallest == null) {
            if (ran[0] == 0) {
                throw new AssertionError("the property ran on no record (seed " + theSeed + ")");
            }
            return;
        }
        ExchangeRecord shrunk = RecordShrinker.shrink(capture.smallest, r -> failure(property, r).isPresent(),
                SHRINK_BUDGET);
        Throwable failure = failure(property, shrunk).orElse(capture.cause);
        throw new AssertionError(report(theSeed, capture.examplesUsed, capture.smallest, shrunk, failure));
    }

    private long seed() {
        String property = System.getProperty(SEED);
        if (property != null && !property.isBlank()) {
            try {
                return Long.parseLong(property.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SEED + " must be a whole number, was \"" + property + "\"", e);
            }
        }
        return seed.orElseGet(System::nanoTime);
    }

    private static Optional<Throwable> failure(Consumer<ExchangeRecord> property, ExchangeRecord record) {
        try {
            property.accept(record);
            return Optional.empty();
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e);
        }
    }

    static String report(long seed, int examplesUsed, ExchangeRecord found, ExchangeRecord shrunk, Throwable failure) {
        String scenario = ScenarioWriter.write(shrunk);
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Property falsified after ").append(examplesUsed).append(examplesUsed == 1 ? " example" : " examples")
                .append(", seed ").append(seed).append(" (replay with -D").append(SEED).append('=').append(seed)
                .append(')').append(nl);
        out.append("Shrunk from ").append(RecordShrinker.size(found)).append(nl)
                .append("        to ").append(RecordShrinker.size(shrunk)).append(nl);
        out.append("Shrunk record, as a scenario file for `parley validate`");
        saved(seed, scenario).ifPresent(path -> out.append(" (written to ").append(path).append(')'));
        out.append(':').append(nl).append(scenario);
        out.append("Failure on the shrunk record");
        if (!(failure instanceof AssertionError)) {
            out.append(" (").append(failure.getClass().getName()).append(')');
        }
        out.append(':').append(nl).append(cut(String.valueOf(failure.getMessage())));
        return out.toString();
    }

    private static String cut(String message) {
        if (message.length() <= MAX_FAILURE_CHARS) {
            return message;
        }
        return message.substring(0, MAX_FAILURE_CHARS) + System.lineSeparator() + "... ("
                + (message.length() - MAX_FAILURE_CHARS) + " more characters)";
    }

    /** Writes the scenario under target/parley-failures when the working folder has a target folder. */
    private static Optional<Path> saved(long seed, String scenario) {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try {
            Path file = target.resolve("parley-failures").resolve("seed-" + seed + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, scenario, StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Takes QuickTheories' result instead of its long report. */
    private static final class Capture implements Reporter {
        ExchangeRecord smallest;
        Throwable cause;
        int examplesUsed;
        boolean exhausted;

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                                   List<Object> examples, AsString<Object> toString) {
            this.examplesUsed = examplesUsed;
            this.smallest = (ExchangeRecord) smallest;
            this.cause = cause;
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
                                   AsString<Object> toString) {
            falisification(seed, examplesUsed, smallest, new AssertionError("the property failed"), examples,
                    toString);
        }

        @Override
        public void valuesExhausted(int examplesUsed) {
            this.examplesUsed = examplesUsed;
            this.exhausted = true;
        }
    }
}
