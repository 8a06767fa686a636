package org.parley.rules.drools.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;
import org.parley.rules.model.TermDeclaration;

/**
 * A compiled rule set: the KieBase, the term types its rules declare, and the names of its
 * reporting and deriving rules (for rule coverage).
 *
 * @param kieBase   the compiled rules, shared by every session
 * @param termTypes the {@code @term} values of the rules, other than INTEGRITY
 * @param ruleNames every rule's name, sorted, queries left out
 * @param termDeclarations what the rule files declare about their custom terms, by type
 */
public record CompiledRules(KieBase kieBase, Set<String> termTypes, List<String> ruleNames,
                            Map<String, TermDeclaration> termDeclarations) {

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
        termDeclarations = Map.copyOf(termDeclarations);
    }

    /** A compiled rule set whose custom terms declare no parameters. */
    public CompiledRules(KieBase kieBase, Set<String> termTypes, List<String> ruleNames) {
        this(kieBase, termTypes, ruleNames, Map.of());
    }
}
