package org.parley.rules.drools.facts;

import java.util.Objects;
import org.parley.rules.model.Category;

/**
 * Derived, when the agreement has an ALL_FOR_ALL term: a detainee falls in one of the
 * categories the term covers.
 *
 * @param detainee the detainee id
 * @param category the category
 */
public record InCategory(String detainee, Category category) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public InCategory {
        Objects.requireNonNull(detainee, "detainee");
        Objects.requireNonNull(category, "category");
    }
}
