package org.parley.rules.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * ALL_FOR_ALL: every detainee in a covered category must be released no later than
 * {@code completeBy}, whatever the other side releases. Checked only once the record's
 * {@code asOf} date has reached {@code completeBy}.
 *
 * @param categories the covered categories (YOUNG is defined by the {@link AgeLimitTerm})
 * @param completeBy the last day a covered detainee may be released on
 */
public record AllForAllTerm(Set<Category> categories, LocalDate completeBy) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "ALL_FOR_ALL";

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or category is null
     */
    public AllForAllTerm {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(completeBy, "completeBy");
        EnumSet<Category> copy = EnumSet.noneOf(Category.class);
        categories.forEach(c -> copy.add(Objects.requireNonNull(c, "category")));
        categories = Set.copyOf(copy);
    }

    @Override
    public String type() {
        return TYPE;
    }

    // equals and hashCode as a record's, written out: a built-in rule compares this term,
    // and a record's own are bootstrapped at their first call (java.lang.runtime.ObjectMethods
    // and the method handles it spins); the terms the built-in rules compare with null do the same.

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof AllForAllTerm that
                && categories.equals(that.categories) && completeBy.equals(that.completeBy);
    }

    @Override
    public int hashCode() {
        return 31 * categories.hashCode() + completeBy.hashCode();
    }
}
