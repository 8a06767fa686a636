package org.parley.rules.drools.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;
import org.parley.rules.RuleFailureException;
import org.parley.rules.ValidationException;

/**
 * What a failure while rules run becomes: a {@link RuleFailureException} naming the rule,
 * its file and line, and the root cause, whenever the engine tells which rule failed (a
 * consequence, or a constraint whose error names its rule); a {@link ValidationException}
 * otherwise.
 */
final class RuleFailures {

    private static final Pattern RULE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private RuleFailures() {
    }

    static ValidationException of(CompiledRules rules, String agreement, RuntimeException e) {
        if (e instanceof ValidationException already) {
            return already;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getRule() != null) {
                return failure(rules, consequence.getRule().getPackageName(), consequence.getRule().getName(),
                        cause(consequence));
            }
            Matcher rule = t.getMessage() == null ? null : RULE.matcher(t.getMessage());
            if (rule != null && rule.find()) {
                return failure(rules, null, rule.group(1), t);
            }
        }
        return new ValidationException("validation of agreement " + agreement + " failed: " + e, e);
    }

    private static Throwable cause(ConsequenceException e) {
        return e.getCause() == null ? e : e.getCause();
    }

    private static RuleFailureException failure(CompiledRules rules, String pkg, String name, Throwable cause) {
        Optional<String> where = pkg != null ? Optional.ofNullable(rules.positions().get(pkg + "." + name))
                : rules.positions().entrySet().stream().filter(en -> en.getKey().endsWith("." + name))
                .map(Map.Entry::getValue).findFirst();
        String file = where.map(w -> w.substring(0, w.lastIndexOf(':', w.lastIndexOf(':') - 1))).orElse("?");
        int line = where.map(w -> {
            String[] parts = w.substring(file.length() + 1).split(":");
            return Integer.parseInt(parts[0]);
        }).orElse(0);
        return new RuleFailureException(name, file, line, cause);
    }
}
