package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
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
 * in groups of those a report counts as the same (code and subjects; kind, party and
 * subjects), and the report keeps the first of each group in natural order (a total order:
 * equal means the same), exactly what {@link ValidationReport} keeps of the query's results.
 * The last report is kept; the next is made from it by the groups whose first fact changed
 * ({@link ValidationReport#changed}), so that it costs what changed, not a sort of the whole
 * record; nothing is made when no fact it reads and not the date it is judged at changed.
 *
 * <p>Used only when both sessions declare the violations query (else the session reads
 * through the queries and fails as they do); obligations are kept only from a session whose
 * rules declare the obligations query, as {@link SessionPair} reads them.
 */
final class LiveReport {

    private final Kept<Violation> violations = new Kept<>(v -> new SameViolation(v.code(), v.subjects()));
    private final Kept<Obligation> obligations = new Kept<>(
            o -> new SameObligation(o.kind(), o.party().orElse(""), o.subjects()));
    private ValidationReport last;

    // The keys below write out a record's equals and hashCode: a record's own are bootstrapped at
    // their first call (java.lang.runtime.ObjectMethods and the method handles it spins, some
    // 30 ms of a cold run), and every session keys its report by them (ColdRunLinkageTests).

    /** What makes two violations the same in a report ({@code Violation}'s report order). */
    private record SameViolation(String code, List<String> subjects) {
        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof SameViolation that && code.equals(that.code)
                    && subjects.equals(that.subjects);
        }

        @Override
        public int hashCode() {
            return 31 * code.hashCode() + subjects.hashCode();
        }
    }

    /** What makes two obligations the same in a report ({@code Obligation}'s report order). */
    private record SameObligation(String kind, String party, List<String> subjects) {
        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof SameObligation that && kind.equals(that.kind)
                    && party.equals(that.party) && subjects.equals(that.subjects);
        }

        @Override
        public int hashCode() {
            return (31 * kind.hashCode() + party.hashCode()) * 31 + subjects.hashCode();
        }
    }

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

    /**
     * The report of what the sessions hold now, judged in the given context: the first one
     * built from everything, each later one from the last by what changed since
     * ({@link ValidationReport#changed}), and the last itself when nothing did.
     */
    ValidationReport report(ValidationContext context) {
        if (last == null || !last.agreement().equals(context.agreement())) {
            last = new ValidationReport(context.agreement(), context.asOf(), violations.all(), obligations.all());
        } else if (violations.changed() || obligations.changed() || !last.asOf().equals(context.asOf())) {
            List<Violation> goneViolations = new ArrayList<>();
            List<Violation> newViolations = new ArrayList<>();
            violations.settle(goneViolations, newViolations);
            List<Obligation> goneObligations = new ArrayList<>();
            List<Obligation> newObligations = new ArrayList<>();
            obligations.settle(goneObligations, newObligations);
            last = last.changed(context.asOf(), goneViolations, newViolations, goneObligations, newObligations);
        }
        return last;
    }

    /**
     * The facts of one kind that a session holds, counted, in groups of those the report
     * counts as the same: the report keeps the first of each group in natural order. The
     * groups a change touched are remembered until the next report.
     */
    private static final class Kept<T extends Comparable<T>> {
        private final Function<T, Object> same;
        private final Map<Object, Group<T>> groups = new HashMap<>();
        private final List<Group<T>> touched = new ArrayList<>();

        Kept(Function<T, Object> same) {
            this.same = same;
        }

        /** Counts one more of the fact. */
        void add(T item) {
            Group<T> group = groups.computeIfAbsent(same.apply(item), Group::new);
            if (group.add(item)) {
                touch(group);
            }
        }

        /** Counts one fewer of the fact. */
        void remove(T item) {
            Group<T> group = groups.get(same.apply(item));
            if (group != null && group.remove(item)) {
                touch(group);
            }
        }

        private void touch(Group<T> group) {
            if (!group.touched) {
                group.touched = true;
                touched.add(group);
            }
        }

        boolean changed() {
            return !touched.isEmpty();
        }

        /** The first of every group, now in the report. */
        List<T> all() {
            List<T> firsts = new ArrayList<>(groups.size());
            for (Group<T> group : List.copyOf(groups.values())) {
                settle(group);
                if (group.reported != null) {
                    firsts.add(group.reported);
                }
            }
            touched.clear();
            return firsts;
        }

        /** What the report takes away and adds for the groups touched since the last one. */
        void settle(List<T> gone, List<T> added) {
            for (Group<T> group : touched) {
                T was = group.reported;
                settle(group);
                if (!Objects.equals(was, group.reported)) {
                    if (was != null) {
                        gone.add(was);
                    }
                    if (group.reported != null) {
                        added.add(group.reported);
                    }
                }
            }
            touched.clear();
        }

        private void settle(Group<T> group) {
            group.touched = false;
            group.reported = group.first();
            if (group.reported == null) {
                groups.remove(group.key);
            }
        }
    }

    /**
     * The facts of one group with how many of each the session holds: one fact (the usual
     * case) on its own, more in their natural order.
     */
    private static final class Group<T extends Comparable<T>> {
        final Object key;
        private T one;
        private int count;
        private TreeMap<T, Integer> many;
        /** The fact of the group in the last report, or null. */
        T reported;
        boolean touched;

        Group(Object key) {
            this.key = key;
        }

        /** Counts one more; whether it is new. The counts are small: cached Integers. */
        boolean add(T item) {
            if (many != null) {
                return many.merge(item, 1, Integer::sum) == 1;
            }
            if (one == null) {
                one = item;
                count = 1;
                return true;
            }
            if (one.equals(item)) {
                count++;
                return false;
            }
            many = new TreeMap<>();
            many.put(one, count);
            many.put(item, 1);
            one = null;
            return true;
        }

        /** Counts one fewer; whether it is gone. */
        boolean remove(T item) {
            if (many != null) {
                Integer held = many.get(item);
                if (held == null) {
                    return false;
                }
                if (held == 1) {
                    many.remove(item);
                    if (many.size() == 1) {
                        Map.Entry<T, Integer> left = many.firstEntry();
                        one = left.getKey();
                        count = left.getValue();
                        many = null;
                    }
                    return true;
                }
                many.put(item, held - 1);
                return false;
            }
            if (one == null || !one.equals(item)) {
                return false;
            }
            if (--count == 0) {
                one = null;
                return true;
            }
            return false;
        }

        /** The first fact in natural order, or null when the group holds none. */
        T first() {
            return many != null ? many.firstKey() : one;
        }
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
                if (kept != null) {
                    violations.add(kept);
                }
            } else if (readsObligations && fact instanceof Obligation o) {
                Obligation kept = obligation.apply(o);
                if (kept != null) {
                    obligations.add(kept);
                }
            }
        }

        private void removed(Object fact) {
            if (fact instanceof Violation v) {
                Violation kept = violation.apply(v);
                if (kept != null) {
                    violations.remove(kept);
                }
            } else if (readsObligations && fact instanceof Obligation o) {
                Obligation kept = obligation.apply(o);
                if (kept != null) {
                    obligations.remove(kept);
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
