package org.parley.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when rule files do not compile or break the metadata conventions; lists the first
 * {@value #LISTED} problems, file by file, and counts them all.
 */
public final class RuleCompilationException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /** How many problems are listed at most; {@link #total()} counts the rest. */
    public static final int LISTED = 20;

    private final transient List<RuleProblem> problems;
    private final int total;

    /**
     * Creates an exception listing the problems.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if there is no problem
     */
    public RuleCompilationException(List<RuleProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.total = problems.size();
    }

    private static String describe(List<RuleProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule compilation exception lists at least one problem");
        }
        String listed = problems.stream().limit(LISTED).map(RuleProblem::toString).collect(Collectors.joining("\n"));
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rule files"
                + (problems.size() > LISTED ? ", the first " + LISTED : "") + ":\n" + listed
                + (problems.size() > LISTED ? "\n" + omitted(problems.size()) : "");
    }

    private static String omitted(int total) {
        return "... and " + (total - LISTED) + " more problems (" + total + " in all)";
    }

    /** The first {@value #LISTED} problems, file by file, in the order found. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** How many problems there are, listed or not. */
    public int total() {
        return total;
    }

    /** A line saying how many problems are not listed, or empty when all are. */
    public java.util.Optional<String> unlisted() {
        return total > problems.size() ? java.util.Optional.of(omitted(total)) : java.util.Optional.empty();
    }
}
