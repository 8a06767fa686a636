package org.parley.rules;

import org.parley.rules.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One breach of an agreement term, found by one rule.
 *
 * <p>Violations are values: two violations are equal when all their components are.
 * Their natural order is the order of a report: by {@code code}, then by {@code subjects}
 * compared element by element as strings (a shorter list that is a prefix of a longer one
 * comes first), then by rule and message so that the order is total.
 *
 * @param code     machine-readable code in UPPER_SNAKE_CASE, such as {@code AGE_LIMIT}
 * @param severity how much the breach matters
 * @param subjects the ids the violation is about, in the order the term's contract gives
 * @param term     the agreement term the rule belongs to, such as {@code AGE_LIMIT}
 * @param rule     the name of the rule that found it
 * @param message  a sentence for a person, naming the facts involved
 * @param source   the rule file the rule came from: {@link #BUILT_IN} for Parley's own
 *                 rules, else the name the file was added under (its path)
 */
public record Violation(String code, Severity severity, List<String> subjects, String term,
                        String rule, String message, String source) implements Comparable<Violation> {

    /** The {@link #source()} of violations found by the built-in rules. */
    public static final String BUILT_IN = "built-in";

    // The orders are spelled out rather than built of Comparator.comparing and lambdas: every
    // report loads them, and each lambda is a class spun at run time, on a cold run's path.

    /** Subjects compared element by element as strings, a prefix first. */
    static final Comparator<List<String>> SUBJECTS_ORDER = new Comparator<>() {
        @Override
        public int compare(List<String> a, List<String> b) {
            int n = Math.min(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    };

    /** Order of a report: code, then subjects. */
    static final Comparator<Violation> REPORT_ORDER = new Comparator<>() {
        @Override
        public int compare(Violation a, Violation b) {
            int c = a.code.compareTo(b.code);
            return c != 0 ? c : SUBJECTS_ORDER.compare(a.subjects, b.subjects);
        }
    };

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if any component or subject is null
     * @throws IllegalArgumentException if code, term, rule or source is blank
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        if (term.isBlank()) {
            throw new IllegalArgumentException("term must not be blank");
        }
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    /**
     * A violation found by a built-in rule ({@link #source()} is {@link #BUILT_IN}).
     *
     * @throws NullPointerException     if any component or subject is null
     * @throws IllegalArgumentException if code, term or rule is blank
     */
    public Violation(String code, Severity severity, List<String> subjects, String term, String rule,
                     String message) {
        this(code, severity, subjects, term, rule, message, BUILT_IN);
    }

    /** This violation as found by a rule of the given file. */
    public Violation fromSource(String file) {
        return new Violation(code, severity, subjects, term, rule, message, file);
    }

    /** Whether a built-in rule found it. */
    public boolean isBuiltIn() {
        return BUILT_IN.equals(source);
    }

    /** Whether this violation makes a record non-compliant. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Violation other) {
        // The report's order, then severity, term, rule, message and source.
        int c = REPORT_ORDER.compare(this, other);
        if (c == 0) {
            c = severity.compareTo(other.severity);
        }
        if (c == 0) {
            c = term.compareTo(other.term);
        }
        if (c == 0) {
            c = rule.compareTo(other.rule);
        }
        if (c == 0) {
            c = message.compareTo(other.message);
        }
        return c != 0 ? c : source.compareTo(other.source);
    }

    /** Returns {@code SEVERITY CODE [subjects]: message}. */
    @Override
    public String toString() {
        return severity + " " + code + " " + subjects + ": " + message;
    }

    // equals and hashCode as a record's, written out: the engine hashes and compares what the
    // rules insert logically, and a record's own are bootstrapped at their first call
    // (java.lang.runtime.ObjectMethods and the method handles it spins, some 30 ms of a cold run).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Violation that && code.equals(that.code)
                && severity == that.severity && subjects.equals(that.subjects) && term.equals(that.term)
                && rule.equals(that.rule) && message.equals(that.message) && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, subjects, term, rule, message, source);
    }
}
