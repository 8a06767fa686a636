package org.parley.rules.model;

/**
 * How much a violation matters. A record is compliant when it has no {@link #ERROR}.
 */
public enum Severity {
    /** Breaks the agreement: the record is not compliant. */
    ERROR,
    /** Worth a look, but the record may still be compliant. */
    WARNING,
    /** For information only. */
    INFO
}
