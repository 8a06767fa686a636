package org.parley.rules.drools.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.parley.rules.model.TermDeclaration;

/**
 * A compiled rule set: the KieBase, the executable models it was built from (so that rule
 * files given at run time can be built beside them), the term types its rules declare, the
 * names of its rules (for rule coverage), where each rule is written, and what the rule
 * files declare about their custom terms.
 *
 * @param kieBase          the compiled rules, shared by every session
 * @param models           the executable models the KieBase was built from
 * @param termTypes        the {@code @term} values of the rules, other than INTEGRITY
 * @param ruleNames        every rule's name, sorted, queries left out
 * @param positions        where each rule is written, by {@code package.name}, as {@code FILE:LINE:COLUMN}
 * @param termDeclarations what the rule files declare about their custom terms, by type
 */
record CompiledRules(KieBase kieBase, List<Model> models, Set<String> termTypes, List<String> ruleNames,
                     Map<String, String> positions, Map<String, TermDeclaration> termDeclarations) {

    /** The {@code @term} of the integrity checks, which no agreement lists. */
    static final String INTEGRITY = "INTEGRITY";

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    CompiledRules {
        Objects.requireNonNull(kieBase, "kieBase");
        models = List.copyOf(models);
        termTypes = Set.copyOf(termTypes);
        ruleNames = List.copyOf(ruleNames);
        positions = Map.copyOf(positions);
        termDeclarations = Map.copyOf(termDeclarations);
    }

    /** A compiled rule set whose custom terms declare no parameters. */
    CompiledRules(KieBase kieBase, List<Model> models, Set<String> termTypes, List<String> ruleNames,
                  Map<String, String> positions) {
        this(kieBase, models, termTypes, ruleNames, positions, Map.of());
    }

    /** Where a rule is written, {@code FILE:LINE}, or its package when unknown. */
    String where(String pkg, String rule) {
        String at = positions.get(pkg + "." + rule);
        if (at == null) {
            return "package " + pkg;
        }
        int lastColon = at.lastIndexOf(':');
        return lastColon > 0 ? at.substring(0, lastColon) : at;
    }
}
