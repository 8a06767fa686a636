/**
 * A host application of the validation API: {@link org.parley.rules.examples.ScenarioReader}
 * reads scenario files into exchange records, and {@link org.parley.rules.examples.ParleyCommand}
 * is the {@code parley} command line that validates them and prints reports.
 */
package org.parley.rules.examples;
