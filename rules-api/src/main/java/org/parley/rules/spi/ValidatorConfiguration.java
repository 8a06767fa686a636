package org.parley.rules.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.rules.ProgressListener;
import org.parley.rules.RuleSource;

/**
 * What a validator is built from: the built-in rules or not, and extra rule files.
 *
 * @param builtInRules whether the built-in rule files are loaded
 * @param ruleSources  extra rule files, in the order given
 * @param restricted   whether extra rule files are held to the restricted vocabulary
 *                     (the fact model, the reporting helper and a small allowlist)
 * @param maxFirings   the most rule firings of one validation or report
 * @param timeout      the longest time one validation or report may take
 * @param progressListener who hears how far each validation has come, if anyone
 */
public record ValidatorConfiguration(boolean builtInRules, List<RuleSource> ruleSources, boolean restricted,
                                     long maxFirings, Duration timeout, Optional<ProgressListener> progressListener) {

    /**
     * The default firing limit: 200,000,000, some hundred firings for each of 1,000,000
     * detainees (the built-in rules fire a few times per fact).
     */
    public static final long DEFAULT_MAX_FIRINGS = 200_000_000L;

    /** The default time limit: 30 minutes, five times what 1,000,000 detainees took (docs/performance.md). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /** The built-in rules alone. */
    public static final ValidatorConfiguration BUILT_IN = new ValidatorConfiguration(true, List.of(), false);

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or source is null
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ValidatorConfiguration {
        ruleSources = List.copyOf(Objects.requireNonNull(ruleSources, "ruleSources"));
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(progressListener, "progressListener");
        if (maxFirings <= 0) {
            throw new IllegalArgumentException("maxFirings must be positive, was " + maxFirings);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** A configuration with no progress listener. */
    public ValidatorConfiguration(boolean builtInRules, List<RuleSource> ruleSources, boolean restricted,
                                  long maxFirings, Duration timeout) {
        this(builtInRules, ruleSources, restricted, maxFirings, timeout, Optional.empty());
    }

    /** A configuration with the default limits and no progress listener. */
    public ValidatorConfiguration(boolean builtInRules, List<RuleSource> ruleSources, boolean restricted) {
        this(builtInRules, ruleSources, restricted, DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT);
    }
}
