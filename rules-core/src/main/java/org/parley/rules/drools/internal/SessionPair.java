package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Query;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Term;

/**
 * The session of the built-in rules and, when custom rule files were added, the session of
 * theirs ({@link CustomRules}), fed the same facts. Each fact gets one handle for both.
 */
final class SessionPair {

    /** The name of the query that reads the violations back, declared in queries.drl. */
    static final String VIOLATIONS_QUERY = "parley violations";
    /** The name of the query that reads the obligations back, declared in queries.drl. */
    static final String OBLIGATIONS_QUERY = "parley obligations";

    private final KieSession main;
    private final Optional<KieSession> custom;
    private final Optional<CustomRules> customRules;
    private final CompiledRules rules;
    /** Whether each KieBase declares the obligations query, looked up once for every report. */
    private final boolean mainObligations;
    private final boolean customObligations;

    SessionPair(CompiledRules rules) {
        this(rules, rules.kieBase());
    }

    /** A pair whose built-in session is of {@code mainBase} (the one-shot rule base, say). */
    SessionPair(CompiledRules rules, org.kie.api.KieBase mainBase) {
        this.rules = rules;
        this.main = mainBase.newKieSession();
        this.customRules = rules.custom();
        // Plain ifs rather than Optional's lambdas in this class: each lambda is a class spun at
        // run time, and every validation makes a pair, on a cold run's path.
        this.custom = customRules.isPresent() ? Optional.of(customRules.get().kieBase().newKieSession())
                : Optional.empty();
        this.mainObligations = declaresObligations(mainBase);
        this.customObligations = customRules.isPresent() && declaresObligations(customRules.get().kieBase());
    }

    /** When not null, every fact {@link #insert} puts into the built-in session, in order. */
    private List<Object> mainFacts;

    /** Keeps, from now on, every fact {@link #insert} puts into the built-in session in {@code facts}. */
    void keepMainFacts(List<Object> facts) {
        this.mainFacts = facts;
    }

    /** Inserts a fact into the custom session alone, if there is one: a profile whose built-in rules fire in a chunk. */
    void insertIntoCustom(Object fact) {
        if (custom.isPresent()) {
            custom.get().insert(fact);
        }
    }

    FactHandle insert(Object fact) {
        FactHandle handle = main.insert(fact);
        if (mainFacts != null) {
            mainFacts.add(fact);
        }
        // (No Optional.map here: a capturing lambda per fact of a whole record.)
        return custom.isPresent() ? new Paired(handle, custom.get().insert(fact)) : handle;
    }

    /**
     * Inserts a fact only the rule files of authors see (the records that the built-in rules
     * read through the profiles): into the custom session, or into the one session when its
     * rules are the authors' alone; null when no author's rule runs.
     */
    FactHandle insertForCustom(Object fact) {
        if (custom.isPresent()) {
            return new CustomOnly(custom.get().insert(fact));
        }
        return rules.sources().isEmpty() ? null : main.insert(fact);
    }

    /** Deletes a fact of {@link #insertForCustom}; nothing for null. */
    void deleteForCustom(FactHandle handle) {
        if (handle != null) {
            delete(handle);
        }
    }

    void update(FactHandle handle, Object fact) {
        if (handle == null) {
            return;
        }
        if (handle instanceof CustomOnly only) {
            custom.orElseThrow().update(only.handle, fact);
        } else if (handle instanceof Paired paired) {
            main.update(paired.main, fact);
            custom.orElseThrow().update(paired.custom, fact);
        } else {
            main.update(handle, fact);
        }
    }

    void delete(FactHandle handle) {
        if (handle == null) {
            return;
        }
        if (handle instanceof CustomOnly only) {
            custom.orElseThrow().delete(only.handle);
        } else if (handle instanceof Paired paired) {
            main.delete(paired.main);
            custom.orElseThrow().delete(paired.custom);
        } else {
            main.delete(handle);
        }
    }

    /**
     * Sets, in each session, every global whose declared type is the class of exactly one of
     * the agreement's terms to that term (an agreement lists a built-in term type at most once;
     * its custom terms, all {@code CustomTerm}, name no global); the others stay unset, that
     * is null to the rules. A rule reads a term's parameters through its
     * global inside a pattern over a per-detainee fact, so that the test is an alpha test of
     * that fact and a detainee the term cannot concern enters no join (every comparison stays
     * in the rule file: the global only names the term). Likewise every global of type
     * {@link Agreement} is set to the agreement, whose {@code signedOn} a session never changes
     * (asOf, which a session may change, is the ValidationContext fact's alone). Called before
     * any fact is inserted.
     */
    void setAgreementGlobals(Agreement agreement) {
        setAgreementGlobals(main, agreement);
        if (custom.isPresent()) {
            setAgreementGlobals(custom.get(), agreement);
        }
    }

    static void setAgreementGlobals(KieSession session, Agreement agreement) {
        List<? extends Term> terms = agreement.terms();
        for (KiePackage pkg : session.getKieBase().getKiePackages()) {
            for (Global global : pkg.getGlobalVariables()) {
                if (Agreement.class.getName().equals(global.getType())) {
                    session.setGlobal(global.getName(), agreement);
                    continue;
                }
                Term only = null;
                int held = 0;
                for (Term term : terms) {
                    if (term.getClass().getName().equals(global.getType())) {
                        only = term;
                        held++;
                    }
                }
                // One term of the class: a built-in term type, which an agreement lists once
                // (custom terms, all of one class, name none).
                if (held == 1) {
                    session.setGlobal(global.getName(), only);
                }
            }
        }
    }

    void addEventListener(AgendaEventListener agenda, AgendaEventListener customAgenda,
                          RuleRuntimeEventListener runtime) {
        main.addEventListener(agenda);
        main.addEventListener(runtime);
        if (custom.isPresent()) {
            custom.get().addEventListener(customAgenda);
            custom.get().addEventListener(runtime);
        }
    }

    /**
     * Fires both sessions within the limits and reads their violations back, and their
     * obligations where the rules declare the obligations query (a rule set without the
     * built-in files may not).
     */
    ValidationReport report(ValidationContext context, FiringLimits limits) {
        return report(context, limits, null);
    }

    /**
     * As {@link #report(ValidationContext, FiringLimits)}, and when {@code chunks} is not null,
     * fires the built-in rules of the record's profiles chunk by chunk in the same run as the
     * built-in session, which then holds the record's other facts; what the chunks find is
     * reported with the built-in session's findings.
     */
    ValidationReport report(ValidationContext context, FiringLimits limits, ProfileChunks chunks) {
        List<Violation> builtIn = new ArrayList<>();
        List<Obligation> builtInObligations = new ArrayList<>();
        FiringLimits.Run run = limits.run();
        run.fire(main, null, 0);
        read(main, mainObligations, builtIn, builtInObligations);
        if (chunks != null) {
            chunks.fire(run, main.getFactCount(), builtIn, builtInObligations, mainObligations);
        }
        run.end();
        List<Violation> violations = new ArrayList<>(rules.withSources(builtIn));
        if (custom.isPresent()) {
            violations.addAll(customRules.orElseThrow().own(fireAndRead(custom.get(), limits)));
        }
        List<Obligation> obligations = new ArrayList<>(builtInObligations);
        if (custom.isPresent()) {
            obligations.addAll(customRules.orElseThrow()
                    .ownObligations(obligationsOf(custom.get(), customObligations)));
        }
        return new ValidationReport(context.agreement(), context.asOf(), violations, obligations);
    }

    /** Reads a fired session's violations, and its obligations where its rules declare the query, into the lists. */
    static void read(KieSession session, boolean obligationsDeclared, List<Violation> violations,
                     List<Obligation> obligations) {
        violations.addAll(violationsOf(session));
        obligations.addAll(obligationsOf(session, obligationsDeclared));
    }

    private static boolean declaresObligations(org.kie.api.KieBase kieBase) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Query query : pkg.getQueries()) {
                if (query.getName().equals(OBLIGATIONS_QUERY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Obligation> obligationsOf(KieSession session, boolean declared) {
        List<Obligation> obligations = new ArrayList<>();
        if (declared) {
            for (QueryResultsRow row : session.getQueryResults(OBLIGATIONS_QUERY)) {
                obligations.add((Obligation) row.get("$obligation"));
            }
        }
        return obligations;
    }

    private static List<Violation> fireAndRead(KieSession session, FiringLimits limits) {
        limits.fire(session);
        return violationsOf(session);
    }

    private static List<Violation> violationsOf(KieSession session) {
        List<Violation> violations = new ArrayList<>();
        for (QueryResultsRow row : session.getQueryResults(VIOLATIONS_QUERY)) {
            violations.add((Violation) row.get("$violation"));
        }
        return violations;
    }

    /**
     * Adds a listener to the working memory of each session: one to the built-in session, one
     * to the custom session when there is one ({@link LiveReport}).
     */
    void addRuntimeListeners(RuleRuntimeEventListener forMain, RuleRuntimeEventListener forCustom) {
        main.addEventListener(forMain);
        if (custom.isPresent()) {
            custom.get().addEventListener(forCustom);
        }
    }

    /** Fires both sessions within the limits, in the order {@link #report} fires them, reading nothing back. */
    void fire(FiringLimits limits) {
        limits.fire(main);
        if (custom.isPresent()) {
            limits.fire(custom.get());
        }
    }

    /** The facts the built-in session holds now (for tests of what a change builds). */
    java.util.Collection<? extends Object> builtInFacts() {
        return main.getObjects();
    }

    void dispose() {
        main.dispose();
        if (custom.isPresent()) {
            custom.get().dispose();
        }
    }

    /** A handle standing for one of the engine's own; every method asks that one. */
    private interface Wrapping extends FactHandle {
        /** The engine's handle this one stands for. */
        FactHandle inner();

        @Override
        default Object getObject() {
            return inner().getObject();
        }

        @Override
        default boolean isNegated() {
            return inner().isNegated();
        }

        @Override
        default boolean isEvent() {
            return inner().isEvent();
        }

        @Override
        default long getId() {
            return inner().getId();
        }

        @Override
        default long getRecency() {
            return inner().getRecency();
        }

        @Override
        default <K> K as(Class<K> type) {
            return inner().as(type);
        }

        @Override
        default boolean isValid() {
            return inner().isValid();
        }

        @Override
        default String toExternalForm() {
            return inner().toExternalForm();
        }
    }

    /** A fact of the custom session alone; the engine sees only the inner handle. */
    private record CustomOnly(FactHandle handle) implements Wrapping {
        @Override
        public FactHandle inner() {
            return handle;
        }
    }

    /** One fact's handles in both sessions; the engine sees only the inner ones. */
    private record Paired(FactHandle main, FactHandle custom) implements Wrapping {
        @Override
        public FactHandle inner() {
            return main;
        }
    }
}
