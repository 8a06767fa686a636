package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.Type;

/**
 * Verifies the classes Drools' executable model generates from untrusted rule files, before
 * any is loaded ({@link BytecodeVerifier}). Two kinds of class, each with its allowlist:
 * <ul>
 * <li><b>rule code</b>: the lambdas of constraints, extractors and consequences, and the
 *     classes of DRL functions. The restricted allowlist, plus exactly the engine members
 *     codegen calls from them (a consequence's {@code insertLogical} through
 *     {@code DroolsImpl.asKnowledgeHelper()}, {@code EvaluationUtil}'s comparisons, the
 *     operator singletons, {@code PredicateInformation}), and the members every generated
 *     enum has ({@code Enum.valueOf}, {@code System.arraycopy} in {@code values()}). No
 *     loops, no monitors. Never {@code insert}, {@code update}, {@code delete} or anything
 *     else of the engine's runtime.</li>
 * <li><b>glue</b>: the model classes ({@code Rules<hash>}, {@code ...RuleMethods<n>},
 *     {@code DomainClassesMetadata<hash>}), which only describe rules: the rule-code
 *     allowlist plus the rule-building DSL ({@code D}, {@code PatternDSL}, {@code RuleBuilder},
 *     ...) and {@code X.class} of fact types. Loops allowed: codegen writes them, not the author.</li>
 * </ul>
 * Only the names codegen gives (a 32-digit hash) make a class glue; every other class is
 * rule code.
 */
final class ModelClassCheck {

    private static final Pattern GLUE = Pattern.compile(
            "(Rules[0-9A-F]{32}(RuleMethods\\d+)?|DomainClassesMetadata[0-9A-F]{32}(\\$[\\w$]+)?)");

    private static final String PROJECT_MODEL = "org/drools/project/model/";

    private static final MemberAllowlist RULE_CODE = ruleCode().build();
    private static final MemberAllowlist GLUE_CODE = glue();

    private ModelClassCheck() {
    }

    /** The class files of a compiled module, by internal name. */
    static Map<String, byte[]> classesOf(org.drools.compiler.kie.builder.impl.InternalKieModule module) {
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
            }
        }
        return classes;
    }

    private static final Pattern HASHED_FOLDER = Pattern.compile("\\.P[0-9A-F]{2}$");
    private static final Pattern MEMBER = Pattern.compile("(?:call|new|field|method reference) ([\\w.$]+?)\\.(\\w+|<init>)?(?:\\(|\\s|$)");

    /**
     * Every use outside the allowlists, as one problem in the rule file it came from: the
     * files of the class's package, at the first place the file names what is used (else at
     * the file's first line).
     */
    static List<org.parley.rules.RuleProblem> problems(Map<String, byte[]> classes,
            List<org.parley.rules.RuleSource> sources, List<org.drools.drl.ast.descr.PackageDescr> packages) {
        List<org.parley.rules.RuleProblem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (BytecodeVerifier.Finding finding : findings(classes)) {
            String pkg = HASHED_FOLDER.matcher(finding.className().substring(0,
                    Math.max(0, finding.className().lastIndexOf('.')))).replaceFirst("");
            for (int i = 0; i < sources.size(); i++) {
                if (packages.get(i) != null && packages.get(i).getName().equals(pkg)) {
                    org.parley.rules.RuleProblem problem = locate(sources.get(i), finding.what());
                    if (seen.add(problem.toString())) {
                        problems.add(problem);
                    }
                }
            }
        }
        return problems;
    }

    private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("(?m)^[ \\t]*(?:import|package)\\b[^\\n]*");

    private static org.parley.rules.RuleProblem locate(org.parley.rules.RuleSource source, String what) {
        JavaText.Decoded decoded = JavaText.decode(source.text());
        String code = blankImports(JavaText.blankCommentsAndStrings(decoded.text()));
        int offset = decoded.original(Math.max(0, useOf(code, what)));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.text().charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String used = what.replace(" (not on the allowlist)", "");
        return new org.parley.rules.RuleProblem(source.name(), line, offset - lineStart + 1, "restricted mode refuses "
                + used + " in the compiled rule code: it may use the fact model, the reporting helper, java.time, "
                + "java.util collections and java.lang basics, and must not loop");
    }

    /** The text with its import and package lines blanked, offsets kept: a use is never there. */
    private static String blankImports(String code) {
        java.util.regex.Matcher m = IMPORT_OR_PACKAGE.matcher(code);
        StringBuilder s = new StringBuilder(code);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                s.setCharAt(i, ' ');
            }
        }
        return s.toString();
    }

    /**
     * Where the (decoded, blanked) text uses what a finding names, -1 when nowhere: a
     * constructor at {@code new [pkg.]Type} or {@code Type::new}, a method at its name after
     * {@code Type.} or {@code Type::}, else at a call of its bare name (a static import),
     * else at the first word that names it.
     */
    private static int useOf(String code, String what) {
        if (what.startsWith("a loop")) {
            return first(code, "\\b(while|for|do)\\b");
        }
        if (what.startsWith("a Class constant")) {
            return first(code, "\\b(class)\\b");
        }
        java.util.regex.Matcher m = MEMBER.matcher(what);
        if (!m.find()) {
            return first(code, "\\b(then)\\b");
        }
        String member = m.group(2);
        boolean constructor = what.startsWith("new ") || "<init>".equals(member);
        String owner = constructor && !"<init>".equals(member) ? m.group(2)
                : m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
        String type = Pattern.quote(owner.substring(owner.lastIndexOf('$') + 1));
        if (constructor) {
            return first(code, "\\bnew\\s+(?:[\\w$]+\\s*\\.\\s*)*(" + type + ")\\b",
                    "\\b(" + type + ")\\s*::\\s*new\\b", "\\b(" + type + ")\\b");
        }
        String name = Pattern.quote(member);
        return first(code, "\\b" + type + "\\s*(?:\\.|::)\\s*(" + name + ")\\b",
                "(?:^|[^.\\w$\\s])\\s*(" + name + ")\\s*\\(", "\\b(" + name + ")\\b");
    }

    /** The start of group 1 of the first pattern that matches, -1 when none does. */
    private static int first(String code, String... patterns) {
        for (String pattern : patterns) {
            java.util.regex.Matcher at = Pattern.compile(pattern).matcher(code);
            if (at.find()) {
                return at.start(1);
            }
        }
        return -1;
    }

    /** The uses outside the allowlists in the classes of one build, by internal name. */
    static List<BytecodeVerifier.Finding> findings(Map<String, byte[]> classes) {
        List<BytecodeVerifier.Unit> code = new ArrayList<>();
        List<BytecodeVerifier.Unit> glue = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            if (entry.getKey().startsWith(PROJECT_MODEL)) {
                // Codegen's description of the module (its ReleaseId and KieBase), with no rule
                // text in it, in a package no restricted file may take (org.drools).
                continue;
            }
            String simple = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
            if (GLUE.matcher(simple).matches()) {
                // DRL functions are static methods of the Rules class: no loops there either.
                glue.add(new BytecodeVerifier.Unit(entry.getValue(), true));
            } else {
                code.add(new BytecodeVerifier.Unit(entry.getValue(), true));
            }
        }
        List<BytecodeVerifier.Unit> all = new ArrayList<>(code);
        all.addAll(glue);
        // Each kind against its own allowlist, both seeing the other as verified.
        List<BytecodeVerifier.Finding> findings = new ArrayList<>();
        findings.addAll(only(BytecodeVerifier.verify(all, RULE_CODE), code));
        findings.addAll(only(BytecodeVerifier.verify(all, GLUE_CODE), glue));
        return findings;
    }

    private static List<BytecodeVerifier.Finding> only(List<BytecodeVerifier.Finding> findings,
                                                       List<BytecodeVerifier.Unit> units) {
        Set<String> names = new java.util.HashSet<>();
        for (BytecodeVerifier.Unit unit : units) {
            names.add(new org.objectweb.asm.ClassReader(unit.bytes()).getClassName().replace('/', '.'));
        }
        return findings.stream().filter(f -> names.contains(f.className())).toList();
    }

    private static MemberAllowlist.Builder ruleCode() {
        MemberAllowlist.Builder b = MemberAllowlist.restricted().toBuilder();
        String droolsImpl = "org/drools/modelcompiler/consequence/DroolsImpl";
        String helper = "org/drools/core/rule/consequence/KnowledgeHelper";
        b.method(droolsImpl, "asKnowledgeHelper", "()L" + helper + ";");
        b.method(helper, "insertLogical", "(Ljava/lang/Object;)Lorg/kie/api/runtime/rule/FactHandle;");
        b.publicMembers(org.drools.modelcompiler.util.EvaluationUtil.class, Set.of("getClass"), false);
        b.publicMembers(org.drools.model.operators.ContainsOperator.class, Set.of("getClass"), false);
        b.publicMembers(org.drools.model.operators.MemberOfOperator.class, Set.of("getClass"), false);
        b.publicMembers(org.drools.model.operators.ExcludesOperator.class, Set.of("getClass"), false);
        b.publicMembers(org.drools.model.functions.PredicateInformation.class, Set.of("getClass"), true);
        b.method("java/lang/RuntimeException", "<init>", "(Ljava/lang/Throwable;)V");
        // The accumulate functions of DRL (count, sum, min, max, average, collectList, collectSet),
        // referenced as constructors by the rule definitions.
        for (Class<?> function : accumulateFunctions()) {
            b.constructor(function);
        }
        // D.eval evaluates an operator (in, memberOf, contains...) that codegen chose; every overload.
        for (java.lang.reflect.Method eval : org.drools.modelcompiler.dsl.pattern.D.class.getMethods()) {
            if (eval.getName().equals("eval")) {
                b.method("org/drools/modelcompiler/dsl/pattern/D", "eval", Type.getMethodDescriptor(eval));
            }
        }
        // The class codegen writes for a type a rule file declares ({@code declare}).
        for (String type : List.of("java/io/Serializable", "org/drools/base/factmodel/GeneratedFact",
                "org/drools/base/factmodel/AccessibleFact")) {
            b.supertype(type);
        }
        b.method("java/lang/Enum", "valueOf", "(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;");
        b.method("java/lang/Enum", "<init>", "(Ljava/lang/String;I)V");
        b.method("java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V");
        b.method("java/lang/RuntimeException", "<init>", "(Ljava/lang/String;)V");
        b.supertype("java/lang/Enum");
        for (String type : List.of("org/drools/model/functions/HashedExpression", "org/drools/model/Model",
                "org/drools/model/DomainClassMetadata")) {
            b.supertype(type);
        }
        for (Class<?> nested : org.drools.model.functions.Function1.class.getPackage() == null ? new Class<?>[0]
                : functionInterfaces()) {
            b.supertype(Type.getInternalName(nested));
            b.publicMembers(nested, Set.of("getClass"), false);
        }
        return b;
    }

    private static List<Class<?>> accumulateFunctions() {
        List<Class<?>> types = new ArrayList<>();
        for (String name : List.of("Count", "Sum", "IntegerSum", "LongSum", "BigDecimalSum", "BigIntegerSum",
                "Min", "Max", "NumericMin", "NumericMax", "IntegerMin", "IntegerMax", "LongMin", "LongMax",
                "Average", "BigDecimalAverage", "BigIntegerAverage", "CollectList", "CollectSet", "CountDistinct")) {
            try {
                types.add(Class.forName("org.drools.core.base.accumulators." + name + "AccumulateFunction", false,
                        ModelClassCheck.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not in this engine
            }
        }
        return types;
    }

    /** The functional interfaces codegen's lambdas implement. */
    private static Class<?>[] functionInterfaces() {
        List<Class<?>> types = new ArrayList<>();
        String pkg = "org.drools.model.functions.";
        for (String name : List.of("Block0", "Block1", "Block2", "Block3", "Block4", "Block5", "Block6", "Block7",
                "Block8", "Block9", "Block10", "Block11", "Block12", "Block13", "Block14", "Block15", "Block16",
                "Predicate1", "Predicate2", "Predicate3", "Predicate4", "Predicate5", "Predicate6", "Predicate7",
                "Predicate8", "Predicate9", "Predicate10", "Predicate11", "Predicate12", "Predicate13",
                "Function0", "Function1", "Function2", "Function3", "Function4", "Function5", "Function6",
                "Function7", "Function8", "Function9", "Function10", "Function11", "Function12", "Function13",
                "Function14", "Function15", "Function16", "Function17", "Function18", "Function19")) {
            try {
                types.add(Class.forName(pkg + name, false, ModelClassCheck.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // This version of the engine has fewer arities; codegen cannot emit the missing ones.
            }
        }
        return types.toArray(new Class<?>[0]);
    }

    private static MemberAllowlist glue() {
        MemberAllowlist.Builder b = ruleCode();
        for (Class<?> type : List.of(org.drools.modelcompiler.dsl.pattern.D.class, org.drools.model.PatternDSL.class,
                org.drools.model.PatternDSL.PatternDef.class, org.drools.model.DSL.class,
                org.drools.model.impl.RuleBuilder.class, org.drools.model.Index.ConstraintType.class,
                org.drools.model.DomainClassMetadata.class, org.drools.model.RuleItemBuilder.class,
                org.drools.model.Rule.Attribute.class, org.drools.model.Rule.class,
                org.drools.model.functions.accumulate.AccumulateFunction.class,
                org.drools.model.view.ViewItemBuilder.class, org.drools.model.view.ViewItem.class,
                org.drools.model.Variable.class, org.drools.model.Declaration.class,
                org.drools.model.Global.class, org.drools.model.Query.class, org.drools.model.Model.class,
                org.drools.model.consequences.ConsequenceBuilder.class, org.drools.model.ConditionalConsequence.class,
                org.drools.model.TypeMetaData.class, org.drools.model.EntryPoint.class,
                org.drools.util.DateUtils.class)) {
            b.publicMembers(type, Set.of("getClass"), false);
        }
        for (Class<?> nested : org.drools.model.consequences.ConsequenceBuilder.class.getDeclaredClasses()) {
            b.publicMembers(nested, Set.of("getClass"), false);
        }
        for (Class<?> nested : org.drools.model.PatternDSL.class.getDeclaredClasses()) {
            b.publicMembers(nested, Set.of("getClass"), false);
        }
        for (Class<?> queryDef : queryDefs()) {
            b.publicMembers(queryDef, Set.of("getClass"), false);
        }
        for (Class<?> type : FactModel.CLASSES) {
            b.classConstant(type);
        }
        for (Class<?> type : List.of(Object.class, String.class, Integer.class, Long.class, Double.class,
                Boolean.class, Short.class, Byte.class, Float.class, Character.class, Number.class,
                java.math.BigDecimal.class, java.math.BigInteger.class,
                java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.Instant.class,
                java.time.Duration.class, java.time.Period.class, java.util.List.class, java.util.Set.class,
                java.util.Map.class, java.util.Collection.class, java.util.Optional.class,
                int.class, long.class, double.class, boolean.class)) {
            if (!type.isPrimitive()) {
                b.classConstant(type);
            }
        }
        b.publicMembers(java.util.Collections.class, Set.of("getClass"), false);
        // The Rules class collects its rules in a list; declared types get their metadata.
        b.method("java/util/ArrayList", "<init>", "()V");
        b.method("java/util/List", "add", "(Ljava/lang/Object;)Z");
        b.method("java/util/ArrayList", "add", "(Ljava/lang/Object;)Z");
        b.publicMembers(org.drools.model.impl.TypeMetaDataImpl.class, Set.of("getClass"), false);
        // The date format of DRL date literals, built once in the Rules class.
        b.constructor(java.time.format.DateTimeFormatterBuilder.class);
        b.methods(java.time.format.DateTimeFormatterBuilder.class, Set.of("parseCaseInsensitive", "appendPattern",
                "toFormatter"));
        b.field("java/util/Locale", "ENGLISH", "Ljava/util/Locale;");
        b.publicMembers(java.util.Arrays.class, Set.of("getClass", "parallelSort", "parallelPrefix",
                "parallelSetAll", "setAll"), false);
        return b.build();
    }

    private static List<Class<?>> queryDefs() {
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            try {
                types.add(Class.forName("org.drools.model.Query" + i + "Def", false, ModelClassCheck.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // fewer arities in this engine
            }
        }
        return types;
    }
}
