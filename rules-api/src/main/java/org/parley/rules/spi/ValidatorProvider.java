package org.parley.rules.spi;

import org.parley.rules.Validator;

/**
 * Service provider interface: an implementation of the validation API.
 *
 * <p>Implementations are listed in
 * {@code META-INF/services/org.parley.rules.spi.ValidatorProvider} and found by
 * {@link org.parley.rules.Validators}. They need a public no-argument constructor.
 */
public interface ValidatorProvider {

    /**
     * Builds a validator with the built-in rules of every term.
     *
     * @return a new thread-safe validator
     */
    default Validator newValidator() {
        return newValidator(ValidatorConfiguration.BUILT_IN);
    }

    /**
     * Builds a validator from a configuration.
     *
     * @param configuration which rules to load
     * @return a new thread-safe validator
     * @throws org.parley.rules.RuleCompilationException if a rule file does not compile
     */
    Validator newValidator(ValidatorConfiguration configuration);
}
