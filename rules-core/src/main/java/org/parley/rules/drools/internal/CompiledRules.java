package org.parley.rules.drools.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.parley.rules.Violation;
import org.parley.rules.model.TermDeclaration;

/**
 * A compiled rule set: the KieBase, the executable models it was built from (so that rule
 * files given at run time can be built beside them; both made on first use for the built-in
 * rules, whose one-shot validations run on a rule base of their own, {@link RuleBase}), the term types its rules declare, the
 * names of its rules (for rule coverage), where each rule is written, what the rule files
 * declare about their custom terms, and the rule files added beside the built-in rules in a
 * KieBase of their own ({@link CustomRules}).
 *
 * @param base             the compiled rules, shared by every session, built on first use
 * @param lazyModels       the executable models the KieBase is built from, made on first use
 * @param termTypes        the {@code @term} values of the rules, other than INTEGRITY
 * @param ruleNames        every rule's name, sorted, queries left out
 * @param positions        where each rule is written, by {@code package.name}, as {@code FILE:LINE:COLUMN}
 * @param termDeclarations what the rule files declare about their custom terms, by type
 * @param custom           the rule files added beside the built-in rules, in a KieBase of their own
 * @param sources          the file each rule of {@code kieBase} came from, by rule name, for rules
 *                         not built in
 */
record CompiledRules(Lazy<KieBase> base, Lazy<List<Model>> lazyModels, Set<String> termTypes, List<String> ruleNames,
                     Map<String, String> positions, Map<String, TermDeclaration> termDeclarations,
                     Optional<CustomRules> custom, Map<String, String> sources) {

    /** The {@code @term} of the integrity checks, which no agreement lists. */
    static final String INTEGRITY = "INTEGRITY";

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    CompiledRules {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(lazyModels, "lazyModels");
        termTypes = Set.copyOf(termTypes);
        ruleNames = List.copyOf(ruleNames);
        positions = Map.copyOf(positions);
        termDeclarations = Map.copyOf(termDeclarations);
        Objects.requireNonNull(custom, "custom");
        sources = Map.copyOf(sources);
    }

    /** A compiled rule set in one KieBase. */
    CompiledRules(KieBase kieBase, List<Model> models, Set<String> termTypes, List<String> ruleNames,
                  Map<String, String> positions, Map<String, TermDeclaration> termDeclarations) {
        this(Lazy.made(kieBase), Lazy.made(List.copyOf(models)), termTypes, ruleNames, positions, termDeclarations,
                Optional.empty(), Map.of());
    }

    /** The compiled rules, shared by every session: built now if they were not yet. */
    KieBase kieBase() {
        return base.get();
    }

    /** The executable models the KieBase is built from: made now if they were not yet. */
    List<Model> models() {
        return lazyModels.get();
    }

    /** A compiled rule set in one KieBase whose custom terms declare no parameters. */
    CompiledRules(KieBase kieBase, List<Model> models, Set<String> termTypes, List<String> ruleNames,
                  Map<String, String> positions) {
        this(kieBase, models, termTypes, ruleNames, positions, Map.of());
    }

    /** This rule set with custom rules beside it and the files of its own rules. */
    CompiledRules with(Set<String> allTypes, List<String> allNames, Map<String, String> allPositions,
                       Map<String, TermDeclaration> allDeclarations, Optional<CustomRules> customRules,
                       Map<String, String> ruleSources) {
        return new CompiledRules(base, lazyModels, allTypes, allNames, allPositions, allDeclarations, customRules,
                ruleSources);
    }

    /** The violations of {@code kieBase}, each with the file its rule came from. */
    List<Violation> withSources(List<Violation> found) {
        if (sources.isEmpty()) {
            return found;
        }
        return found.stream().map(v -> sources.containsKey(v.rule()) ? v.fromSource(sources.get(v.rule())) : v).toList();
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
