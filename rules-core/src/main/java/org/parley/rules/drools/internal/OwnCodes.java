package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * A custom rule reports codes of its own terms: its {@code @code} and {@code @term} may not
 * be those of a built-in rule, trusted file or not, so that no custom file can add to, or
 * pass for, the verdict of a built-in term.
 */
final class OwnCodes {

    private OwnCodes() {
    }

    /**
     * The rules of a custom file that take a built-in code or term.
     *
     * @param builtIn the built-in {@code code:X} and {@code term:X} values
     */
    static List<RuleProblem> check(RuleSource source, PackageDescr pkg, Set<String> builtIn) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            for (String key : List.of("term", "code")) {
                AnnotationDescr annotation = rule.getAnnotation(key);
                if (annotation == null || annotation.getSingleValueStripped() == null) {
                    continue;
                }
                String value = annotation.getSingleValueStripped().toString().strip();
                if (builtIn.contains(key + ":" + value)) {
                    problems.add(new RuleProblem(source.name(), Math.max(1, rule.getLine()),
                            Math.max(1, rule.getColumn() + 1), "rule \"" + rule.getName() + "\": @" + key + "(\""
                            + value + "\") is a built-in " + key + "; a rule file reports codes of its own terms"));
                }
            }
        }
        return problems;
    }
}
