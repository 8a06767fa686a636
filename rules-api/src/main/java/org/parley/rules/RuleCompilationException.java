package org.parley.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when rule files do not compile or break the metadata conventions; lists every
 * problem in every file.
 */
public final class RuleCompilationException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * Creates an exception listing the problems.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if there is no problem
     */
    public RuleCompilationException(List<RuleProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<RuleProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule compilation exception lists at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rule files:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }

    /** Every problem, file by file, in the order found. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
