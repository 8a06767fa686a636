package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AnnotationDescr;
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
 *
 * <p>In restricted mode the classes the executable model generated from the files are
 * verified ({@link ModelClassCheck}) before any of them is loaded. Files added beside the
 * built-in rules get a KieBase of their own ({@link CustomRules}: the built-in common
 * models and theirs), so that no custom rule can change the built-in verdict; their codes and
 * terms may not be built-in ones ({@link OwnCodes}).
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
        List<RuleProblem> own = new ArrayList<>();
        if (builtIn != null) {
            // The one-shot rule base has the same rules and metadata, and is built already.
            Set<String> taken = builtInMetadata(RuleBase.oneShotFor(builtIn));
            for (int i = 0; i < sources.size(); i++) {
                if (checks.packages().get(i) != null) {
                    own.addAll(OwnCodes.check(sources.get(i), checks.packages().get(i), taken));
                }
            }
        }
        if (!checks.problems().isEmpty() || !own.isEmpty() || !declarations.problems().isEmpty()) {
            List<RuleProblem> problems = new ArrayList<>(checks.problems());
            problems.addAll(own);
            if (declarations != null) {
                problems.addAll(declarations.problems());
            }
            throw new RuleCompilationException(problems);
        }
        ModelCompiler.Result result = ModelCompiler.compile(sources, checks.packages(), ModelCompiler.uniqueArtifact(),
                configuration.restricted() ? classes -> verified(classes, sources, checks) : classes -> classes,
                configuration.timeout());
        if (!result.errors().isEmpty()) {
            throw new RuleCompilationException(GeneratedErrors.locateAll(result.errors(), result.sources(), checks));
        }
        Map<String, String> positions = new HashMap<>();
        Map<String, String> ruleSources = new HashMap<>();
        Map<String, Set<String>> codes = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            PackageDescr pkg = checks.packages().get(i);
            String file = sources.get(i).name();
            for (RuleDescr rule : pkg.getRules()) {
                positions.put(pkg.getName() + "." + rule.getName(), file + ":"
                        + Math.max(1, rule.getLine()) + ":" + Math.max(1, rule.getColumn() + 1));
                if (builtIn == null && RuleBase.BUILT_IN.contains(file)) {
                    // A built-in file loaded on its own (without the built-in rules, such as
                    // with a deliberate slip in a test): its violations stay built-in.
                    continue;
                }
                ruleSources.put(rule.getName(), file);
                AnnotationDescr code = rule.getAnnotation("code");
                if (code != null && code.getSingleValueStripped() != null) {
                    codes.computeIfAbsent(file, f -> new HashSet<>()).add(code.getSingleValueStripped().toString().strip());
                }
            }
        }
        if (builtIn == null) {
            CompiledRules alone = assemble(result.models(), positions, declarations.declarations());
            return alone.with(alone.termTypes(), alone.ruleNames(), alone.positions(), alone.termDeclarations(),
                    Optional.empty(), ruleSources);
        }
        // Custom files beside the built-in rules: a KieBase of their own, with the built-in
        // classification rules they may match and the query that reads violations back.
        List<Model> customModels = new ArrayList<>();
        for (Model model : builtIn.models()) {
            if (isCommon(model)) {
                customModels.add(model);
            }
        }
        customModels.addAll(result.models());
        Map<String, String> customPositions = new HashMap<>(builtIn.positions());
        customPositions.putAll(positions);
        CompiledRules custom = assemble(customModels, customPositions, declarations.declarations());
        Set<String> types = new TreeSet<>(builtIn.termTypes());
        types.addAll(custom.termTypes());
        Set<String> names = new TreeSet<>(builtIn.ruleNames());
        names.addAll(custom.ruleNames());
        Map<String, TermDeclaration> allDeclarations = new HashMap<>(custom.termDeclarations());
        builtIn.termDeclarations().forEach(allDeclarations::putIfAbsent);
        return builtIn.with(types, List.copyOf(names), customPositions, allDeclarations,
                Optional.of(new CustomRules(custom.kieBase(), ruleSources, codes)), Map.of());
    }

    /** The problems of the generated classes, thrown before any of them is loaded. */
    /**
     * The classes of restricted files, refused when they use anything off the allowlist, and
     * otherwise given the time limit inside rule code ({@link RuleDeadline}).
     */
    private static Map<String, byte[]> verified(Map<String, byte[]> classes, List<RuleSource> sources,
                                                RuleChecks checks) {
        List<RuleProblem> problems = ModelClassCheck.problems(classes, sources, checks.packages());
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return RuleDeadline.instrument(classes);
    }

    /** Whether a built-in model is of the common package (classification rules and queries). */
    private static boolean isCommon(Model model) {
        return model.getRules().stream().anyMatch(r -> RuleBase.COMMON_PACKAGE.equals(r.getPackage()))
                || model.getQueries().stream().anyMatch(q -> RuleBase.COMMON_PACKAGE.equals(q.getPackage()));
    }

    /** The codes ({@code @code}) and term types ({@code @term}) of the built-in rules. */
    private static Set<String> builtInMetadata(KieBase kieBase) {
        Set<String> taken = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                for (String key : List.of("code", "term")) {
                    Object value = rule.getMetaData().get(key);
                    if (value != null) {
                        taken.add(key + ":" + unquote(value.toString()));
                    }
                }
            }
        }
        return taken;
    }

    /** The KieBase of a set of models whose custom terms declare no parameters. */
    static CompiledRules assemble(List<Model> models, Map<String, String> positions) {
        return assemble(models, positions, Map.of());
    }

    /** The KieBase of a set of models, and what the validator needs to know of its rules. */
    static CompiledRules assemble(List<Model> models, Map<String, String> positions,
                                  Map<String, TermDeclaration> declared) {
        KieBase kieBase = kieBase(models);
        Description described = describe(kieBase, declared);
        return new CompiledRules(kieBase, models, described.types(), described.names(), positions,
                described.declarations());
    }

    /** The KieBase of a set of models. */
    static KieBase kieBase(List<Model> models) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        // Beta nodes are shared between rules (Drools' default). Before issue #12 a shared node
        // missed a WOUNDED_PRIORITY match in a stateful session when facts arrived after a first
        // fireAllRules, and sharing was turned off; over the profile and tally facts the match is
        // found with shared nodes (ValidationSessionTests, ValidationSessionProperties).
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    /**
     * What the validator needs to know of the rules of a KieBase.
     *
     * @param types        the {@code @term} values of the rules, other than INTEGRITY, and the declared types
     * @param names        every rule's name, sorted, queries left out
     * @param declarations what the rule files declare about their custom terms, by type, with an
     *                     empty declaration for a custom type no file declares
     */
    record Description(Set<String> types, List<String> names, Map<String, TermDeclaration> declarations) {
    }

    /** The term types, rule names and declarations of the rules of a KieBase. */
    static Description describe(KieBase kieBase, Map<String, TermDeclaration> declared) {
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
        return new Description(types, names, declarations);
    }

    static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
