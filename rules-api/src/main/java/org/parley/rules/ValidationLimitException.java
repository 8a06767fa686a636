package org.parley.rules;

import java.util.Objects;

/**
 * Thrown when a validation or a session's report is stopped by one of its limits: too many
 * rule firings, too long, or rules that recurse deeper than the thread's stack. Names the
 * limit and the rule that fired most, the likeliest culprit.
 */
public final class ValidationLimitException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /** The limits a validation runs within. */
    public enum Limit {
        /** The number of rule firings ({@link ValidatorBuilder#maxFirings(long)}). */
        FIRINGS,
        /** The time of one validation or report ({@link ValidatorBuilder#timeout(java.time.Duration)}). */
        TIME,
        /** The depth of the thread's stack: a rule's code recursed without end. */
        STACK_DEPTH
    }

    private final Limit limit;
    private final String rule;
    private final long firings;

    /**
     * Creates the exception.
     *
     * @param limit   the limit reached
     * @param rule    the rule that fired most, or the empty string when none fired
     * @param firings how many rules fired before the validation stopped
     * @param message what happened, for a person
     */
    public ValidationLimitException(Limit limit, String rule, long firings, String message) {
        super(message);
        this.limit = Objects.requireNonNull(limit, "limit");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.firings = firings;
    }

    /** The limit reached. */
    public Limit limit() {
        return limit;
    }

    /** The name of the rule that fired most before the validation stopped; empty when none fired. */
    public String rule() {
        return rule;
    }

    /** How many rules fired before the validation stopped. */
    public long firings() {
        return firings;
    }
}
