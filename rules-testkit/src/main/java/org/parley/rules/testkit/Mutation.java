package org.parley.rules.testkit;

import java.util.List;
import java.util.Objects;
import org.parley.rules.model.ExchangeRecord;

/**
 * What a {@link Mutator} did to a compliant record, and the violations that, per the
 * contract, the result must have and no others.
 *
 * @param mutator     the mutator's name
 * @param description what was changed, naming the facts, for a failure message
 * @param record      the changed record
 * @param expected    every violation the changed record has, one term's and one code's
 */
public record Mutation(String mutator, String description, ExchangeRecord record, List<ExpectedViolation> expected) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or expected violation is null
     * @throws IllegalArgumentException if nothing is expected
     */
    public Mutation {
        Objects.requireNonNull(mutator, "mutator");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(record, "record");
        expected = List.copyOf(Objects.requireNonNull(expected, "expected"));
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("a mutation causes at least one violation");
        }
    }

    /** The code of the violations it causes. */
    public String code() {
        return expected.get(0).code();
    }

    /** Returns the mutator's name and the description. */
    @Override
    public String toString() {
        return mutator + ": " + description + ", expecting " + expected;
    }
}
