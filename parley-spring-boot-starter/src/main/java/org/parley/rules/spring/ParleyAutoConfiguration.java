package org.parley.rules.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.parley.rules.Validator;
import org.parley.rules.micrometer.MeteredValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures Parley: the rules compiled once at start-up ({@link ParleyRules}), a
 * {@link Validator} bean over them, metered when a {@link MeterRegistry} bean is present
 * and {@code parley.metrics.enabled} is not false, and the {@code parley} health indicator
 * when the actuator is on the classpath. A bean of your own of either type replaces it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(Validator.class)
@EnableConfigurationProperties(ParleyProperties.class)
public class ParleyAutoConfiguration {

    /** Creates the configuration. */
    public ParleyAutoConfiguration() {
    }

    /**
     * Reads and compiles the rule files of {@code parley.rules.*}, the validator held to
     * the limits of {@code parley.limits.*}.
     *
     * @param properties     the properties
     * @param resourceLoader the loader of classpath and file resources
     * @return the compiled rules, or their problems
     */
    @Bean
    @ConditionalOnMissingBean
    public ParleyRules parleyRules(ParleyProperties properties, ResourceLoader resourceLoader) {
        return ParleyRules.compile(properties.getRules(), properties.getLimits(), resourceLoader);
    }

    /**
     * The validator, shared by the whole application (it is thread-safe).
     *
     * @param rules      the compiled rules
     * @param properties the properties
     * @param registry   the meter registry, when there is one
     * @return the validator, metered when a registry is present and metrics are enabled
     */
    @Bean
    @ConditionalOnMissingBean
    public Validator parleyValidator(ParleyRules rules, ParleyProperties properties,
                                     ObjectProvider<MeterRegistry> registry) {
        Validator validator = rules.validator().orElseGet(() -> new UncompiledValidator(rules.problems()));
        MeterRegistry meters = properties.getMetrics().isEnabled() ? registry.getIfUnique() : null;
        return meters == null ? validator : new MeteredValidator(validator, meters);
    }

    /** The health indicator, when the actuator is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
            "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
    @ConditionalOnEnabledHealthIndicator("parley")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "parleyHealthIndicator")
        ParleyHealthIndicator parleyHealthIndicator(ParleyRules rules) {
            return new ParleyHealthIndicator(rules);
        }
    }
}
