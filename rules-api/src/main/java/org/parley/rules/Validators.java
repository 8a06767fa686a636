package org.parley.rules;

import java.util.ServiceLoader;
import org.parley.rules.spi.ValidatorProvider;

/**
 * Bootstrap: finds the validator implementation on the classpath.
 *
 * <pre>{@code
 * Validator validator = Validators.newValidator();
 * ValidationReport report = validator.validate(record);
 * }</pre>
 *
 * <p>The implementation is found with {@link ServiceLoader}; {@code org.parley:rules-core}
 * provides the Drools one. Building a validator compiles its rules, which takes about a
 * second: build one and share it.
 *
 * <p><b>Caching.</b> The Drools implementation compiles the built-in rules once per class
 * loader, on the first {@link #newValidator()} (or {@link #builder()} with no rule file
 * added), and every later such call returns a new validator over the same compiled rules,
 * in microseconds. A failed compilation is not cached: the next call tries again. A
 * validator built with rule files of your own compiles its own rule set on every
 * {@link ValidatorBuilder#build()}, nothing of it is cached: build it once and keep it.
 */
public final class Validators {

    private Validators() {
    }

    /**
     * Builds a validator with the built-in rules of every term. The compiled built-in rules
     * are cached by the implementation (see the class comment): the second call is cheap.
     *
     * @return a new thread-safe validator
     * @throws NoProviderException if no implementation is on the classpath
     * @throws ValidationException if the implementation fails to build its rules
     */
    public static Validator newValidator() {
        return provider().newValidator();
    }

    /**
     * A builder for a validator with rule files of your own, beside or instead of the built-in ones.
     *
     * @return a new builder that loads the built-in rules unless told otherwise
     */
    public static ValidatorBuilder builder() {
        return new ValidatorBuilder();
    }

    /**
     * The provider that {@link #newValidator()} uses: the first found, by class name when
     * several are present.
     *
     * @throws NoProviderException if no implementation is on the classpath
     */
    public static ValidatorProvider provider() {
        // A loop rather than a stream of lambdas: this is on the path of a cold run.
        ValidatorProvider first = null;
        for (ValidatorProvider provider : ServiceLoader.load(ValidatorProvider.class,
                Validators.class.getClassLoader())) {
            if (first == null || provider.getClass().getName().compareTo(first.getClass().getName()) < 0) {
                first = provider;
            }
        }
        if (first == null) {
            throw new NoProviderException("No Parley validator implementation was found: add org.parley:rules-core "
                    + "to the runtime classpath");
        }
        return first;
    }
}
