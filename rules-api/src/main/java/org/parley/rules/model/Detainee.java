package org.parley.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A person held by one party.
 *
 * @param id        unique id
 * @param name      the person's name, if recorded
 * @param heldBy    the code of the party holding them, which is the party that releases them
 * @param returnTo  the code of the party they go home to; when absent, the other party
 * @param status    military or civilian
 * @param birthDate the date of birth, if recorded
 * @param condition the state of health
 * @param consent   whether they agreed to be repatriated
 */
public record Detainee(String id, Optional<String> name, String heldBy, Optional<String> returnTo,
                       Status status, Optional<LocalDate> birthDate, Condition condition, Consent consent) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the id is blank
     */
    public Detainee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(heldBy, "heldBy");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(consent, "consent");
        if (id.isBlank()) {
            throw new IllegalArgumentException("detainee id must not be blank");
        }
    }

    /**
     * A detainee with the defaults of the contract: no name, returned to the other party,
     * MILITARY, no birth date, HEALTHY, consent UNKNOWN.
     */
    public static Detainee of(String id, String heldBy) {
        return new Detainee(id, Optional.empty(), heldBy, Optional.empty(), Status.MILITARY, Optional.empty(),
                Condition.HEALTHY, Consent.UNKNOWN);
    }

    /** This detainee with a name. */
    public Detainee withName(String newName) {
        return new Detainee(id, Optional.of(newName), heldBy, returnTo, status, birthDate, condition, consent);
    }

    /** This detainee returned to the given party. */
    public Detainee withReturnTo(String party) {
        return new Detainee(id, name, heldBy, Optional.of(party), status, birthDate, condition, consent);
    }

    /** This detainee with another status. */
    public Detainee withStatus(Status newStatus) {
        return new Detainee(id, name, heldBy, returnTo, newStatus, birthDate, condition, consent);
    }

    /** This detainee born on the given date. */
    public Detainee withBirthDate(LocalDate date) {
        return new Detainee(id, name, heldBy, returnTo, status, Optional.of(date), condition, consent);
    }

    /** This detainee in another condition. */
    public Detainee withCondition(Condition newCondition) {
        return new Detainee(id, name, heldBy, returnTo, status, birthDate, newCondition, consent);
    }

    /** This detainee with another consent. */
    public Detainee withConsent(Consent newConsent) {
        return new Detainee(id, name, heldBy, returnTo, status, birthDate, condition, newConsent);
    }

    /**
     * Age in completed calendar years at a date ({@code Period.between(birthDate, date).getYears()}):
     * a person turns 25 on their 25th birthday, and one born on 29 February turns a year
     * older on 1 March in a non-leap year. Empty with no birth date.
     */
    public OptionalInt ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return birthDate.map(b -> OptionalInt.of(Period.between(b, date).getYears())).orElse(OptionalInt.empty());
    }
}
