/**
 * Scenario files and reports as JSON, for the command line and for any host without it:
 * {@link org.parley.rules.json.ScenarioSchema} (the format's JSON Schema, draft 2020-12),
 * {@link org.parley.rules.json.ScenarioReader} (files into exchange records, every problem
 * at its JSON path), {@link org.parley.rules.json.ScenarioWriter} (records into files) and
 * {@link org.parley.rules.json.JsonReport} (validation reports as JSON lines).
 */
package org.parley.rules.json;
