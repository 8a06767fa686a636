package org.parley.rules;

import java.util.Map;
import java.util.Set;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.TermDeclaration;

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

    /**
     * The term types this validator's rules check: the built-in types, and every type that
     * a loaded rule file declares with {@code @term}. An agreement may list a
     * {@link CustomTerm} only of one of these types.
     */
    default Set<String> termTypes() {
        return CustomTerm.BUILT_IN_TYPES;
    }

    /**
     * What the loaded rule files declare about their custom term types: for each type of
     * {@link #termTypes()} that is not built in, its description and parameters (a type that
     * no file declares has an empty description and no parameters). A {@link CustomTerm}
     * given to {@link #validate(ExchangeRecord)} must follow its declaration.
     *
     * <p>This default declares nothing, as a validator of the built-in rules alone.
     *
     * @return the declarations by term type, unmodifiable, never null
     */
    default Map<String, TermDeclaration> termDeclarations() {
        return Map.of();
    }

    /**
     * Judges a record like {@link #validate(ExchangeRecord)} and says why: the facts each
     * violation's rule matched, and how often each rule fired. Slower than validate.
     *
     * <p>This default explains nothing: no matched facts, no firings.
     *
     * @param record the agreement and what happened under it
     * @return the report with its explanation
     */
    default Explanation explain(ExchangeRecord record) {
        return new Explanation(validate(record), Map.of(), Map.of());
    }

    /**
     * Opens a session for incremental validation of one agreement, holding no facts yet.
     *
     * <p>This default has no incremental engine: it keeps the facts and validates them all
     * again on every report.
     *
     * @param agreement the agreement whose record will be added
     * @return a new session; close it
     * @throws IllegalArgumentException if the agreement lists a custom term no loaded rule declares
     */
    default ValidationSession openSession(Agreement agreement) {
        return new RevalidatingSession(this, agreement);
    }
}
