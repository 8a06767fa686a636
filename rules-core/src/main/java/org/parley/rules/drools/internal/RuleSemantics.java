package org.parley.rules.drools.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.parley.rules.RuleProblem;

/**
 * The checks of a parsed rule file that the executable model's compiler does not make, or
 * makes in terms of its generated Java: a field a constraint names must exist on the fact;
 * a field compared with a literal must be comparable with it (a {@code LocalDate} with a
 * text or a number is not); a consequence reports through {@code Report.violation}, never by
 * creating a {@code Violation} itself, and a code it gives as a literal equals the rule's
 * {@code @code}. Each problem at the line and column of the offending text.
 */
final class RuleSemantics {

    private static final Pattern BINDING = Pattern.compile("^\\s*\\$[\\w$]+\\s*:\\s*");
    private static final Pattern LEADING = Pattern.compile("^[!(\\s]*([A-Za-z_][\\w$]*)(\\s*\\()?");
    private static final Pattern COMPARISON = Pattern.compile(
            "^[!(\\s]*([a-z_][\\w$]*)\\s*(==|!=|<=|>=|<|>)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?[LlDdFf]?)\\s*$");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern REPORT = Pattern.compile("Report\\s*\\.\\s*violation\\s*\\(");
    private static final Pattern NEW_VIOLATION = Pattern.compile("new\\s+(?:org\\.parley\\.rules\\.)?Violation\\s*\\(");

    private final String file;
    private final String text;
    private final PackageDescr pkg;
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleSemantics(String file, String text, PackageDescr pkg) {
        this.file = file;
        this.text = text;
        this.pkg = pkg;
    }

    /** The problems of one parsed file. */
    static List<RuleProblem> check(String file, String text, PackageDescr pkg) {
        RuleSemantics semantics = new RuleSemantics(file, text, pkg);
        for (RuleDescr rule : pkg.getRules()) {
            if (!rule.isQuery()) {
                semantics.checkRule(rule);
            }
        }
        return semantics.problems;
    }

    private void checkRule(RuleDescr rule) {
        String name = "rule \"" + rule.getName() + "\": ";
        visit(rule.getLhs(), name);
        Optional<Consequence> consequence = Consequence.of(text, rule);
        if (consequence.isEmpty()) {
            return;
        }
        String code = consequence.get().code();
        Matcher created = NEW_VIOLATION.matcher(code);
        while (created.find()) {
            add(consequence.get().offset() + created.start(), name + "creates a Violation itself; report through "
                    + "Report.violation(drools, code, subjects, message), which takes the term, the rule and the "
                    + "severity from the rule's metadata");
        }
        AnnotationDescr declared = rule.getAnnotation("code");
        if (declared == null || declared.getSingleValueStripped() == null) {
            return;
        }
        String expected = declared.getSingleValueStripped().toString().strip();
        Matcher call = REPORT.matcher(code);
        while (call.find()) {
            List<int[]> args = Consequence.arguments(code, call.end());
            for (int i = 1; i < Math.min(3, args.size()); i++) {
                String arg = code.substring(args.get(i)[0], args.get(i)[1]).strip();
                if (arg.startsWith("\"")) {
                    if (!LITERAL.matcher(arg).matches()) {
                        break; // a computed code: Report.violation checks it when the rule runs
                    }
                    String given = arg.substring(1, arg.length() - 1);
                    if (!given.equals(expected)) {
                        int at = args.get(i)[0];
                        while (Character.isWhitespace(code.charAt(at))) {
                            at++;
                        }
                        add(consequence.get().offset() + at, name + "reports code \"" + given
                                + "\" but declares @code(\"" + expected + "\"); the code given to Report.violation "
                                + "must equal the rule's @code");
                    }
                    break;
                }
            }
        }
    }

    private void visit(BaseDescr descr, String name) {
        if (descr instanceof PatternDescr pattern) {
            Optional<Class<?>> type = resolve(pattern.getObjectType());
            if (type.isEmpty() && !declared(pattern.getObjectType())) {
                int at = pattern.getStartCharacter() >= 0 ? text.indexOf(pattern.getObjectType(),
                        pattern.getStartCharacter()) : -1;
                add(at >= 0 ? at : Positions.lineStart(text, Math.max(1, pattern.getLine())), name
                        + pattern.getObjectType() + " is not a fact type this file can see: no class of that name is "
                        + "imported (a typo, or a missing import?)");
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr && type.isPresent()) {
                    checkConstraint(expr, type.get(), name);
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                accumulate.getDescrs().forEach(d -> visit(d, name));
                if (accumulate.getInput() != null) {
                    visit(accumulate.getInput(), name);
                }
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> visit(d, name));
        }
    }

    /** Whether the file declares a function of that name (a constraint may call it). */
    private boolean isFunction(String name) {
        return pkg.getFunctions().stream().anyMatch(f -> f.getName().equals(name));
    }

    /** Whether the file declares a global of that name (a constraint may read it: a term's parameters, say). */
    private boolean isGlobal(String name) {
        return pkg.getGlobals().stream().anyMatch(g -> g.getIdentifier().equals(name));
    }

    private void checkConstraint(ExprConstraintDescr expr, Class<?> type, String name) {
        String expression = BINDING.matcher(expr.getExpression()).replaceFirst("");
        Matcher leading = LEADING.matcher(expression);
        if (!leading.find()) {
            return;
        }
        String first = leading.group(1);
        boolean call = leading.group(2) != null;
        if (first.equals("this") || first.equals("null") || first.equals("true") || first.equals("false")
                || Character.isUpperCase(first.charAt(0)) || call && isFunction(first) || !call && isGlobal(first)) {
            return;
        }
        Optional<Class<?>> property = call ? method(type, first) : property(type, first);
        if (property.isEmpty()) {
            add(expr, first, name + type.getSimpleName() + " has no " + (call ? "method " + first + "()" : "field "
                    + first) + "; its fields are " + String.join(", ", fields(type)));
            return;
        }
        Matcher comparison = COMPARISON.matcher(expression);
        if (comparison.matches() && !call) {
            String literal = comparison.group(3);
            String given = literal.startsWith("\"") ? "the text " + literal : "the number " + literal;
            Class<?> field = property.get();
            String expected = expectation(field, literal.startsWith("\""));
            if (expected != null) {
                add(expr, literal, name + first + " is " + article(field) + " and cannot be compared with " + given
                        + "; expected " + expected);
            }
        }
    }

    /** What a field can be compared with, when a literal of that kind cannot; null when it can. */
    private static String expectation(Class<?> field, boolean text) {
        if (Temporal.class.isAssignableFrom(field)) {
            return "a " + field.getSimpleName() + (field == java.time.LocalDate.class
                    ? ", such as java.time.LocalDate.parse(\"2025-06-09\") or a bound date such as $c.asOf()" : "");
        }
        boolean number = field.isPrimitive() && field != boolean.class && field != char.class
                || Number.class.isAssignableFrom(field);
        if (number && text) {
            return "a number";
        }
        if ((field == String.class || field.isEnum()) && !text) {
            return field == String.class ? "a text in double quotes" : "one of " + field.getSimpleName() + "'s values, "
                    + "such as " + field.getSimpleName() + "." + field.getEnumConstants()[0];
        }
        if (field == boolean.class || field == Boolean.class) {
            return "true or false";
        }
        return null;
    }

    private static String article(Class<?> type) {
        String simple = type.getSimpleName();
        return ("AEIOU".indexOf(simple.charAt(0)) >= 0 ? "an " : "a ") + simple;
    }

    /** Whether the file declares the type itself ({@code declare}), or the name is no plain type name. */
    private boolean declared(String typeName) {
        return typeName == null || typeName.isBlank() || !typeName.matches("[\\w.$]+")
                || pkg.getTypeDeclarations().stream().anyMatch(t -> t.getTypeName().equals(typeName))
                || pkg.getEnumDeclarations().stream().anyMatch(t -> t.getTypeName().equals(typeName));
    }

    private Optional<Class<?>> resolve(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        if (typeName.contains(".")) {
            candidates.add(typeName);
        }
        for (ImportDescr imported : pkg.getImports()) {
            String target = imported.getTarget();
            if (target.endsWith("." + typeName)) {
                candidates.add(target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + typeName);
            }
        }
        candidates.add(pkg.getName() + "." + typeName);
        candidates.add("java.lang." + typeName);
        List<ClassLoader> loaders = new ArrayList<>(List.of(RuleSemantics.class.getClassLoader()));
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != loaders.get(0)) {
            loaders.add(context);
        }
        for (String candidate : candidates) {
            for (ClassLoader loader : loaders) {
                try {
                    return Optional.of(Class.forName(candidate, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // not this one
                }
            }
        }
        return Optional.empty();
    }

    /** The type of a field of a fact: a record component, a getter, or a public field. */
    static Optional<Class<?>> property(Class<?> type, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + capital, "is" + capital)) {
            try {
                Method method = type.getMethod(candidate);
                if (method.getReturnType() != void.class) {
                    return Optional.of(method.getReturnType());
                }
            } catch (NoSuchMethodException e) {
                // next
            }
        }
        try {
            return Optional.of(type.getField(name).getType());
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    private static Optional<Class<?>> method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                .<Class<?>>map(Method::getReturnType).findFirst();
    }

    /** The fields a rule can name on a fact, sorted. */
    static List<String> fields(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                    && !Modifier.isStatic(method.getModifiers())) {
                String n = method.getName();
                if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) {
                    names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                } else if (n.startsWith("is") && n.length() > 2 && method.getReturnType() == boolean.class) {
                    names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                }
            }
        }
        return List.copyOf(names);
    }

    /** A problem at the first occurrence of {@code token} in the constraint, on or after its line. */
    private void add(ExprConstraintDescr expr, String token, String message) {
        int start = expr.getStartCharacter();
        int at = -1;
        if (start >= 0 && start < text.length()) {
            at = text.indexOf(token, start);
        }
        if (at < 0) {
            int lineStart = Positions.lineStart(text, Math.max(1, expr.getLine()));
            at = text.indexOf(expr.getExpression(), lineStart);
            at = at < 0 ? lineStart : text.indexOf(token, at) < 0 ? at : text.indexOf(token, at);
        }
        add(at, message);
    }

    private void add(int offset, String message) {
        problems.add(new RuleProblem(file, Positions.line(text, offset), Positions.column(text, offset), message));
    }
}
