/**
 * Property-based testing of Parley validators, for Parley's own tests and for host
 * applications: {@link org.parley.rules.testkit.ParleyGen} generates exchange records (and
 * {@link org.parley.rules.testkit.ParleyRandom} draws the same from a seed),
 * {@link org.parley.rules.testkit.CompliantRecords} builds records that break no term,
 * {@link org.parley.rules.testkit.Mutators} break one term each in a known way,
 * {@link org.parley.rules.testkit.ReportAssert} asserts on reports, and
 * {@link org.parley.rules.testkit.ReferenceOracle} is a plain-Java validator of the built-in
 * terms to compare any other against.
 */
package org.parley.rules.testkit;
