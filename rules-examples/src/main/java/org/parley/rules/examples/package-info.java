/**
 * A host application of the validation API: {@link org.parley.rules.examples.ScenarioReader}
 * reads scenario files into exchange records, and {@link org.parley.rules.examples.ParleyCommand}
 * is the {@code parley} command line that validates them and prints reports, checks rule
 * files of one's own ({@code check-rules}), and replays a record date by date ({@code replay}).
 */
package org.parley.rules.examples;
