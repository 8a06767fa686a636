package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.definition.rule.Rule;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * Builds the rule set a configuration names, through Drools' executable model.
 *
 * <p>The built-in rules are precompiled ({@link RuleBase}). Rule files given at run time are
 * checked first ({@link RuleChecks}: parsing, conventions, the restricted vocabulary, the
 * checks the compiler does not make), then compiled to an executable model of their own,
 * and the KieBase is built from the built-in models and theirs together: the built-in rule
 * files are never compiled again. Every problem is reported in the author's file, at its
 * line and column ({@link GeneratedErrors}).
 */
final class RuleCompiler {

    private RuleCompiler() {
    }

    /**
     * Compiles the rules a configuration names.
     *
     * @throws RuleCompilationException if a file does not parse, compile or follow the conventions
     */
    static CompiledRules compile(ValidatorConfiguration configuration) {
        CompiledRules builtIn = configuration.builtInRules() ? RuleBase.builtIn() : null;
        if (configuration.ruleSources().isEmpty() && builtIn != null) {
            return builtIn;
        }
        List<RuleSource> sources = configuration.ruleSources();
        RuleChecks checks = RuleChecks.of(sources, builtIn == null ? Map.of() : builtIn.positions(),
                configuration.restricted());
        // The declarations of custom terms, and the reads of their parameters.
        TermDeclarations declarations = checks.problems().isEmpty()
                ? TermDeclarations.read(sources.stream().map(RuleSource::name).toList(),
                        sources.stream().map(RuleSource::text).toList(), checks.packages())
                : null;
        if (!checks.problems().isEmpty() || !declarations.problems().isEmpty()) {
            List<RuleProblem> problems = new ArrayList<>(checks.problems());
            if (declarations != null) {
                problems.addAll(declarations.problems());
            }
            throw new RuleCompilationException(problems);
        }
        ModelCompiler.Result result = ModelCompiler.compile(sources, checks.packages(), ModelCompiler.uniqueArtifact());
        if (!result.errors().isEmpty()) {
            throw new RuleCompilationException(GeneratedErrors.locateAll(result.errors(), result.sources(), checks));
        }
        List<Model> models = new ArrayList<>();
        Map<String, String> positions = new HashMap<>();
        if (builtIn != null) {
            models.addAll(builtIn.models());
            positions.putAll(builtIn.positions());
        }
        models.addAll(result.models());
        for (int i = 0; i < sources.size(); i++) {
            PackageDescr pkg = checks.packages().get(i);
            for (RuleDescr rule : pkg.getRules()) {
                positions.put(pkg.getName() + "." + rule.getName(), sources.get(i).name() + ":"
                        + Math.max(1, rule.getLine()) + ":" + Math.max(1, rule.getColumn() + 1));
            }
        }
        return assemble(models, positions, declarations.declarations());
    }

    /** The KieBase of a set of models whose custom terms declare no parameters. */
    static CompiledRules assemble(List<Model> models, Map<String, String> positions) {
        return assemble(models, positions, Map.of());
    }

    /** The KieBase of a set of models, and what the validator needs to know of its rules. */
    static CompiledRules assemble(List<Model> models, Map<String, String> positions,
                                  Map<String, TermDeclaration> declared) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        // Drools 10.2 shares beta nodes between rules; with the accumulates of the built-in
        // rules, a shared node missed a match in a stateful session when facts arrived after a
        // first fireAllRules (WOUNDED_PRIORITY, found by ValidationSessionProperties and
        // reproduced in ValidationSessionTests). Re-checked on the executable model (10.2.0): it
        // still misses the match with shared nodes. Unshared nodes cost memory, not correctness.
        configuration.setProperty("drools.shareBetaNodes", "false");
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, configuration);
        Set<String> types = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            Set<String> queries = new HashSet<>();
            for (Query query : pkg.getQueries()) {
                queries.add(query.getName());
            }
            for (Rule rule : pkg.getRules()) {
                if (queries.contains(rule.getName())) {
                    continue;
                }
                names.add(rule.getName());
                Object term = rule.getMetaData().get("term");
                if (term != null && !CompiledRules.INTEGRITY.equals(unquote(term.toString()))) {
                    types.add(unquote(term.toString()));
                }
            }
        }
        names.sort(null);
        types.addAll(declared.keySet());
        // A custom term that no file declares has no parameters.
        Map<String, TermDeclaration> declarations = new HashMap<>(declared);
        for (String type : types) {
            if (!CustomTerm.BUILT_IN_TYPES.contains(type)) {
                declarations.putIfAbsent(type, new TermDeclaration(type, "", List.of()));
            }
        }
        return new CompiledRules(kieBase, models, types, names, positions, declarations);
    }

    static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
