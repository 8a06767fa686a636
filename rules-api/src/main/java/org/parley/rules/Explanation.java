package org.parley.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a report says what it says: for each violation, the facts its rule matched, and how
 * often each rule fired in the run (rule coverage), so that an author can see a rule that
 * never fires.
 *
 * @param report       the report
 * @param matchedFacts for each violation of the report, the facts the rule matched, as data: the
 *                     record's facts first, then derived facts, then what accumulates computed
 * @param firings      for every loaded rule, by name, how many times it fired (0 included)
 */
public record Explanation(ValidationReport report, Map<Violation, List<MatchedFact>> matchedFacts,
                          Map<String, Long> firings) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Explanation {
        Objects.requireNonNull(report, "report");
        Map<Violation, List<MatchedFact>> facts = new LinkedHashMap<>();
        Objects.requireNonNull(matchedFacts, "matchedFacts").forEach((v, f) -> facts.put(v, List.copyOf(f)));
        matchedFacts = java.util.Collections.unmodifiableMap(facts);
        firings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(firings, "firings")));
    }

    /** The facts the rule of a violation matched; empty when unknown. */
    public List<MatchedFact> factsOf(Violation violation) {
        return matchedFacts.getOrDefault(violation, List.of());
    }

    /** The names of the loaded rules that never fired, sorted. */
    public List<String> rulesNeverFired() {
        return firings.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).sorted().toList();
    }
}
