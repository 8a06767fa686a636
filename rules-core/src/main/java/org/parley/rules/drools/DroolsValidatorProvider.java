package org.parley.rules.drools;

import java.util.Objects;
import org.parley.rules.Validator;
import org.parley.rules.drools.internal.DroolsValidator;
import org.parley.rules.spi.ValidatorConfiguration;
import org.parley.rules.spi.ValidatorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools implementation of the Parley API, found by
 * {@link org.parley.rules.Validators} through {@link java.util.ServiceLoader}.
 *
 * <p>The built-in rules are compiled when Parley is built and loaded once, on first use,
 * shared by every validator; a validator with rule files of its own compiles them and
 * builds its rule set from the built-in rules and those files. A failed compilation is not
 * remembered: the next call tries again and throws the same error.
 */
public final class DroolsValidatorProvider implements ValidatorProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsValidatorProvider.class);

    /** Creates the provider; the rules are loaded on first use. */
    public DroolsValidatorProvider() {
    }

    @Override
    public Validator newValidator(ValidatorConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        long start = System.nanoTime();
        Validator validator = DroolsValidator.of(configuration);
        LOG.debug("built a validator of the {} rules and {} rule files of your own in {} ms",
                configuration.builtInRules() ? "built-in" : "no built-in", configuration.ruleSources().size(),
                (System.nanoTime() - start) / 1_000_000);
        return validator;
    }
}
