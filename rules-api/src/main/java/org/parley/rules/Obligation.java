package org.parley.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Something a term still requires as of the date a record is judged at: a detainee still to
 * be released, a stage still ahead, remains still owed. Found by a rule, like a violation,
 * and reported beside the violations ({@link ValidationReport#obligations()}).
 *
 * <p>Obligations are values: two are equal when all their components are. Their natural
 * order is the order of a report: by {@code kind}, then by {@code party} (an obligation of
 * both parties first), then by {@code subjects} compared element by element as strings, then
 * by the other components so that the order is total.
 *
 * <p>A rule makes one with the reporting helper and adds the party, due date and count it
 * knows with the {@code with...} methods:
 * <pre>
 * insertLogical(Report.obligation(drools, "RELEASE", List.of($id), "...").withParty($party).withDue($completeBy));
 * </pre>
 *
 * @param kind     what is owed, in UPPER_SNAKE_CASE, such as {@code RELEASE} or {@code REMAINS}
 * @param term     the agreement term that requires it, such as {@code ALL_FOR_ALL}
 * @param party    the party that owes it; empty when both do (a scheduled stage)
 * @param subjects the ids it is about, in the order the term's contract gives
 * @param due      the date it is due by; empty when the term gives none ("as soon as possible")
 * @param count    how many are owed, where it is a number (bodies, releases)
 * @param rule     the name of the rule that found it
 * @param message  a sentence for a person, naming the facts involved
 */
public record Obligation(String kind, String term, Optional<String> party, List<String> subjects,
                         Optional<LocalDate> due, OptionalLong count, String rule, String message)
        implements Comparable<Obligation> {

    /** Order of a report: kind, then party (none first), then subjects; spelled out as Violation's. */
    static final Comparator<Obligation> REPORT_ORDER = new Comparator<>() {
        @Override
        public int compare(Obligation a, Obligation b) {
            int c = a.kind.compareTo(b.kind);
            if (c == 0) {
                c = a.party.orElse("").compareTo(b.party.orElse(""));
            }
            return c != 0 ? c : Violation.SUBJECTS_ORDER.compare(a.subjects, b.subjects);
        }
    };

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if any component or subject is null
     * @throws IllegalArgumentException if kind, term or rule is blank, or the count is negative
     */
    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(party, "party");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        if (term.isBlank()) {
            throw new IllegalArgumentException("term must not be blank");
        }
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count.getAsLong());
        }
    }

    /**
     * An obligation of both parties, with no due date and no count.
     *
     * @param kind     what is owed, such as {@code STAGE}
     * @param term     the term that requires it
     * @param subjects the ids it is about
     * @param rule     the name of the rule that found it
     * @param message  a sentence for a person
     */
    public static Obligation of(String kind, String term, List<String> subjects, String rule, String message) {
        return new Obligation(kind, term, Optional.empty(), subjects, Optional.empty(), OptionalLong.empty(), rule,
                message);
    }

    /** This obligation, owed by the given party. */
    public Obligation withParty(String party) {
        return new Obligation(kind, term, Optional.of(party), subjects, due, count, rule, message);
    }

    /** This obligation, due by the given date. */
    public Obligation withDue(LocalDate due) {
        return new Obligation(kind, term, party, subjects, Optional.of(due), count, rule, message);
    }

    /**
     * This obligation, for the given number of things owed.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public Obligation withCount(long count) {
        return new Obligation(kind, term, party, subjects, due, OptionalLong.of(count), rule, message);
    }

    @Override
    public int compareTo(Obligation other) {
        // The report's order, then term, due date (none first), count (none first), rule and message.
        int c = REPORT_ORDER.compare(this, other);
        if (c == 0) {
            c = term.compareTo(other.term);
        }
        if (c == 0) {
            c = due.orElse(LocalDate.MIN).compareTo(other.due.orElse(LocalDate.MIN));
        }
        if (c == 0) {
            c = Long.compare(count.orElse(Long.MIN_VALUE), other.count.orElse(Long.MIN_VALUE));
        }
        if (c == 0) {
            c = rule.compareTo(other.rule);
        }
        return c != 0 ? c : message.compareTo(other.message);
    }

    /** Returns {@code KIND [subjects] (party, due date, count): message}, leaving out what is absent. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(kind).append(' ').append(subjects);
        String details = String.join(", ", Stream.of(
                party.map(p -> "owed by " + p),
                due.map(d -> "due " + d),
                count.isPresent() ? Optional.of("count " + count.getAsLong()) : Optional.<String>empty())
                .flatMap(Optional::stream).toList());
        if (!details.isEmpty()) {
            s.append(" (").append(details).append(')');
        }
        return s.append(": ").append(message).toString();
    }

    // equals and hashCode as a record's, written out: the engine hashes and compares what the
    // rules insert logically, and a record's own are bootstrapped at their first call
    // (java.lang.runtime.ObjectMethods and the method handles it spins, some 30 ms of a cold run).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Obligation that && kind.equals(that.kind)
                && term.equals(that.term) && party.equals(that.party) && subjects.equals(that.subjects)
                && due.equals(that.due) && count.equals(that.count) && rule.equals(that.rule)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, term, party, subjects, due, count, rule, message);
    }
}
