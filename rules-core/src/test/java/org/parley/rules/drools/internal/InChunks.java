package org.parley.rules.drools.internal;

import org.parley.rules.Validator;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * For tests: validators that validate a record of more than a few profiles in chunks of that
 * many ({@link ProfileChunks}), as a validator does a record of more than 10,000, so that
 * small records go through the chunks.
 */
public final class InChunks {

    private InChunks() {
    }

    /** The built-in rules, a record of more than {@code chunk} profiles in chunks of {@code chunk}. */
    public static Validator validator(int chunk) {
        return DroolsValidator.of(ValidatorConfiguration.BUILT_IN, chunk);
    }

    /** The validator a configuration gives, a record of more than {@code chunk} profiles in chunks of {@code chunk}. */
    public static Validator validator(ValidatorConfiguration configuration, int chunk) {
        return DroolsValidator.of(configuration, chunk);
    }
}
