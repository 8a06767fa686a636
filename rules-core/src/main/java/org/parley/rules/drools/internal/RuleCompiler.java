package org.parley.rules.drools.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.io.ResourceFactory;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * Compiles rule files into a KieBase, reporting every problem of every file with its line
 * and column.
 *
 * <p>Files are parsed and checked first ({@link RuleFileChecker}); only files that parse
 * cleanly and follow the conventions are compiled. The compiler's own errors carry a line
 * but no column: the column is found by looking for the name the error is about on and
 * after that line. Each build has a ReleaseId of its own and removes it from the repository
 * afterwards, since concurrent builds that share a ReleaseId can see each other's rules.
 */
public final class RuleCompiler {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[");
    private static final Pattern METHOD = Pattern.compile("method ([A-Za-z_$][\\w$]*)\\(");
    private static final Pattern FIELD = Pattern.compile("(?:field|variable|symbol) ([A-Za-z_$][\\w$]*)");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]+)\\]");

    private RuleCompiler() {
    }

    /**
     * Compiles the rules a configuration names.
     *
     * @throws RuleCompilationException if a file does not parse, compile or follow the conventions
     */
    public static CompiledRules compile(ValidatorConfiguration configuration) {
        List<RuleSource> sources = new ArrayList<>();
        if (configuration.builtInRules()) {
            RuleBase.BUILT_IN.forEach(path -> sources.add(new RuleSource(path, RuleBase.readBuiltIn(path))));
        }
        int firstCustom = sources.size();
        sources.addAll(configuration.ruleSources());

        RuleFileChecker checker = new RuleFileChecker();
        List<PackageDescr> packages = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource source = sources.get(i);
            Optional<PackageDescr> parsed = checker.check(source.name(), source.text());
            packages.add(parsed.orElse(null));
            if (configuration.restricted() && i >= firstCustom && parsed.isPresent()) {
                problems.addAll(RestrictedVocabulary.check(source, parsed.get()));
            }
        }
        problems.addAll(0, checker.problems());
        // The declarations of custom terms, and the reads of their parameters, in the files of one's own.
        TermDeclarations declarations = TermDeclarations.read(
                sources.subList(firstCustom, sources.size()).stream().map(RuleSource::name).toList(),
                sources.subList(firstCustom, sources.size()).stream().map(RuleSource::text).toList(),
                packages.subList(firstCustom, packages.size()).stream()
                        .map(p -> p == null ? new PackageDescr() : p).toList());
        problems.addAll(declarations.problems());
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(sortedByFile(problems, sources));
        }

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, RuleSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String folder = packages.get(i).getName().replace('.', '/');
            // The folder equals the package, or every build warns; the index keeps names unique.
            String path = "src/main/resources/" + (folder.isEmpty() ? "" : folder + "/") + "parley-" + i + ".drl";
            byPath.put(path, sources.get(i));
            kfs.write(path, ResourceFactory.newByteArrayResource(
                    sources.get(i).text().getBytes(StandardCharsets.UTF_8)));
        }
        ReleaseId releaseId = ks.newReleaseId("org.parley.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                for (Message error : errors) {
                    problems.add(locate(error, byPath));
                }
                throw new RuleCompilationException(problems);
            }
            KieBaseConfiguration kieBaseConfiguration = ks.newKieBaseConfiguration();
            // Drools 10.2 shares beta nodes between rules; with the accumulates of the built-in
            // rules, a shared node missed a match in a stateful session when facts arrived after a
            // first fireAllRules (WOUNDED_PRIORITY, found by ValidationSessionProperties and
            // reproduced in ValidationSessionTests). Unshared nodes cost memory, not correctness.
            kieBaseConfiguration.setProperty("drools.shareBetaNodes", "false");
            KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(kieBaseConfiguration);
            return describe(kieBase, declarations.declarations());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static List<RuleProblem> sortedByFile(List<RuleProblem> problems, List<RuleSource> sources) {
        List<String> order = sources.stream().map(RuleSource::name).toList();
        List<RuleProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt((RuleProblem p) -> order.indexOf(p.file()))
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return sorted;
    }

    private static CompiledRules describe(KieBase kieBase, Map<String, org.parley.rules.model.TermDeclaration> declared) {
        Set<String> types = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            Set<String> queries = new java.util.HashSet<>();
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
        Map<String, org.parley.rules.model.TermDeclaration> declarations = new HashMap<>(declared);
        for (String type : types) {
            if (!org.parley.rules.model.CustomTerm.BUILT_IN_TYPES.contains(type)) {
                declarations.putIfAbsent(type, new org.parley.rules.model.TermDeclaration(type, "", List.of()));
            }
        }
        return new CompiledRules(kieBase, types, names, declarations);
    }

    static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static RuleProblem locate(Message error, Map<String, RuleSource> byPath) {
        RuleSource source = byPath.get("src/main/resources/" + error.getPath());
        if (source == null) {
            source = byPath.get(error.getPath());
        }
        String message = clean(error.getText());
        if (source == null) {
            return new RuleProblem(String.valueOf(error.getPath()), Math.max(1, error.getLine()),
                    Math.max(1, error.getColumn()), message);
        }
        String[] lines = source.text().split("\n", -1);
        int line = Math.min(Math.max(1, error.getLine()), lines.length);
        if (error.getColumn() > 0) {
            return new RuleProblem(source.name(), line, error.getColumn(), message);
        }
        for (String token : tokens(error.getText())) {
            for (int l = line - 1; l < lines.length; l++) {
                int at = lines[l].indexOf(token);
                if (at >= 0) {
                    return new RuleProblem(source.name(), l + 1, at + 1, message);
                }
            }
            for (int l = 0; l < line - 1; l++) {
                int at = lines[l].indexOf(token);
                if (at >= 0) {
                    return new RuleProblem(source.name(), l + 1, at + 1, message);
                }
            }
        }
        int indent = 0;
        while (indent < lines[line - 1].length() && Character.isWhitespace(lines[line - 1].charAt(indent))) {
            indent++;
        }
        return new RuleProblem(source.name(), line, indent + 1, message);
    }

    /** The names an error is about, most specific first: where to look for its column. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.find()) {
            tokens.add(expression.group(1).strip());
        }
        Matcher method = METHOD.matcher(text);
        while (method.find()) {
            tokens.add(method.group(1) + "(");
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            tokens.add(quoted.group(1));
        }
        Matcher field = FIELD.matcher(text);
        while (field.find()) {
            tokens.add(field.group(1));
        }
        return tokens;
    }

    /** One line: the compiler's text without its prefixes and MVEL's caret drawing. */
    private static String clean(String text) {
        String message = text.replace("Rule Compilation error ", "").strip();
        Matcher mvel = MVEL_ERROR.matcher(message);
        int newline = message.indexOf('\n');
        if (mvel.find() && newline > 0) {
            message = message.substring(0, newline).strip() + " " + mvel.group(1).strip();
        } else if (newline > 0) {
            message = message.substring(0, newline).strip();
        }
        return message;
    }
}
