package org.parley.rules;

import java.util.Objects;

/**
 * A rule failed while it ran: a constraint or a consequence threw. Its message names the
 * rule, its file and line, and the root cause, in one sentence, such as
 * {@code rule "BATCH_LIMIT-01 ..." (batch-limit.drl:13) failed: NumberFormatException: For input string: "x"}.
 *
 * <p>What a rule file or a record can cause ends here, never in an unexplained error.
 */
public final class RuleFailureException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String file;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param rule  the failed rule's name
     * @param file  the rule file it is written in
     * @param line  the line of the rule in that file, from 1; 0 when unknown
     * @param cause the failure
     * @throws NullPointerException if an argument is null
     */
    public RuleFailureException(String rule, String file, int line, Throwable cause) {
        super("rule \"" + Objects.requireNonNull(rule, "rule") + "\" (" + Objects.requireNonNull(file, "file")
                + (line > 0 ? ":" + line : "") + ") failed: " + describe(Objects.requireNonNull(cause, "cause")), cause);
        this.rule = rule;
        this.file = file;
        this.line = line;
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** The failed rule's name. */
    public String rule() {
        return rule;
    }

    /** The rule file the failed rule is written in. */
    public String file() {
        return file;
    }

    /** The line of the failed rule in its file, from 1; 0 when unknown. */
    public int line() {
        return line;
    }
}
