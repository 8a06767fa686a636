package org.parley.rules.testkit;

import java.util.Optional;
import org.parley.rules.model.ExchangeRecord;

/**
 * Breaks exactly one term of a compliant record, in a known way, and says which violations
 * that must cause. Obtain mutators from {@link Mutators}.
 *
 * <pre>{@code
 * Optional<Mutation> mutation = Mutators.ageAtTheLimit().mutate(compliant, seed);
 * mutation.ifPresent(m -> ReportAssert.assertThat(validator.validate(m.record())).hasOnly(m.expected()));
 * }</pre>
 *
 * <p>Mutators are stateless and thread-safe; the same record and seed give the same mutation.
 */
public interface Mutator {

    /** A short name that says what the mutator does, such as {@code ageAtTheLimit}. */
    String name();

    /** The code of the violations it causes, such as {@code AGE_LIMIT}. */
    String code();

    /**
     * Breaks one term of a record that has no violation.
     *
     * @param compliant a record with no violation at all, such as one from {@link CompliantRecords}
     * @param seed      picks among the facts and ways the mutator could break
     * @return the mutation, or empty when the record gives the mutator nothing to break (its
     *         agreement does not list the term, or no fact fits)
     * @throws NullPointerException if {@code compliant} is null
     */
    Optional<Mutation> mutate(ExchangeRecord compliant, long seed);
}
