package org.parley.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fact a rule matched, as data a host can read: its kind, where it comes from, and its
 * fields in the order the fact declares them, each rendered as text or absent.
 *
 * <p>Values are rendered deterministically: sets and maps sorted, lists in their order (a
 * batch's transfers) or sorted where the engine collected them (an accumulate's
 * {@code collectList}), nested facts as {@code Kind[field=value, ...]}, an absent value
 * (an empty {@code Optional}, a handover with no time) as absent.
 *
 * <p>In text ({@link #toString()}):
 * <pre>
 * Detainee[id=UA-1, name=absent, heldBy=RU, returnTo=absent, status=MILITARY, ...]
 * BatchTally[batch=B1, date=2025-06-09, unilateral=false, party=RU, detainees=3, ...]
 * computed[$categories=[CIVILIAN, SERIOUSLY_WOUNDED], $covered=2]
 * </pre>
 *
 * @param kind   what the fact is, in the author's terms: the type a rule names in its pattern
 *               ({@code Detainee}, {@code DetaineeProfile}), or {@code computed} for the values the
 *               rule computed
 * @param origin whether the fact is part of the record, derived by a classification rule, or
 *               computed by the rule (an accumulate's results, a value taken {@code from} an
 *               expression)
 * @param fields the fields by name, in declaration order; for computed values, each by the
 *               variable the rule binds it to ({@code $total}), else {@code result1}, ...
 */
public record MatchedFact(String kind, Origin origin, Map<String, Optional<String>> fields) {

    /** Where a matched fact comes from; explanations list record facts first, then derived ones. */
    public enum Origin {
        /** A fact of the exchange record or its agreement: a detainee, a batch, a term, ... */
        RECORD,
        /** A fact a rule derived from the record, such as a release or a detainee's category. */
        DERIVED,
        /**
         * Values the rule computed: an accumulate's counts, sums and collected ids, a value taken
         * {@code from} an expression.
         */
        COMPUTED
    }

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component, a field name or a field value is null
     * @throws IllegalArgumentException if the kind is blank
     */
    public MatchedFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        Map<String, Optional<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(fields, "fields").forEach((name, value) ->
                copy.put(Objects.requireNonNull(name, "field name"), Objects.requireNonNull(value, "field " + name)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** The text of a field: empty when the field is absent or the fact has no such field. */
    public Optional<String> field(String name) {
        return fields.getOrDefault(Objects.requireNonNull(name, "name"), Optional.empty());
    }

    /**
     * The fact on one line, {@code Kind[field=value, ...]}, an absent field as
     * {@code field=absent}; the form the text report prints.
     */
    @Override
    public String toString() {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().orElse("absent"))
                .collect(Collectors.joining(", ", kind + "[", "]"));
    }
}
