package org.parley.rules.examples;

import java.time.Duration;
import org.parley.rules.ValidatorBuilder;
import picocli.CommandLine.Option;

/** {@code --max-firings N} and {@code --timeout SECONDS}: the limits of each validation. */
final class LimitOptions {

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stops a validation after N rule firings (default 200000000); exit status 3.")
    private Long maxFirings;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stops a validation that takes longer than SECONDS (default 1800); exit status 3.")
    private Long timeoutSeconds;

    /** Whether a limit was given on the command line. */
    boolean given() {
        return maxFirings != null || timeoutSeconds != null;
    }

    /** The builder with the limits given on the command line. */
    ValidatorBuilder apply(ValidatorBuilder builder) {
        if (maxFirings != null) {
            builder.maxFirings(maxFirings);
        }
        if (timeoutSeconds != null) {
            builder.timeout(Duration.ofSeconds(timeoutSeconds));
        }
        return builder;
    }
}
