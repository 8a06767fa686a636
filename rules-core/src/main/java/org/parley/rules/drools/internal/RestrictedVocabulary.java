package org.parley.rules.drools.internal;

import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * The restricted mode for rule files that are not trusted: what they may name.
 * (Filled in by the reliability work; for now it accepts everything.)
 */
final class RestrictedVocabulary {

    private RestrictedVocabulary() {
    }

    static List<RuleProblem> check(RuleSource source, PackageDescr pkg) {
        return List.of();
    }
}
