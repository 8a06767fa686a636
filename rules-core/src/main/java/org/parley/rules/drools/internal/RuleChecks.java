package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * Every check of a set of rule files made before anything is compiled: parsing, the
 * conventions ({@link RuleFileChecker}), the restricted vocabulary when asked, and the
 * checks the compiler does not make ({@link RuleSemantics}).
 *
 * @param sources  the files, in order
 * @param packages each file's parsed package, in the same order (null where it did not parse)
 * @param problems every problem, sorted by file, line and column
 */
record RuleChecks(List<RuleSource> sources, List<PackageDescr> packages, List<RuleProblem> problems) {

    /**
     * Checks the files.
     *
     * @param taken      rule names already used ({@code package.name}) and where, such as the built-in rules
     * @param restricted whether the files are held to the restricted vocabulary
     */
    static RuleChecks of(List<RuleSource> sources, Map<String, String> taken, boolean restricted) {
        RuleFileChecker checker = new RuleFileChecker(taken);
        List<PackageDescr> packages = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            Optional<PackageDescr> parsed = checker.check(source.name(), source.text());
            packages.add(parsed.orElse(null));
            if (parsed.isPresent()) {
                if (restricted) {
                    problems.addAll(RestrictedVocabulary.check(source, parsed.get()));
                }
                problems.addAll(RuleSemantics.check(source.name(), source.text(), parsed.get()));
            }
        }
        problems.addAll(checker.problems());
        List<String> order = sources.stream().map(RuleSource::name).toList();
        problems.sort(Comparator.comparingInt((RuleProblem p) -> order.indexOf(p.file()))
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return new RuleChecks(List.copyOf(sources), java.util.Collections.unmodifiableList(packages),
                List.copyOf(problems));
    }

    /** The parsed package of a file, found by its name. */
    Optional<PackageDescr> packageOf(RuleSource source) {
        int index = sources.indexOf(source);
        return index < 0 ? Optional.empty() : Optional.ofNullable(packages.get(index));
    }
}
