/**
 * The fact model: an {@link org.parley.rules.model.Agreement} with its
 * {@link org.parley.rules.model.Term}s, and the record of what happened under it
 * ({@link org.parley.rules.model.ExchangeRecord}). All types are immutable records.
 */
package org.parley.rules.model;
