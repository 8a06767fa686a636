/**
 * Micrometer metrics for Parley: {@link org.parley.rules.micrometer.MeteredValidator} wraps
 * any validator and records a timer per validation, counters of violations per code and
 * severity, and a gauge of open sessions. It needs Micrometer alone, not Spring.
 */
package org.parley.rules.micrometer;
