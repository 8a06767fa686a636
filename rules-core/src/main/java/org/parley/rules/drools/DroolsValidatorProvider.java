package org.parley.rules.drools;

import org.kie.api.KieBase;
import org.parley.rules.Validator;
import org.parley.rules.drools.internal.DroolsValidator;
import org.parley.rules.drools.internal.RuleBase;
import org.parley.rules.spi.ValidatorProvider;

/**
 * The Drools implementation of the Parley API, found by
 * {@link org.parley.rules.Validators} through {@link java.util.ServiceLoader}.
 *
 * <p>The built-in rule files are compiled once, on the first call to
 * {@link #newValidator()}, and the compiled rules are shared by every validator this
 * class returns. A failed compilation is not remembered: the next call tries again and
 * throws the same error.
 */
public final class DroolsValidatorProvider implements ValidatorProvider {

    private static final Object LOCK = new Object();
    private static volatile KieBase builtIn;

    /** Creates the provider; the rules are compiled on first use. */
    public DroolsValidatorProvider() {
    }

    @Override
    public Validator newValidator() {
        return new DroolsValidator(builtInRules());
    }

    private static KieBase builtInRules() {
        KieBase rules = builtIn;
        if (rules == null) {
            synchronized (LOCK) {
                rules = builtIn;
                if (rules == null) {
                    rules = RuleBase.buildBuiltIn();
                    builtIn = rules;
                }
            }
        }
        return rules;
    }
}
