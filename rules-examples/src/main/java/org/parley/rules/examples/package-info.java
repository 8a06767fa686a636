/**
 * A host application of the validation API: {@link org.parley.rules.examples.ParleyCommand}
 * is the {@code parley} command line that reads scenario files (with
 * {@link org.parley.rules.json.ScenarioReader}), validates them and prints reports, checks
 * rule files of one's own ({@code check-rules}), replays a record date by date
 * ({@code replay}) and prints the JSON Schema of the format ({@code schema}).
 */
package org.parley.rules.examples;
