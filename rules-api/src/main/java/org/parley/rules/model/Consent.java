package org.parley.rules.model;

/**
 * Whether a detainee agreed to be repatriated (GC III Art. 109(3)).
 */
public enum Consent {
    /** The detainee agreed to be repatriated. */
    CONSENTED,
    /** The detainee declined repatriation. */
    DECLINED,
    /** No consent is recorded (the default). */
    UNKNOWN
}
