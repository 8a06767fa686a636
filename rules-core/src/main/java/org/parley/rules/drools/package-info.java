/**
 * The Drools implementation of the Parley API: {@link org.parley.rules.drools.DroolsValidatorProvider}.
 */
package org.parley.rules.drools;
