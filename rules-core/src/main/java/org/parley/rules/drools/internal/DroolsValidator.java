package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.runtime.rule.Match;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.DetaineeProfile;
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

    private final CompiledRules rules;
    private final FiringLimits limits;
    /** How many profiles a chunk holds; a record of more is validated in chunks where the rules allow. */
    private final int chunk;

    private DroolsValidator(CompiledRules rules, FiringLimits limits, int chunk) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.limits = limits;
        this.chunk = chunk;
    }

    /**
     * A validator over the rules a configuration names: the precompiled built-in rules,
     * and the configuration's rule files compiled beside them.
     *
     * @throws org.parley.rules.RuleCompilationException if a rule file does not compile
     */
    public static DroolsValidator of(ValidatorConfiguration configuration) {
        return of(configuration, ProfileChunks.DEFAULT_SIZE);
    }

    /** As {@link #of(ValidatorConfiguration)}, validating a record of more than {@code chunk} profiles in chunks of that many. */
    static DroolsValidator of(ValidatorConfiguration configuration, int chunk) {
        Objects.requireNonNull(configuration, "configuration");
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least 1 profile, not " + chunk);
        }
        CompiledRules rules = RuleCompiler.compile(configuration);
        // The one-shot rule base is loaded with the validator, not by its first validation.
        RuleBase.oneShotFor(rules);
        return new DroolsValidator(rules, FiringLimits.of(configuration), chunk);
    }

    /**
     * How many engine sessions the shared rules still hold: 0 whenever no validation or
     * session of this validator is open, since every session is disposed.
     */
    public int openEngineSessions() {
        KieBase oneShot = RuleBase.oneShotFor(rules);
        // The rule base of sessions is not built for the asking: unbuilt, it holds none.
        KieBase sessions = rules.base().ifMade().orElse(null);
        return (sessions == null ? 0 : sessions.getKieSessions().size())
                + (oneShot == sessions ? 0 : oneShot.getKieSessions().size())
                + rules.custom().map(c -> c.kieBase().getKieSessions().size()).orElse(0);
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
        Objects.requireNonNull(record, "record");
        Recorder recorder = new Recorder(rules.ruleNames(),
                rules.custom().map(CustomRules::sources).orElse(Map.of()).keySet(), record.agreement().terms());
        ValidationReport report = run(record, recorder);
        Map<Violation, List<MatchedFact>> facts = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            facts.put(v, recorder.facts.getOrDefault(v.fromSource(Violation.BUILT_IN), List.of()));
        }
        return new Explanation(report, facts, recorder.firings);
    }

    private ValidationReport run(ExchangeRecord record, Recorder recorder) {
        Objects.requireNonNull(record, "record");
        requireDeclaredCustomTerms(record.agreement());
        ValidationContext context = ValidationContext.of(record);
        // One-shot: the built-in rules without truth maintenance (RuleBase.oneShotFor).
        KieBase base = RuleBase.oneShotFor(rules);
        SessionPair session = new SessionPair(rules, base);
        try {
            if (recorder != null) {
                session.addEventListener(recorder.agenda, recorder.customAgenda, recorder.inserts);
            }
            ProfileRules shapes = recorder != null || record.detainees().size() <= chunk ? null
                    : RuleBase.profileRulesFor(rules).filter(ProfileRules::inChunks).orElse(null);
            // A large record, whose built-in rules are each of one profile or of none: the
            // profiles in chunks (ProfileChunks), the record's other facts in the built-in session.
            List<Object> recordFacts = shapes == null ? null : new ArrayList<>();
            List<DetaineeProfile> profiles = shapes == null ? null : new ArrayList<>(record.detainees().size() + 16);
            session.keepMainFacts(recordFacts);
            limits.bounded(() -> {
                FactLoader.record(session, record, context, profiles);
                return null;
            });
            session.keepMainFacts(null);
            return shapes == null ? readReport(session, context, limits) : session.report(context, limits,
                    new ProfileChunks(base, shapes, record.agreement(), recordFacts, profiles, chunk));
        } catch (ValidationLimitException e) {
            throw e;
        } catch (RuntimeException e) {
            throw RuleFailures.of(rules, record.agreement().id(), e);
        } finally {
            session.dispose();
        }
    }

    /** Fires the rules and reads every violation back. */
    static ValidationReport readReport(SessionPair session, ValidationContext context, FiringLimits limits) {
        return session.report(context, limits);
    }

    @Override
    public ValidationSession openSession(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        requireDeclaredCustomTerms(agreement);
        return new DroolsValidationSession(rules, agreement, limits);
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
                    facts.putIfAbsent(v, MatchedFacts.of(current, terms));
                }
            }
        };

        /** Counts the firings of custom rules only: the classification rules fire in both sessions. */
        final DefaultAgendaEventListener customAgenda = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current = event.getMatch();
                if (customRules.contains(event.getMatch().getRule().getName())) {
                    firings.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
                }
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                current = null;
            }
        };

        private final Set<String> customRules;
        /** The agreement's terms, for the rules that read theirs through a global. */
        private final List<? extends Term> terms;

        Recorder(List<String> ruleNames, Set<String> customRules, List<? extends Term> terms) {
            ruleNames.forEach(name -> firings.put(name, 0L));
            this.customRules = customRules;
            this.terms = terms;
        }
    }
}
