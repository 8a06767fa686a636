package org.parley.rules.model;

/**
 * What a PARITY term compares.
 */
public enum ParityScope {
    /** The counts released by each party in every batch. */
    PER_BATCH,
    /** The counts released by each party over all batches. */
    TOTAL
}
