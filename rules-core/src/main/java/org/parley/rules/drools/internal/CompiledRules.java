package org.parley.rules.drools.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A compiled rule set: the KieBase, the term types its rules declare, and the names of its
 * reporting and deriving rules (for rule coverage).
 *
 * @param kieBase   the compiled rules, shared by every session
 * @param termTypes the {@code @term} values of the rules, other than INTEGRITY
 * @param ruleNames every rule's name, sorted, queries left out
 * @param custom    the rule files added beside the built-in rules, in a KieBase of their own
 * @param sources   the file each rule of {@code kieBase} came from, by rule name, for rules
 *                  not built in
 */
public record CompiledRules(KieBase kieBase, Set<String> termTypes, List<String> ruleNames,
                            Optional<CustomRules> custom, Map<String, String> sources) {

    /** The {@code @term} of the integrity checks, which no agreement lists. */
    public static final String INTEGRITY = "INTEGRITY";

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CompiledRules {
        Objects.requireNonNull(kieBase, "kieBase");
        termTypes = Set.copyOf(termTypes);
        ruleNames = List.copyOf(ruleNames);
        Objects.requireNonNull(custom, "custom");
        sources = Map.copyOf(sources);
    }

    /** A rule set of built-in rules in one KieBase. */
    public CompiledRules(KieBase kieBase, Set<String> termTypes, List<String> ruleNames) {
        this(kieBase, termTypes, ruleNames, Optional.empty(), Map.of());
    }

    /** The violations of {@code kieBase}, each with the file its rule came from. */
    List<org.parley.rules.Violation> withSources(List<org.parley.rules.Violation> found) {
        if (sources.isEmpty()) {
            return found;
        }
        return found.stream().map(v -> sources.containsKey(v.rule()) ? v.fromSource(sources.get(v.rule())) : v).toList();
    }
}
