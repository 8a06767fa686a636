package org.parley.rules.drools;

import java.util.Objects;
import org.parley.rules.Validator;
import org.parley.rules.drools.internal.CompiledRules;
import org.parley.rules.drools.internal.DroolsValidator;
import org.parley.rules.drools.internal.RuleCompiler;
import org.parley.rules.spi.ValidatorConfiguration;
import org.parley.rules.spi.ValidatorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools implementation of the Parley API, found by
 * {@link org.parley.rules.Validators} through {@link java.util.ServiceLoader}.
 *
 * <p>The built-in rule files are compiled once, on the first call that needs them alone,
 * and shared by every validator built from them; a validator with rule files of its own
 * compiles its own rule set. A failed compilation is not remembered: the next call tries
 * again and throws the same error.
 */
public final class DroolsValidatorProvider implements ValidatorProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsValidatorProvider.class);
    private static final Object LOCK = new Object();
    private static volatile CompiledRules builtIn;

    /** Creates the provider; the rules are compiled on first use. */
    public DroolsValidatorProvider() {
    }

    @Override
    public Validator newValidator(ValidatorConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        if (configuration.builtInRules() && configuration.ruleSources().isEmpty()) {
            return new DroolsValidator(builtInRules());
        }
        return new DroolsValidator(timed(configuration));
    }

    private static CompiledRules timed(ValidatorConfiguration configuration) {
        long start = System.nanoTime();
        CompiledRules rules = RuleCompiler.compile(configuration);
        LOG.debug("compiled the {} rules and {} rule files of your own in {} ms",
                configuration.builtInRules() ? "built-in" : "no built-in", configuration.ruleSources().size(),
                (System.nanoTime() - start) / 1_000_000);
        return rules;
    }

    private static CompiledRules builtInRules() {
        CompiledRules rules = builtIn;
        if (rules == null) {
            synchronized (LOCK) {
                rules = builtIn;
                if (rules == null) {
                    rules = timed(ValidatorConfiguration.BUILT_IN);
                    builtIn = rules;
                }
            }
        }
        return rules;
    }
}
