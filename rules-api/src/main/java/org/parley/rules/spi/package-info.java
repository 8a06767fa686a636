/**
 * Service provider interface for implementations of the validation API.
 */
package org.parley.rules.spi;
