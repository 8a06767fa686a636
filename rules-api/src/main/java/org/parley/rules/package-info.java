/**
 * The validation API: {@link org.parley.rules.Validators} finds a
 * {@link org.parley.rules.Validator}, which turns an
 * {@link org.parley.rules.model.ExchangeRecord} into a
 * {@link org.parley.rules.ValidationReport} of {@link org.parley.rules.Violation}s.
 */
package org.parley.rules;
