package org.parley.rules.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An exchange agreement between exactly two parties, with the terms that rules check.
 *
 * @param id       unique id, such as {@code istanbul-2025-06-02}
 * @param title    a title for people
 * @param signedOn the date the agreement was signed
 * @param parties  exactly two parties with distinct codes
 * @param timeZone the zone in which batch dates are calendar dates (default UTC)
 * @param asOf     the date the record is judged at; when absent, the latest batch or remains
 *                 date, else {@code signedOn} (see {@link ExchangeRecord#asOf()})
 * @param terms    the terms to check; at most one of each type
 */
public record Agreement(String id, String title, LocalDate signedOn, List<Party> parties, ZoneId timeZone,
                        Optional<LocalDate> asOf, List<Term> terms) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component, party or term is null
     * @throws IllegalArgumentException if the id is blank, there are not exactly two parties
     *                                  with distinct codes, or two terms have the same type
     */
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signedOn, "signedOn");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(asOf, "asOf");
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("agreement id must not be blank");
        }
        if (parties.size() != 2) {
            throw new IllegalArgumentException("an agreement has exactly two parties, got " + parties.size());
        }
        if (parties.get(0).code().equals(parties.get(1).code())) {
            throw new IllegalArgumentException("the two parties must have distinct codes, both are "
                    + parties.get(0).code());
        }
        Set<String> types = new HashSet<>();
        for (Term term : terms) {
            if (!types.add(term.type())) {
                throw new IllegalArgumentException("an agreement lists each term type once, "
                        + term.type() + " is listed twice");
            }
        }
    }

    /** An agreement in UTC with no {@code asOf} date and the given terms; the title is the id. */
    public static Agreement of(String id, LocalDate signedOn, Party first, Party second, Term... terms) {
        return new Agreement(id, id, signedOn, List.of(first, second), ZoneOffset.UTC, Optional.empty(),
                List.of(terms));
    }

    /** This agreement judged at the given date. */
    public Agreement withAsOf(LocalDate date) {
        return new Agreement(id, title, signedOn, parties, timeZone, Optional.of(date), terms);
    }

    /** This agreement with another title. */
    public Agreement withTitle(String newTitle) {
        return new Agreement(id, newTitle, signedOn, parties, timeZone, asOf, terms);
    }

    /** This agreement in another time zone. */
    public Agreement withTimeZone(ZoneId zone) {
        return new Agreement(id, title, signedOn, parties, zone, asOf, terms);
    }

    /** This agreement with another list of terms. */
    public Agreement withTerms(List<Term> newTerms) {
        return new Agreement(id, title, signedOn, parties, timeZone, asOf, newTerms);
    }

    /** This agreement with one more term. */
    public Agreement withTerm(Term term) {
        List<Term> more = new ArrayList<>(terms);
        more.add(term);
        return withTerms(more);
    }

    /** Whether the code is one of the two parties'. */
    public boolean isParty(String code) {
        return parties.get(0).code().equals(code) || parties.get(1).code().equals(code);
    }

    /** The other party's code, or empty when {@code code} is not a party's. */
    public Optional<String> otherParty(String code) {
        if (parties.get(0).code().equals(code)) {
            return Optional.of(parties.get(1).code());
        }
        if (parties.get(1).code().equals(code)) {
            return Optional.of(parties.get(0).code());
        }
        return Optional.empty();
    }

    /** The term of the given class, if the agreement lists it. */
    public <T extends Term> Optional<T> term(Class<T> type) {
        return terms.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The date a record under this agreement is judged at: {@link #asOf()} when given, else
     * the latest date of the record's batches and remains, else the date of signature. The
     * one place this default is decided.
     *
     * @param latestFactDate the latest batch or remains date of the record, if it has any
     * @throws NullPointerException if the argument is null
     */
    public LocalDate judgedAt(Optional<LocalDate> latestFactDate) {
        Objects.requireNonNull(latestFactDate, "latestFactDate");
        return asOf.orElseGet(() -> latestFactDate.orElse(signedOn));
    }
}
