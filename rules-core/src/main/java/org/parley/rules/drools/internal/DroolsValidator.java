package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Term;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * A validator over one compiled rule set, shared by every call; each call has a session of
 * its own, disposed before it returns. Thread-safe.
 */
public final class DroolsValidator implements Validator {

    /** The name of the query that reads the violations back, declared in queries.drl. */
    static final String VIOLATIONS_QUERY = "parley violations";
    /** The name of the query that reads the obligations back, declared in queries.drl. */
    static final String OBLIGATIONS_QUERY = "parley obligations";

    private final CompiledRules rules;
    /** Whether the rules declare the obligations query: a rule set without the built-in files may not. */
    private final boolean readsObligations;

    private DroolsValidator(CompiledRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.readsObligations = rules.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getQueries().stream().anyMatch(q -> q.getName().equals(OBLIGATIONS_QUERY)));
    }

    /**
     * A validator over the rules a configuration names: the precompiled built-in rules,
     * and the configuration's rule files compiled beside them.
     *
     * @throws org.parley.rules.RuleCompilationException if a rule file does not compile
     */
    public static DroolsValidator of(ValidatorConfiguration configuration) {
        return new DroolsValidator(RuleCompiler.compile(Objects.requireNonNull(configuration, "configuration")));
    }

    /**
     * How many engine sessions the shared rules still hold: 0 whenever no validation or
     * session of this validator is open, since every session is disposed.
     */
    public int openEngineSessions() {
        return rules.kieBase().getKieSessions().size();
    }

    @Override
    public Set<String> termTypes() {
        return rules.termTypes();
    }

    @Override
    public Map<String, TermDeclaration> termDeclarations() {
        return rules.termDeclarations();
    }

    @Override
    public ValidationReport validate(ExchangeRecord record) {
        return run(record, null);
    }

    @Override
    public Explanation explain(ExchangeRecord record) {
        Recorder recorder = new Recorder(rules.ruleNames());
        ValidationReport report = run(record, recorder);
        Map<Violation, List<MatchedFact>> facts = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            facts.put(v, recorder.facts.getOrDefault(v, List.of()));
        }
        return new Explanation(report, facts, recorder.firings);
    }

    private ValidationReport run(ExchangeRecord record, Recorder recorder) {
        Objects.requireNonNull(record, "record");
        requireDeclaredCustomTerms(record.agreement());
        ValidationContext context = ValidationContext.of(record);
        KieSession session = rules.kieBase().newKieSession();
        try {
            if (recorder != null) {
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder.agenda);
                session.addEventListener(recorder.inserts);
            }
            FactLoader.record(session, record, context);
            return readReport(session, context, readsObligations);
        } catch (RuntimeException e) {
            throw RuleFailures.of(rules, record.agreement().id(), e);
        } finally {
            session.dispose();
        }
    }

    /** Fires the rules and reads every violation back, and every obligation when the rules declare their query. */
    static ValidationReport readReport(KieSession session, ValidationContext context, boolean readObligations) {
        session.fireAllRules();
        QueryResults rows = session.getQueryResults(VIOLATIONS_QUERY);
        List<Violation> violations = new ArrayList<>(rows.size());
        for (QueryResultsRow row : rows) {
            violations.add((Violation) row.get("$violation"));
        }
        List<Obligation> obligations = new ArrayList<>();
        if (readObligations) {
            for (QueryResultsRow row : session.getQueryResults(OBLIGATIONS_QUERY)) {
                obligations.add((Obligation) row.get("$obligation"));
            }
        }
        return new ValidationReport(context.agreement(), context.asOf(), violations, obligations);
    }

    @Override
    public ValidationSession openSession(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        requireDeclaredCustomTerms(agreement);
        return new DroolsValidationSession(rules, agreement, readsObligations);
    }

    private void requireDeclaredCustomTerms(Agreement agreement) {
        new CustomTermCheck(rules.termTypes(), rules.termDeclarations()).check(agreement);
    }

    /** Records, for one session, which match inserted each violation and how often each rule fired. */
    private static final class Recorder {
        final Map<Violation, List<MatchedFact>> facts = new HashMap<>();
        final Map<String, Long> firings = new LinkedHashMap<>();
        private Match current;

        final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current = event.getMatch();
                firings.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                current = null;
            }
        };

        final DefaultRuleRuntimeEventListener inserts = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (current != null && event.getObject() instanceof Violation v) {
                    facts.putIfAbsent(v, MatchedFacts.of(current));
                }
            }
        };

        Recorder(List<String> ruleNames) {
            ruleNames.forEach(name -> firings.put(name, 0L));
        }
    }
}
