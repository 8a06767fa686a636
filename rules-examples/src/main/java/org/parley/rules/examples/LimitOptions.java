package org.parley.rules.examples;

import java.time.Duration;
import org.parley.rules.ValidatorBuilder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-firings N} and {@code --timeout SECONDS}: the limits of each validation. */
final class LimitOptions {

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stops a validation after N rule firings (default 200000000); exit status 3.")
    private Long maxFirings;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "Stops a validation that takes longer than SECONDS (default 1800); exit status 3.")
    private Long timeoutSeconds;

    /** The limits of the command line: none given, the validator's defaults. */
    LimitOptions() {
    }

    /** A time limit alone, as {@code --timeout SECONDS} gives it (for {@code check-rules}, which has no firings). */
    static LimitOptions timeout(long seconds) {
        LimitOptions limits = new LimitOptions();
        limits.timeoutSeconds = seconds;
        return limits;
    }

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

    /**
     * A time limit in whole seconds, 1 or more: {@code validate --timeout} and
     * {@code check-rules --timeout} parse it alike, and refuse anything else as bad usage
     * (exit status 2) rather than as an internal error of the builder.
     */
    static final class Seconds implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long seconds = Long.parseLong(value.strip());
                // Duration.ofSeconds(seconds).toNanos() must not overflow: some 292 years.
                if (seconds > 0 && seconds <= Long.MAX_VALUE / 1_000_000_000L) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // Reported below with the rule for a time limit.
            }
            throw new TypeConversionException("'" + value + "' is not a time limit; expected a whole number of "
                    + "seconds, 1 or more, such as 60");
        }
    }
}
