package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Derived, when the agreement has an AGE_LIMIT term: a detainee's age at the term's
 * reference date, and whether that age is in the YOUNG range. Only for detainees with a
 * birth date. With reference date EXCHANGE_DATE, the date is that of the detainee's first
 * release, or {@code asOf} for a detainee not released.
 *
 * @param detainee      the detainee id
 * @param birthDate     the detainee's birth date
 * @param referenceDate the date the age is measured at
 * @param age           completed years at the reference date
 * @param young         whether the age is in the term's range
 */
public record ReferenceAge(String detainee, LocalDate birthDate, LocalDate referenceDate, int age, boolean young) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ReferenceAge {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }
}
