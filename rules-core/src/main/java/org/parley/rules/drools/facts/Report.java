package org.parley.rules.drools.facts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;
import org.parley.rules.Obligation;
import org.parley.rules.model.Severity;
import org.parley.rules.Violation;

/**
 * The helper a rule's consequence uses to report a violation.
 *
 * <pre>
 * rule "AGE_LIMIT-01 released on basis YOUNG but outside the age range"
 *     &#64;term("AGE_LIMIT") &#64;code("AGE_LIMIT") &#64;severity("ERROR")
 * when
 *     ...
 * then
 *     insertLogical(Report.violation(drools, "AGE_LIMIT", List.of($id), "..."));
 * end
 * </pre>
 *
 * <p>The consequence names the code, the subjects and the message; the term, the rule name
 * and the severity come from the rule's metadata ({@code @term}, {@code @code},
 * {@code @severity}). A rule whose severity the term chooses (CADENCE's {@code severity}
 * parameter, WOUNDED_PRIORITY's {@code strict}) declares {@code @severity("TERM")} and passes
 * the term's severity explicitly:
 * {@code Report.violation(drools, $term.severity(), "CODE", subjects, message)}.
 * Insert the violation with {@code insertLogical}, so that it goes away when its cause does.
 *
 * <p>A rule that says what a term still requires as of {@code asOf} reports an
 * {@link Obligation} the same way: it carries {@code @term} and {@code @obligation} (the
 * kind, UPPER_SNAKE_CASE) instead of {@code @code} and {@code @severity}.
 *
 * <pre>
 * rule "ALL_FOR_ALL-03 covered detainee still to be released"
 *     &#64;term("ALL_FOR_ALL") &#64;obligation("RELEASE")
 * when
 *     ...
 * then
 *     insertLogical(Report.obligation(drools, "RELEASE", List.of($id), "...").withParty($party).withDue($completeBy));
 * end
 * </pre>
 */
public final class Report {

    /** The {@code @severity} of a rule whose term chooses the severity, passed by its consequence. */
    public static final String TERM_SEVERITY = "TERM";

    private Report() {
    }

    /**
     * A violation with the severity of the rule's {@code @severity} metadata.
     *
     * @param drools   the running rule's {@code drools}
     * @param code     the violation code; must equal the rule's {@code @code}
     * @param subjects the ids the violation is about
     * @param message  a sentence for a person
     * @throws IllegalStateException if the rule's metadata is missing or does not match, or the rule
     *                               declares {@code @severity("TERM")} (it must pass the term's severity)
     */
    public static Violation violation(Drools drools, String code, List<String> subjects, String message) {
        RuleContext rule = context(drools);
        return create(rule, metadataSeverity(rule), code, subjects, message);
    }

    /**
     * A violation with the severity the term chose, for rules that declare
     * {@code @severity("TERM")}; a rule with a fixed {@code @severity} may pass only that one.
     *
     * @param drools   the running rule's {@code drools}
     * @param severity the severity
     * @param code     the violation code; must equal the rule's {@code @code}
     * @param subjects the ids the violation is about
     * @param message  a sentence for a person
     * @throws IllegalStateException if the rule's metadata is missing or does not match, or the
     *                               severity differs from the rule's fixed {@code @severity}
     */
    public static Violation violation(Drools drools, Severity severity, String code, List<String> subjects,
                                      String message) {
        return create(context(drools), severity, code, subjects, message);
    }

    /** The rule context behind a consequence's {@code drools}: its implementation is both. */
    private static RuleContext context(Drools drools) {
        Objects.requireNonNull(drools, "drools");
        if (drools instanceof RuleContext rule) {
            return rule;
        }
        throw new IllegalStateException("Report needs the consequence's own drools, not "
                + drools.getClass().getName());
    }

    private static Violation create(RuleContext rule, Severity severity, String code, List<String> subjects,
                                    String message) {
        Objects.requireNonNull(severity, "severity");
        String declaredSeverity = metadata(rule, "severity");
        if (!declaredSeverity.equals(TERM_SEVERITY) && !declaredSeverity.equals(severity.name())) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" reports severity " + severity
                    + " but declares @severity(\"" + declaredSeverity + "\"); a rule whose term chooses the severity "
                    + "declares @severity(\"TERM\")");
        }
        String declared = metadata(rule, "code");
        if (!declared.equals(code)) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" reports code " + code
                    + " but declares @code(\"" + declared + "\")");
        }
        return new Violation(code, severity, subjects, metadata(rule, "term"), rule.getRule().getName(), message);
    }

    /**
     * An obligation of the rule's term, of both parties, with no due date and no count: add
     * them with {@link Obligation#withParty}, {@link Obligation#withDue} and
     * {@link Obligation#withCount}.
     *
     * @param drools   the running rule's {@code drools}
     * @param kind     what is owed; must equal the rule's {@code @obligation}
     * @param subjects the ids the obligation is about
     * @param message  a sentence for a person
     * @throws IllegalStateException if the rule's metadata is missing or does not match
     */
    public static Obligation obligation(Drools drools, String kind, List<String> subjects, String message) {
        RuleContext rule = context(drools);
        String declared = metadata(rule, "obligation");
        if (!declared.equals(kind)) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" reports an obligation of kind "
                    + kind + " but declares @obligation(\"" + declared + "\")");
        }
        return Obligation.of(kind, metadata(rule, "term"), subjects, rule.getRule().getName(), message);
    }

    /** {@code 1 body}, {@code 3 bodies}: for messages about remains. */
    public static String bodies(long count) {
        return count + (count == 1 ? " body" : " bodies");
    }

    private static Severity metadataSeverity(RuleContext rule) {
        String value = metadata(rule, "severity");
        if (value.equals(TERM_SEVERITY)) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" declares @severity(\"TERM\") "
                    + "but passes no severity; report with Report.violation(drools, $term.severity(), code, subjects, "
                    + "message)");
        }
        try {
            return Severity.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" has @severity(\"" + value
                    + "\"); expected ERROR, WARNING, INFO or TERM", e);
        }
    }

    private static String metadata(RuleContext rule, String key) {
        Object value = rule.getRule().getMetaData().get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" has no @" + key + " metadata");
        }
        return unquote(value.toString());
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /**
     * The values sorted and joined with commas, at most {@code limit} of them followed by
     * {@code and N more}: for messages that must not depend on the order of the facts.
     */
    public static String sortedList(Collection<?> values, int limit) {
        if (limit > 0 && values.size() > 4 * limit + 16) {
            return smallest(values, limit);
        }
        List<String> sorted = values.stream().map(String::valueOf).sorted().distinct().toList();
        if (sorted.size() <= limit) {
            return String.join(", ", sorted);
        }
        return sorted.stream().limit(limit).collect(Collectors.joining(", "))
                + " and " + (sorted.size() - limit) + " more";
    }

    /** {@link #sortedList} of many values: the first {@code limit} kept as they come, nothing sorted but them. */
    private static String smallest(Collection<?> values, int limit) {
        OpenSet distinct = new OpenSet(values.size());
        java.util.TreeSet<String> first = new java.util.TreeSet<>();
        for (Object value : values) {
            String text = String.valueOf(value);
            if (distinct.add(text)) {
                if (first.size() < limit) {
                    first.add(text);
                } else if (text.compareTo(first.last()) < 0) {
                    first.pollLast();
                    first.add(text);
                }
            }
        }
        String shown = String.join(", ", first);
        return distinct.size() <= limit ? shown : shown + " and " + (distinct.size() - limit) + " more";
    }

    /**
     * A set of non-null values by {@code equals}, in one array with open addressing: counting
     * the distinct values of a large collection (the thousands of ids a message names) without
     * a node per value.
     */
    private static final class OpenSet {
        private final Object[] table;
        private final int mask;
        private int size;

        OpenSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            table = new Object[capacity];
            mask = capacity - 1;
        }

        /** Adds the value; whether it was not there yet. */
        boolean add(Object value) {
            int h = value.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            for (Object held = table[i]; held != null; held = table[i]) {
                if (held.equals(value)) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = value;
            size++;
            return true;
        }

        int size() {
            return size;
        }
    }

    /** The noun with an {@code s} unless {@code count} is 1, after the count: {@code 3 detainees}. */
    public static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    /**
     * A span of milliseconds in whole minutes, with the seconds when there are any:
     * {@code 210 minutes}, {@code 120 minutes 30 seconds}.
     */
    public static String minutes(long millis) {
        long seconds = Math.abs(millis) / 1000;
        String whole = count(seconds / 60, "minute");
        return seconds % 60 == 0 ? whole : whole + " " + count(seconds % 60, "second");
    }

    /** For a PARITY message: the exempt bases, or nothing when none is exempt. */
    public static String exemptNote(Collection<?> exempt) {
        return exempt.isEmpty() ? "" : " (not counting " + sortedList(exempt, exempt.size()) + ")";
    }

    /** How many distinct values there are: collected lists may name a detainee twice. */
    public static long distinct(Collection<?> values) {
        OpenSet distinct = new OpenSet(values.size());
        boolean withNull = false;
        for (Object value : values) {
            if (value == null) {
                withNull = true;
            } else {
                distinct.add(value);
            }
        }
        return distinct.size() + (withNull ? 1 : 0);
    }
}
