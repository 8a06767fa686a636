package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Derived: the earliest date on which a known detainee was released.
 *
 * @param detainee the detainee id
 * @param date     the date of the earliest batch that releases them
 */
public record FirstRelease(String detainee, LocalDate date) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FirstRelease {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(date, "date");
    }
}
