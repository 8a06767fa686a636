package org.parley.rules.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.rules.spi.ValidatorConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code parley.*} properties of the auto-configured validator.
 *
 * <pre>
 * parley.rules.locations=classpath*:rules/**&#47;*.drl, /etc/parley/rules
 * parley.rules.restricted=true
 * parley.limits.max-firings=1000000
 * parley.limits.timeout=5s
 * </pre>
 */
@ConfigurationProperties(prefix = "parley")
public class ParleyProperties {

    private final Rules rules = new Rules();
    private final Metrics metrics = new Metrics();
    private final Limits limits = new Limits();

    /** Creates the properties with their defaults. */
    public ParleyProperties() {
    }

    /** The rule files the validator is built from. */
    public Rules getRules() {
        return rules;
    }

    /** The Micrometer metrics of the validator. */
    public Metrics getMetrics() {
        return metrics;
    }

    /** The firing and time limits of every validation. */
    public Limits getLimits() {
        return limits;
    }

    /** The {@code parley.rules.*} properties. */
    public static class Rules {

        /**
         * Rule files of your own, loaded beside the built-in ones: a file or folder path (every
         * *.drl below a folder), or a Spring resource location or pattern such as
         * 'classpath:rules/batch-limit.drl' or 'classpath*:rules/**&#47;*.drl'.
         */
        private List<String> locations = new ArrayList<>();

        /** Whether the built-in rule files of every term are loaded. */
        private boolean builtIn = true;

        /**
         * Whether the rule files of 'parley.rules.locations' are held to restricted mode: the
         * fact model, java.time, java.util collections and java.lang basics only. Turn it on
         * for rule files you did not write.
         */
        private boolean restricted = false;

        /**
         * Whether the application fails to start when the rule files do not compile. When
         * false it starts, the 'parley' health is DOWN with the problems, and the validator
         * throws on every call.
         */
        private boolean failFast = true;

        /** Creates the properties with their defaults. */
        public Rules() {
        }

        /** The rule files of your own. */
        public List<String> getLocations() {
            return locations;
        }

        /** Sets the rule files of your own. */
        public void setLocations(List<String> locations) {
            this.locations = new ArrayList<>(locations);
        }

        /** Whether the built-in rule files are loaded. */
        public boolean isBuiltIn() {
            return builtIn;
        }

        /** Sets whether the built-in rule files are loaded. */
        public void setBuiltIn(boolean builtIn) {
            this.builtIn = builtIn;
        }

        /** Whether rule files of your own are held to restricted mode. */
        public boolean isRestricted() {
            return restricted;
        }

        /** Sets whether rule files of your own are held to restricted mode. */
        public void setRestricted(boolean restricted) {
            this.restricted = restricted;
        }

        /** Whether start-up fails when the rule files do not compile. */
        public boolean isFailFast() {
            return failFast;
        }

        /** Sets whether start-up fails when the rule files do not compile. */
        public void setFailFast(boolean failFast) {
            this.failFast = failFast;
        }
    }

    /** The {@code parley.metrics.*} properties. */
    public static class Metrics {

        /**
         * Whether the validator records Micrometer metrics (parley.validations,
         * parley.violations, parley.sessions.open) when a MeterRegistry bean is present.
         */
        private boolean enabled = true;

        /** Creates the properties with their defaults. */
        public Metrics() {
        }

        /** Whether metrics are recorded. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Sets whether metrics are recorded. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The {@code parley.limits.*} properties. */
    public static class Limits {

        /**
         * The most rule firings one validation or session report may take; past it the
         * validation throws ValidationLimitException naming the rule that fired most. Must be
         * positive.
         */
        private long maxFirings = ValidatorConfiguration.DEFAULT_MAX_FIRINGS;

        /**
         * The longest time one validation or session report may take, such as '5s' or
         * '500ms'; past it the validation throws ValidationLimitException. Must be positive.
         */
        private Duration timeout = ValidatorConfiguration.DEFAULT_TIMEOUT;

        /** Creates the properties with their defaults. */
        public Limits() {
        }

        /** The most rule firings of one validation. */
        public long getMaxFirings() {
            return maxFirings;
        }

        /** Sets the most rule firings of one validation. */
        public void setMaxFirings(long maxFirings) {
            this.maxFirings = maxFirings;
        }

        /** The longest time of one validation. */
        public Duration getTimeout() {
            return timeout;
        }

        /** Sets the longest time of one validation. */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
