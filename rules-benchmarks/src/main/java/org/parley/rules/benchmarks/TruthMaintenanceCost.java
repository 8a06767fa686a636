package org.parley.rules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.parley.rules.model.ExchangeRecord;

/**
 * What truth maintenance costs a one-shot validation: the built-in rule files compiled twice
 * in one JVM, as they are ({@code insertLogical}) and with every {@code insertLogical} made a
 * plain {@code insert}, and the same record validated by each, interleaved; the median times
 * and their ratio. Both are compiled the same way (at run time, as rule files without the
 * built-in rules), so that they differ in truth maintenance alone. A measurement for the
 * decision of issue #12 whether a one-shot rule base of its own pays, not a product path.
 *
 * <pre>
 * java -Xms2g -Xmx2g -cp "rules-benchmarks/target/benchmarks.jar:rules-benchmarks/target/lib/*" \
 *      org.parley.rules.benchmarks.TruthMaintenanceCost 100000 7
 * </pre>
 */
public final class TruthMaintenanceCost {

    private static final List<String> FILES = List.of(
            "org/parley/rules/common/classification.drl", "org/parley/rules/common/queries.drl",
            "org/parley/rules/terms/age-limit.drl", "org/parley/rules/terms/agreed-lists.drl",
            "org/parley/rules/terms/all-for-all.drl", "org/parley/rules/terms/cadence.drl",
            "org/parley/rules/terms/consent.drl", "org/parley/rules/terms/eligibility.drl",
            "org/parley/rules/terms/integrity.drl", "org/parley/rules/terms/parity.drl",
            "org/parley/rules/terms/remains.drl", "org/parley/rules/terms/simultaneity.drl",
            "org/parley/rules/terms/wounded-priority.drl");

    private TruthMaintenanceCost() {
    }

    private static Validator compiled(boolean logical) {
        ValidatorBuilder builder = Validators.builder().withoutBuiltInRules();
        for (String file : FILES) {
            String drl = read(file);
            builder.addRules(file, logical ? drl : drl.replace("insertLogical(", "insert("));
        }
        return builder.build();
    }

    private static String read(String resource) {
        try (InputStream in = TruthMaintenanceCost.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long time(Validator validator, ExchangeRecord record) {
        long start = System.nanoTime();
        validator.validate(record);
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Prints the median times with and without truth maintenance.
     *
     * @param args the number of detainees (100000) and of rounds (7)
     */
    public static void main(String[] args) {
        int detainees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Validator logical = compiled(true);
        Validator plain = compiled(false);
        ExchangeRecord record = LargeRecords.record(detainees);
        for (int i = 0; i < 2; i++) {
            time(logical, record);
            time(plain, record);
        }
        long[] withTms = new long[rounds];
        long[] without = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            withTms[i] = time(logical, record);
            without[i] = time(plain, record);
        }
        long a = median(withTms);
        long b = median(without);
        System.out.printf("%,d detainees, %d rounds: insertLogical %,d ms, insert %,d ms; truth maintenance costs "
                + "%.1f%% of one-shot time%n", detainees, rounds, a / 1_000_000, b / 1_000_000, 100.0 * (a - b) / a);
    }
}
