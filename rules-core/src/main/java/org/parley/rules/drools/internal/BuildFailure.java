package org.parley.rules.drools.internal;

import java.util.List;
import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.modelcompiler.util.StringUtil;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationLimitException;

/**
 * What rule code that fails while its rules are built becomes. The engine evaluates the
 * constant expressions of a rule file (an {@code eval} that reads no fact) while it builds
 * the rules; when such code throws, the rule file cannot run, which is an authoring problem
 * placed at the rule that holds the code ({@link RuleCompilationException}), and recursion
 * past the thread's stack is the stack-depth limit, as when rules run. The rule is found
 * from the generated model's method of that rule on the failure's stack; a stack that
 * overflowed keeps only its deepest frames, so recursion is named by its package and files.
 */
final class BuildFailure {

    private static final String WHY = " (the engine evaluates constant expressions, such as eval(f(62) > 0), "
            + "while it builds the rules)";

    private BuildFailure() {
    }

    static ValidationException of(String modelClass, Throwable cause, List<RuleSource> sources,
                                  List<PackageDescr> packages) {
        String pkg = modelClass.substring(0, Math.max(0, modelClass.lastIndexOf('.')));
        Optional<Place> place = placeOf(cause, pkg, sources, packages);
        if (rootIs(cause, StackOverflowError.class)) {
            return new ValidationLimitException(ValidationLimitException.Limit.STACK_DEPTH,
                    place.map(Place::rule).orElse(""), 0, "building the rules stopped: rule code recursed deeper than "
                    + "the thread's stack, in " + place.map(p -> "rule \"" + p.rule() + "\" (" + p.file() + ":"
                    + p.line() + ")").orElse("package " + pkg + filesOf(pkg, sources, packages)) + WHY);
        }
        String message = "rule code failed while the rules were built: " + describe(cause) + WHY;
        if (place.isPresent()) {
            Place p = place.get();
            return new RuleCompilationException(List.of(new RuleProblem(p.file(), p.line(), p.column(),
                    "rule \"" + p.rule() + "\": " + message)));
        }
        // No rule of the package on the stack (code of a function or a declared type's
        // initialiser): the first file of the package, at its start.
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i) != null && packages.get(i).getName().equals(pkg)) {
                return new RuleCompilationException(List.of(new RuleProblem(sources.get(i).name(), 1, 1,
                        "package " + pkg + ": " + message)));
            }
        }
        return new ValidationException("package " + pkg + ": " + message, cause);
    }

    private static boolean rootIs(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The files of the package, as " (a.drl, b.drl)". */
    private static String filesOf(String pkg, List<RuleSource> sources, List<PackageDescr> packages) {
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i) != null && packages.get(i).getName().equals(pkg)) {
                files.add(sources.get(i).name());
            }
        }
        return files.isEmpty() ? "" : " (" + String.join(", ", files) + ")";
    }

    private record Place(String rule, String file, int line, int column) {
    }

    /** The rule of the package whose generated method is on the failure's stack, nearest the failure first. */
    private static Optional<Place> placeOf(Throwable cause, String pkg, List<RuleSource> sources,
                                           List<PackageDescr> packages) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<Place> place = placeOf(t.getStackTrace(), pkg, sources, packages);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> placeOf(StackTraceElement[] frames, String pkg, List<RuleSource> sources,
                                           List<PackageDescr> packages) {
        for (StackTraceElement frame : frames) {
            if (!frame.getMethodName().startsWith("rule_") || !frame.getClassName().startsWith(pkg + ".")) {
                continue;
            }
            for (int i = 0; i < packages.size(); i++) {
                PackageDescr descr = packages.get(i);
                if (descr == null || !descr.getName().equals(pkg)) {
                    continue;
                }
                for (RuleDescr rule : descr.getRules()) {
                    if (frame.getMethodName().equals("rule_" + StringUtil.toId(rule.getName()))) {
                        return Optional.of(new Place(rule.getName(), sources.get(i).name(), Math.max(1, rule.getLine()),
                                Math.max(1, rule.getColumn() + 1)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The root cause, as {@code ArithmeticException: / by zero}: the engine wraps some in a RuntimeException. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip().lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
