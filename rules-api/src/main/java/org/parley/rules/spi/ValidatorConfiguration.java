package org.parley.rules.spi;

import java.util.List;
import java.util.Objects;
import org.parley.rules.RuleSource;

/**
 * What a validator is built from: the built-in rules or not, and extra rule files.
 *
 * @param builtInRules whether the built-in rule files are loaded
 * @param ruleSources  extra rule files, in the order given
 * @param restricted   whether extra rule files are held to the restricted vocabulary
 *                     (the fact model, the reporting helper and a small allowlist)
 */
public record ValidatorConfiguration(boolean builtInRules, List<RuleSource> ruleSources, boolean restricted) {

    /** The built-in rules alone. */
    public static final ValidatorConfiguration BUILT_IN = new ValidatorConfiguration(true, List.of(), false);

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or source is null
     */
    public ValidatorConfiguration {
        ruleSources = List.copyOf(Objects.requireNonNull(ruleSources, "ruleSources"));
    }
}
