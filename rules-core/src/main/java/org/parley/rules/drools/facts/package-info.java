/**
 * The facts that rule files match beyond the public model of {@code org.parley.rules.model}:
 * the validation context, flattened transfers, facts derived by the classification rules,
 * and the {@link org.parley.rules.drools.facts.Report} helper that consequences use to
 * report a violation.
 */
package org.parley.rules.drools.facts;
