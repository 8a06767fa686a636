package org.parley.rules.spring;

import java.util.List;
import java.util.Objects;
import org.parley.rules.RuleProblem;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code parley} health: UP with the term types and the rule files of your own when
 * the rules compiled; DOWN with every problem ({@code FILE:LINE:COLUMN: message}) when
 * they did not (only possible with {@code parley.rules.fail-fast=false}).
 */
public final class ParleyHealthIndicator implements HealthIndicator {

    private final ParleyRules rules;

    /**
     * A health indicator of these rules.
     *
     * @param rules the compiled rules, or their problems
     */
    public ParleyHealthIndicator(ParleyRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Health health() {
        Health.Builder health = rules.compiled() ? Health.up() : Health.down();
        health.withDetail("rulesCompiled", rules.compiled())
                .withDetail("ruleFiles", rules.ruleFiles());
        rules.validator().ifPresent(v -> health.withDetail("termTypes", v.termTypes().stream().sorted().toList()));
        if (!rules.compiled()) {
            List<String> problems = rules.problems().stream().map(RuleProblem::toString).toList();
            health.withDetail("problems", problems);
        }
        return health.build();
    }
}
