/**
 * The facts that rule files match beyond the public model of {@code org.parley.rules.model}:
 * the validation context, one {@link org.parley.rules.drools.facts.DetaineeProfile} per
 * detainee (or id named in a transfer), one {@link org.parley.rules.drools.facts.BatchTally}
 * per batch and party, one {@link org.parley.rules.drools.facts.PartyTally} per party and one
 * {@link org.parley.rules.drools.facts.HeldDetainees} per party and condition, computed by the
 * validator in one pass over the record; the scheduled dates derived by the
 * classification rules; and the {@link org.parley.rules.drools.facts.Report} helper that
 * consequences use to report a violation. None of them carries a decision of a term: the
 * rules take every threshold, deadline, category and exempt basis from the terms.
 */
package org.parley.rules.drools.facts;
