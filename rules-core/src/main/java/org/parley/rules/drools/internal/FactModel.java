package org.parley.rules.drools.internal;

import java.util.List;

/**
 * The classes of the fact model a rule file may use: the public model, the derived facts,
 * the reporting helper, violations and severities. Their public members (but
 * {@code getClass}, {@code wait} and {@code notify}) are on the restricted allowlist.
 */
final class FactModel {

    /** Every class of the fact model. */
    static final List<Class<?>> CLASSES = List.of(
            org.parley.rules.model.AgeLimitTerm.class,
            org.parley.rules.model.AgreedListsTerm.class,
            org.parley.rules.model.Agreement.class,
            org.parley.rules.model.AllForAllTerm.class,
            org.parley.rules.model.Basis.class,
            org.parley.rules.model.Batch.class,
            org.parley.rules.model.CadenceTerm.class,
            org.parley.rules.model.Category.class,
            org.parley.rules.model.Condition.class,
            org.parley.rules.model.Consent.class,
            org.parley.rules.model.ConsentTerm.class,
            org.parley.rules.model.CustomTerm.class,
            org.parley.rules.model.Detainee.class,
            org.parley.rules.model.DetaineeList.class,
            org.parley.rules.model.EligibilityTerm.class,
            org.parley.rules.model.ExchangeRecord.class,
            org.parley.rules.model.ParityScope.class,
            org.parley.rules.model.ParityTerm.class,
            org.parley.rules.model.Party.class,
            org.parley.rules.model.ReferenceDate.class,
            org.parley.rules.model.ReferenceDate.Mode.class,
            org.parley.rules.model.Remains.class,
            org.parley.rules.model.RemainsTerm.class,
            org.parley.rules.model.Schedule.class,
            org.parley.rules.model.SimultaneityTerm.class,
            org.parley.rules.model.Status.class,
            org.parley.rules.model.Term.class,
            org.parley.rules.model.Transfer.class,
            org.parley.rules.model.WoundedPriorityTerm.class,
            org.parley.rules.drools.facts.BatchTally.class,
            org.parley.rules.drools.facts.DetaineeProfile.class,
            org.parley.rules.drools.facts.HeldDetainees.class,
            org.parley.rules.drools.facts.PartyTally.class,
            org.parley.rules.drools.facts.Release.class,
            org.parley.rules.drools.facts.Report.class,
            org.parley.rules.drools.facts.ScheduledDate.class,
            org.parley.rules.drools.facts.ValidationContext.class,
            org.parley.rules.Violation.class, org.parley.rules.Obligation.class,
            org.parley.rules.model.Severity.class);

    private FactModel() {
    }
}
