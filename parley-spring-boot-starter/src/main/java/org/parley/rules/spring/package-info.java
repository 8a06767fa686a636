/**
 * Spring Boot auto-configuration of Parley: a {@link org.parley.rules.Validator} bean built
 * once at start-up from the {@code parley.*} properties ({@link org.parley.rules.spring.ParleyProperties}),
 * metered with Micrometer when a {@code MeterRegistry} is present, an actuator health
 * indicator {@code parley} saying whether the rules compiled, and a start-up failure that
 * lists every rule problem as {@code FILE:LINE:COLUMN: message}.
 */
package org.parley.rules.spring;
