package org.parley.rules;

import org.parley.rules.model.ExchangeRecord;

/**
 * Judges exchange records against the terms of their agreement.
 *
 * <p>Implementations are thread-safe: one validator may be shared by any number of
 * threads, and each call judges its record alone. Obtain one from {@link Validators}.
 */
public interface Validator {

    /**
     * Judges one exchange record and returns every violation found.
     *
     * <p>Problems in the record itself (a transfer naming an unknown detainee, a party code
     * that is not a party to the agreement) are reported as violations, not thrown, so that
     * the rest of the record is still judged.
     *
     * @param record the agreement and what happened under it
     * @return the report, never null; it has no violations when nothing is wrong
     * @throws NullPointerException if {@code record} is null
     * @throws ValidationException  if the rules could not be run
     */
    ValidationReport validate(ExchangeRecord record);
}
