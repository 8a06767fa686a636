package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.kie.api.KieBase;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.ValidationContext;

/**
 * The violations and obligations of a session's working memories, kept up to date as the
 * engine inserts, updates and deletes them, so that a report costs what changed rather than a
 * query over the whole record. Each session gets a listener of its own that keeps what the
 * query path keeps: the built-in session's violations with their sources
 * ({@link CompiledRules#withSources}), and of the custom session only what
 * {@link CustomRules#own} and {@link CustomRules#ownObligations} keep. The facts are counted
 * in their natural order (a total order: equal means the same), so the report's lists are the
 * first of each run of the same code and subjects (kind, party and subjects), exactly what
 * {@link ValidationReport} keeps of the query's results. The last report is kept and rebuilt
 * only when a fact it reads or the date it is judged at changed.
 *
 * <p>Used only when both sessions declare the violations query (else the session reads
 * through the queries and fails as they do); obligations are kept only from a session whose
 * rules declare the obligations query, as {@link SessionPair} reads them.
 */
final class LiveReport {

    private final TreeMap<Violation, Integer> violations = new TreeMap<>();
    private final TreeMap<Obligation, Integer> obligations = new TreeMap<>();
    private ValidationReport last;
    private boolean changed = true;

    /**
     * Listens to the sessions of a pair, or returns null when a session's rules do not declare
     * the violations query (the query path then reports what it always did).
     */
    static LiveReport listening(CompiledRules rules, SessionPair session) {
        boolean customDeclares = rules.custom().map(c -> declares(c.kieBase(), SessionPair.VIOLATIONS_QUERY))
                .orElse(true);
        if (!declares(rules.kieBase(), SessionPair.VIOLATIONS_QUERY) || !customDeclares) {
            return null;
        }
        LiveReport live = new LiveReport();
        RuleRuntimeEventListener main = live.new Listener(
                v -> rules.sources().isEmpty() ? v : rules.withSources(List.of(v)).get(0),
                o -> o, declares(rules.kieBase(), SessionPair.OBLIGATIONS_QUERY));
        RuleRuntimeEventListener custom = rules.custom().<RuleRuntimeEventListener>map(c -> live.new Listener(
                v -> first(c.own(List.of(v))), o -> first(c.ownObligations(List.of(o))),
                declares(c.kieBase(), SessionPair.OBLIGATIONS_QUERY))).orElse(null);
        session.addRuntimeListeners(main, custom);
        return live;
    }

    private static boolean declares(KieBase kieBase, String query) {
        return kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getQueries().stream().anyMatch(q -> q.getName().equals(query)));
    }

    private static <T> T first(List<T> kept) {
        return kept.isEmpty() ? null : kept.get(0);
    }

    /** The report of what the sessions hold now, judged in the given context. */
    ValidationReport report(ValidationContext context) {
        if (changed || !last.agreement().equals(context.agreement()) || !last.asOf().equals(context.asOf())) {
            last = new ValidationReport(context.agreement(), context.asOf(),
                    firstOfEach(violations, (a, b) -> a.code().equals(b.code()) && a.subjects().equals(b.subjects())),
                    firstOfEach(obligations, (a, b) -> a.kind().equals(b.kind())
                            && a.party().orElse("").equals(b.party().orElse("")) && a.subjects().equals(b.subjects())));
            changed = false;
        }
        return last;
    }

    /**
     * The first of each run of facts the report counts as the same; the natural order begins
     * with the report's order, so the same ones are next to each other.
     */
    private static <T> List<T> firstOfEach(TreeMap<T, Integer> held, BiPredicate<T, T> same) {
        List<T> kept = new ArrayList<>(held.size());
        for (T item : held.keySet()) {
            if (kept.isEmpty() || !same.test(kept.get(kept.size() - 1), item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** Counts one more of the fact; whether it is new. The counts are small: cached Integers. */
    private static <T> boolean add(Map<T, Integer> held, T item) {
        return held.merge(item, 1, Integer::sum) == 1;
    }

    /** Counts one fewer of the fact; whether it is gone. */
    private static <T> boolean remove(Map<T, Integer> held, T item) {
        Integer count = held.get(item);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            held.remove(item);
            return true;
        }
        held.put(item, count - 1);
        return false;
    }

    /** Keeps one session's violations and obligations, as its query path would read them. */
    private final class Listener implements RuleRuntimeEventListener {
        private final UnaryOperator<Violation> violation;
        private final UnaryOperator<Obligation> obligation;
        private final boolean readsObligations;

        Listener(UnaryOperator<Violation> violation, UnaryOperator<Obligation> obligation,
                 boolean readsObligations) {
            this.violation = violation;
            this.obligation = obligation;
            this.readsObligations = readsObligations;
        }

        private void added(Object fact) {
            if (fact instanceof Violation v) {
                Violation kept = violation.apply(v);
                if (kept != null && add(violations, kept)) {
                    changed = true;
                }
            } else if (readsObligations && fact instanceof Obligation o) {
                Obligation kept = obligation.apply(o);
                if (kept != null && add(obligations, kept)) {
                    changed = true;
                }
            }
        }

        private void removed(Object fact) {
            if (fact instanceof Violation v) {
                Violation kept = violation.apply(v);
                if (kept != null && remove(violations, kept)) {
                    changed = true;
                }
            } else if (readsObligations && fact instanceof Obligation o) {
                Obligation kept = obligation.apply(o);
                if (kept != null && remove(obligations, kept)) {
                    changed = true;
                }
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            added(event.getObject());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            removed(event.getOldObject());
            added(event.getObject());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            removed(event.getOldObject());
        }
    }
}
