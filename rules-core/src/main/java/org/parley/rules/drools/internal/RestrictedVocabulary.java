package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * The restricted mode for rule files that are not trusted: a check, before anything is
 * compiled, that a file names nothing beyond the fact model, the reporting helper and a
 * small allowlist (java.time, java.util collections, java.lang basics).
 *
 * <p>Rule files are code: their imports, globals, functions, constraints and consequences
 * run inside the host. The check reads the whole text, comments and string literals left
 * out, and rejects
 * <ul>
 * <li>every qualified name outside the allowlist (an import, a global's type, a fully
 *     qualified call such as {@code java.nio.file.Files.delete(..)});</li>
 * <li>every use of a class that reaches the process, the file system, the network, threads,
 *     class loading or reflection ({@code System}, {@code Runtime}, {@code ProcessBuilder},
 *     {@code Thread}, {@code Class}, ...), which java.lang makes visible without an import;</li>
 * <li>the members that lead there from any object ({@code getClass}, {@code forName},
 *     {@code invoke}, {@code setAccessible}, ...) and the engine's own runtime
 *     ({@code getKieRuntime}, {@code getKieBase}, {@code halt}).</li>
 * </ul>
 * Each rejection names the file, line and column and the forbidden use. A deny-by-default
 * check of qualified names, with a denylist for what java.lang brings in unqualified; it is
 * a guard for honest mistakes and casual abuse, not a sandbox against a determined attacker
 * with unlimited attempts (see the threat model in the README).
 */
final class RestrictedVocabulary {

    private static final List<String> ALLOWED_PREFIXES = List.of(
            "org.parley.rules.model.", "org.parley.rules.drools.facts.",
            "java.time.", "java.util.", "java.math.");
    private static final Set<String> ALLOWED_NAMES = Set.of(
            "org.parley.rules.Violation", "org.parley.rules.Obligation", "org.parley.rules.model.Severity",
            "java.lang.String", "java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Boolean", "java.lang.Character", "java.lang.StringBuilder", "java.lang.Number",
            "java.lang.Comparable", "java.lang.Iterable", "java.lang.Object");
    private static final List<String> DENIED_PREFIXES = List.of("java.util.concurrent", "java.util.logging",
            "java.util.prefs", "java.util.jar", "java.util.zip", "java.util.ServiceLoader", "java.util.spi",
            "java.util.Scanner", "java.util.Timer");
    private static final Set<String> DENIED_NAMES = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "Thread", "ThreadGroup", "ThreadLocal",
            "InheritableThreadLocal", "ClassLoader", "Class", "Module", "ModuleLayer", "Package", "StackWalker",
            "SecurityManager", "Compiler", "reflect", "invoke",
            "getClass", "forName", "newInstance", "setAccessible", "getDeclaredMethod", "getDeclaredField",
            "getDeclaredConstructor", "getMethod", "getField", "getConstructor", "loadClass", "defineClass",
            "getRuntime", "exec", "exit", "halt", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory",
            "getKieBase", "getEntryPoint", "getChannels", "setGlobal", "getGlobal",
            "Files", "Paths", "Path", "File", "FileInputStream", "FileOutputStream", "RandomAccessFile", "Socket",
            "ServerSocket", "URL", "URI", "HttpClient", "Executors", "ExecutorService", "CompletableFuture",
            "ForkJoinPool", "Method", "Field", "Constructor", "MethodHandles", "MethodHandle", "Unsafe", "Proxy",
            "ObjectInputStream", "ObjectOutputStream", "ScriptEngineManager", "InitialContext",
            // Allowed classes that reach forbidden things: until the compiled classes are verified
            // on this build path (ModelClassCheck, with the executable model), the text refuses them.
            "Formatter", "setDefault", "TimeZone", "parallelStream", "parallel", "class", "BigInteger", "MVEL");
    private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z][\\w$]*(\\s*\\.\\s*[A-Za-z_$][\\w$]*)+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern PACKAGE_LINE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;?", Pattern.MULTILINE);
    private static final String ALLOWED = "restricted mode allows the fact model (org.parley.rules.model, "
            + "org.parley.rules.drools.facts), the reporting helper, java.time, java.util collections and "
            + "java.lang basics";

    private RestrictedVocabulary() {
    }

    /** The forbidden uses in one parsed file, in the order they appear. */
    static List<RuleProblem> check(RuleSource source, PackageDescr pkg) {
        List<RuleProblem> refused = new ArrayList<>();
        RuleFileLimits.tooManyRules(source, pkg).ifPresent(refused::add);
        refused.addAll(RestrictedDrl.check(source, pkg));
        refused.addAll(vocabulary(source));
        refused.sort(java.util.Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return refused;
    }

    private static List<RuleProblem> vocabulary(RuleSource source) {
        // As javac reads it: a unicode escape can end a comment or a string.
        JavaText.Decoded decoded = JavaText.decode(source.text());
        if (!decoded.text().equals(source.text())) {
            List<RuleProblem> problems = new ArrayList<>();
            for (RuleProblem p : vocabulary(new RuleSource(source.name(), decoded.text()))) {
                problems.add(p);
            }
            return problems;
        }
        String code = JavaText.blankCommentsAndStrings(source.text());
        code = blank(code, PACKAGE_LINE);
        List<RuleProblem> problems = new ArrayList<>();
        boolean[] reported = new boolean[code.length() + 1];
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            String name = qualified.group().replaceAll("\\s+", "");
            if (isVariableAccess(code, qualified.start()) || allowedQualified(name)) {
                continue;
            }
            reported[qualified.start()] = true;
            problems.add(at(source, code, qualified.start(), "forbidden use of " + name + ": " + ALLOWED));
        }
        Matcher identifier = IDENTIFIER.matcher(code);
        while (identifier.find()) {
            if (DENIED_NAMES.contains(identifier.group()) && !insideReported(code, reported, identifier.start())) {
                problems.add(at(source, code, identifier.start(), "forbidden use of " + identifier.group() + ": "
                        + ALLOWED));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return problems;
    }

    /** A qualified name that starts with a variable ({@code $d.id}) or a member access ({@code x.y}) of one. */
    private static boolean isVariableAccess(String code, int start) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
            before--;
        }
        return before >= 0 && (code.charAt(before) == '.' || code.charAt(before) == '$');
    }

    private static boolean allowedQualified(String name) {
        String first = name.substring(0, name.indexOf('.'));
        boolean looksLikePackage = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "kotlin",
                "scala", "groovy").contains(first);
        if (!looksLikePackage) {
            // A variable or field access such as drools.getRule() or list.size(): judged by the denylist.
            return true;
        }
        if (DENIED_PREFIXES.stream().anyMatch(name::startsWith)) {
            return false;
        }
        return ALLOWED_NAMES.stream().anyMatch(a -> name.equals(a) || name.startsWith(a + "."))
                || ALLOWED_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static boolean insideReported(String code, boolean[] reported, int at) {
        int start = at;
        while (start > 0 && (Character.isLetterOrDigit(code.charAt(start - 1)) || code.charAt(start - 1) == '.'
                || code.charAt(start - 1) == '_' || code.charAt(start - 1) == '$')) {
            start--;
        }
        return reported[start];
    }

    private static RuleProblem at(RuleSource source, String code, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleProblem(source.name(), line, offset - lineStart + 1, message);
    }

    private static String blank(String code, Pattern pattern) {
        StringBuilder s = new StringBuilder(code);
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (s.charAt(i) != '\n') {
                    s.setCharAt(i, ' ');
                }
            }
        }
        return s.toString();
    }

    /** The text with comments and string literals replaced by spaces, lines kept. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder s = new StringBuilder(text);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    s.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                while (i < s.length() && !(s.charAt(i) == '*' && i + 1 < s.length() && s.charAt(i + 1) == '/')) {
                    if (s.charAt(i) != '\n') {
                        s.setCharAt(i, ' ');
                    }
                    i++;
                }
                for (int k = 0; k < 2 && i < s.length(); k++) {
                    s.setCharAt(i++, ' ');
                }
            } else if (c == '"' || c == '\'') {
                s.setCharAt(i++, ' ');
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        s.setCharAt(i++, ' ');
                    }
                    s.setCharAt(i++, ' ');
                }
                if (i < s.length() && s.charAt(i) == c) {
                    s.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return s.toString();
    }
}
