package org.parley.rules.benchmarks;

import org.parley.rules.Validator;
import org.parley.rules.Validators;

/**
 * The first {@code Validators.newValidator()} of a fresh JVM against the second, and the
 * first validation after it, printed in milliseconds: run it in a new JVM each time (the
 * documented command in docs/performance.md runs it several times).
 */
public final class FirstValidator {

    private FirstValidator() {
    }

    /**
     * Prints {@code first=.. second=.. firstValidation=..} in milliseconds.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Validator first = Validators.newValidator();
        long t1 = System.nanoTime();
        Validator second = Validators.newValidator();
        long t2 = System.nanoTime();
        int violations = first.validate(LargeRecords.record(100)).violations().size();
        long t3 = System.nanoTime();
        System.out.printf("first=%.1f second=%.3f firstValidation100=%.1f violations=%d same=%s%n", (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, (t3 - t2) / 1e6, violations, first.termTypes().equals(second.termTypes()));
    }
}
