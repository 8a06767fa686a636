package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;

/**
 * The one fact that describes the validation itself: which agreement, judged at which date,
 * between which parties. Inserted by the validator, once per validation.
 *
 * @param agreement the agreement id
 * @param signedOn  the date the agreement was signed
 * @param asOf      the date the record is judged at (see {@link ExchangeRecord#asOf()})
 * @param parties   the two party codes, in the agreement's order
 */
public record ValidationContext(String agreement, LocalDate signedOn, LocalDate asOf, List<String> parties) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ValidationContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(asOf, "asOf");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
    }

    /** The context of one exchange record. */
    public static ValidationContext of(ExchangeRecord record) {
        return new ValidationContext(record.agreement().id(), record.agreement().signedOn(), record.asOf(),
                record.agreement().parties().stream().map(p -> p.code()).toList());
    }

    /** Whether the code is one of the two parties'. */
    public boolean isParty(String code) {
        return parties.contains(code);
    }

    /** The other party's code; the empty string when {@code code} is not a party's. */
    public String otherParty(String code) {
        int i = parties.indexOf(code);
        return i < 0 ? "" : parties.get(1 - i);
    }

    /** The parties' codes joined for messages, such as {@code UA, RU}. */
    public String partyList() {
        return String.join(", ", parties);
    }

    /**
     * The fields of a detainee that name no party, as a clause for a message, such as
     * {@code heldBy "XX" is not a party}; empty when all are parties.
     */
    public String unknownPartyFields(Detainee detainee) {
        List<String> unknown = new ArrayList<>(2);
        addUnknown(unknown, "heldBy", detainee.heldBy());
        detainee.returnTo().ifPresent(code -> addUnknown(unknown, "returnTo", code));
        return clause(unknown);
    }

    /**
     * The fields of a detainee's profile that name no party, as a clause for a message; empty
     * when all are parties (the same clause as for the detainee).
     */
    public String unknownPartyFields(DetaineeProfile profile) {
        List<String> unknown = new ArrayList<>(2);
        addUnknown(unknown, "heldBy", profile.heldBy());
        if (profile.returnTo() != null) {
            addUnknown(unknown, "returnTo", profile.returnTo());
        }
        return clause(unknown);
    }

    /** The fields of a remains handover that name no party, as a clause; empty when both are parties. */
    public String unknownPartyFields(Remains remains) {
        List<String> unknown = new ArrayList<>(2);
        addUnknown(unknown, "from", remains.from());
        addUnknown(unknown, "to", remains.to());
        return clause(unknown);
    }

    private void addUnknown(List<String> unknown, String field, String code) {
        if (!isParty(code)) {
            unknown.add(field + " \"" + code + "\"");
        }
    }

    private static String clause(List<String> unknown) {
        return switch (unknown.size()) {
            case 0 -> "";
            case 1 -> unknown.get(0) + " is not a party";
            default -> String.join(" and ", unknown) + " are not parties";
        };
    }

    // equals and hashCode as a record's, written out: a session compares and hashes its facts
    // (a changed fact is updated, a derived one kept once), and a record's own are bootstrapped
    // at their first call (java.lang.runtime.ObjectMethods and the method handles it spins, some
    // 30 ms of a cold run; ColdRunLinkageTests).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ValidationContext that && agreement.equals(that.agreement)
                && signedOn.equals(that.signedOn) && asOf.equals(that.asOf) && parties.equals(that.parties);
    }

    @Override
    public int hashCode() {
        return ((31 * agreement.hashCode() + signedOn.hashCode()) * 31 + asOf.hashCode()) * 31 + parties.hashCode();
    }
}
