package org.parley.rules.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The date at which an {@link AgeLimitTerm} measures age.
 *
 * @param mode  which date is meant
 * @param fixed the date itself, present exactly when {@code mode} is {@link Mode#FIXED}
 */
public record ReferenceDate(Mode mode, Optional<LocalDate> fixed) {

    /** The agreement's {@code signedOn} date (the default). */
    public static final ReferenceDate AGREEMENT_DATE = new ReferenceDate(Mode.AGREEMENT_DATE, Optional.empty());

    /** The date of the batch that releases the detainee; {@code asOf} for one not released. */
    public static final ReferenceDate EXCHANGE_DATE = new ReferenceDate(Mode.EXCHANGE_DATE, Optional.empty());

    /** Which date a {@link ReferenceDate} means. */
    public enum Mode {
        /** The agreement's {@code signedOn} date. */
        AGREEMENT_DATE,
        /** The date of the batch that releases the detainee; {@code asOf} for one not released. */
        EXCHANGE_DATE,
        /** A date fixed by the agreement. */
        FIXED
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code fixed} is present for another mode than FIXED,
     *                                  or absent for FIXED
     */
    public ReferenceDate {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fixed, "fixed");
        if ((mode == Mode.FIXED) != fixed.isPresent()) {
            throw new IllegalArgumentException("a fixed date is given exactly when the mode is FIXED");
        }
    }

    /** A reference date fixed by the agreement. */
    public static ReferenceDate fixed(LocalDate date) {
        return new ReferenceDate(Mode.FIXED, Optional.of(Objects.requireNonNull(date, "date")));
    }

    /**
     * The date this reference means for one detainee.
     *
     * @param signedOn     the agreement's signing date
     * @param exchangeDate the date of the batch that releases the detainee, or {@code asOf}
     *                     when none does
     */
    public LocalDate resolve(LocalDate signedOn, LocalDate exchangeDate) {
        return switch (mode) {
            case AGREEMENT_DATE -> Objects.requireNonNull(signedOn, "signedOn");
            case EXCHANGE_DATE -> Objects.requireNonNull(exchangeDate, "exchangeDate");
            case FIXED -> fixed.orElseThrow();
        };
    }

    /** The mode's name, or the ISO date for a fixed date, as written in scenario files. */
    @Override
    public String toString() {
        return fixed.map(LocalDate::toString).orElse(mode.name());
    }
}
