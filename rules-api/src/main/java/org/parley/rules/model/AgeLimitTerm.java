package org.parley.rules.model;

import java.util.Objects;

/**
 * AGE_LIMIT: defines the YOUNG category as age at the reference date in
 * [{@code minAge}, {@code maxAgeExclusive}), and checks releases on basis YOUNG against it.
 *
 * @param minAge          the lowest age that counts as young (default 0)
 * @param maxAgeExclusive the first age that no longer counts as young
 * @param referenceDate   the date at which age is measured (default: the agreement date)
 */
public record AgeLimitTerm(int minAge, int maxAgeExclusive, ReferenceDate referenceDate) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "AGE_LIMIT";

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if {@code referenceDate} is null
     * @throws IllegalArgumentException unless {@code 0 <= minAge < maxAgeExclusive}
     */
    public AgeLimitTerm {
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (minAge < 0) {
            throw new IllegalArgumentException("minAge must not be negative, was " + minAge);
        }
        if (maxAgeExclusive <= minAge) {
            throw new IllegalArgumentException("maxAgeExclusive must be greater than minAge ("
                    + minAge + "), was " + maxAgeExclusive);
        }
    }

    /** An age limit from 0 measured at the agreement date. */
    public static AgeLimitTerm under(int maxAgeExclusive) {
        return new AgeLimitTerm(0, maxAgeExclusive, ReferenceDate.AGREEMENT_DATE);
    }

    /**
     * An age limit of [{@code minAge}, {@code maxAgeExclusive}) measured at the agreement date.
     *
     * @throws IllegalArgumentException unless {@code 0 <= minAge < maxAgeExclusive}
     */
    public static AgeLimitTerm between(int minAge, int maxAgeExclusive) {
        return new AgeLimitTerm(minAge, maxAgeExclusive, ReferenceDate.AGREEMENT_DATE);
    }

    /**
     * This age limit measured at another reference date.
     *
     * @throws NullPointerException if {@code referenceDate} is null
     */
    public AgeLimitTerm measuredAt(ReferenceDate referenceDate) {
        return new AgeLimitTerm(minAge, maxAgeExclusive, referenceDate);
    }

    /** Whether a person of this age (in completed years) is in the YOUNG range. */
    public boolean admits(int age) {
        return age >= minAge && age < maxAgeExclusive;
    }

    @Override
    public String type() {
        return TYPE;
    }

    // equals and hashCode as a record's, written out: a built-in rule compares this term with
    // null, and a record's own are bootstrapped at their first call (java.lang.runtime.ObjectMethods
    // and the method handles it spins, some 30 ms of a cold run); see AllForAllTerm.

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof AgeLimitTerm that && minAge == that.minAge
                && maxAgeExclusive == that.maxAgeExclusive && referenceDate.equals(that.referenceDate);
    }

    @Override
    public int hashCode() {
        return (31 * minAge + maxAgeExclusive) * 31 + referenceDate.hashCode();
    }
}
