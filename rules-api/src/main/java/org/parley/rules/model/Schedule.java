package org.parley.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The dates on which a CADENCE term expects a batch.
 *
 * @param dates the scheduled dates, sorted and without repeats
 */
public record Schedule(List<LocalDate> dates) {

    /** The longest daily schedule accepted, in days: a guard against a mistyped year. */
    public static final int MAX_DAYS = 3660;

    /**
     * Sorts the dates and drops repeats.
     *
     * @throws NullPointerException if the list or a date is null
     */
    public Schedule {
        Objects.requireNonNull(dates, "dates");
        TreeSet<LocalDate> sorted = new TreeSet<>();
        dates.forEach(d -> sorted.add(Objects.requireNonNull(d, "date")));
        dates = List.copyOf(sorted);
    }

    /** A schedule of the given dates. */
    public static Schedule of(List<LocalDate> dates) {
        return new Schedule(dates);
    }

    /**
     * Every day from {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or the span
     *                                  is longer than {@link #MAX_DAYS}
     */
    public static Schedule daily(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("schedule 'to' (" + to + ") must not be before 'from' (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a daily schedule must not span more than " + MAX_DAYS + " days");
        }
        return new Schedule(from.datesUntil(to.plusDays(1)).toList());
    }

    /** Whether a batch is expected on this date. */
    public boolean contains(LocalDate date) {
        return java.util.Collections.binarySearch(dates, Objects.requireNonNull(date, "date")) >= 0;
    }
}
