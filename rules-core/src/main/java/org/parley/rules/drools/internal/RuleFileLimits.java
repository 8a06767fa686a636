package org.parley.rules.drools.internal;

import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * Limits on an untrusted rule file itself, checked before it is parsed (its size) and before
 * it is compiled (its rules). A file past a limit is one problem; the problems of all files
 * are listed up to {@link org.parley.rules.RuleCompilationException#LISTED}.
 */
final class RuleFileLimits {

    /** The largest untrusted rule file, in characters: 256 KiB, some hundred rules. */
    static final int MAX_CHARS = 256 * 1024;
    /** The most rules (and queries) in one untrusted rule file. */
    static final int MAX_RULES = 500;

    private RuleFileLimits() {
    }

    /** A problem when the file is too large to be parsed. */
    static Optional<RuleProblem> tooLarge(RuleSource source) {
        if (source.text().length() <= MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new RuleProblem(source.name(), 1, 1, "the rule file has " + source.text().length()
                + " characters; restricted mode reads rule files of at most " + MAX_CHARS + " characters"));
    }

    /** A problem when the parsed file has too many rules. */
    static Optional<RuleProblem> tooManyRules(RuleSource source, PackageDescr pkg) {
        int rules = pkg.getRules().size() + pkg.getFunctions().size();
        if (rules <= MAX_RULES) {
            return Optional.empty();
        }
        return Optional.of(new RuleProblem(source.name(), 1, 1, "the rule file has " + rules + " rules and functions; "
                + "restricted mode allows at most " + MAX_RULES + " in one file"));
    }
}
