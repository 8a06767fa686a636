package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.Status;

/**
 * The one fact of a detainee, or of an id that transfers name and no detainee has: what the
 * record says of it, gathered in one pass, with nothing that a term's parameter changes. The
 * rules decide every threshold, deadline, category and exempt basis on these components.
 *
 * <p>For an id that no detainee has ({@code known} false) only {@code id}, {@code transfers}
 * and {@code transferBatches} are given; the other components are null, empty or false, so
 * that a rule about detainees starts with {@code DetaineeProfile( known, ... )}.
 *
 * @param id                the detainee id
 * @param known             whether a detainee has the id
 * @param heldBy            the holding party, the releasing party of its releases
 * @param returnTo          the party it returns to as recorded, or null when not recorded
 * @param returnsTo         the party it returns to: {@code returnTo} as recorded, else the other
 *                          party of the agreement when {@code heldBy} is one; null when neither
 * @param partiesKnown      whether {@code heldBy} and a recorded {@code returnTo} are both parties
 *                          of the agreement
 * @param condition         the recorded condition
 * @param status            the recorded status
 * @param consent           the recorded consent
 * @param birthDate         the birth date, or null when not recorded
 * @param releases          its releases: one per transfer that names it, exact repeats once, in
 *                          the order of the batches and transfers
 * @param firstReleaseDate  the date of its earliest release, or null when never released
 * @param firstReleaseBatch the batch of that release (the first given of that date), or null
 * @param firstReleaseBasis the basis of that release, or null
 * @param releasedUnilaterally whether a unilateral batch released it
 * @param bases             the bases of all its releases
 * @param countedBases      the bases of its releases in batches that are not unilateral
 * @param firstCountedRelease for each basis of {@code countedBases}, the earliest date of a
 *                          release on it in a batch that is not unilateral
 * @param listedBy          the parties whose lists name it
 * @param transfers         how many transfers name the id, repeats included
 * @param transferBatches   the batch of each of those transfers, in order, repeats included
 */
public record DetaineeProfile(String id, boolean known, String heldBy, String returnTo, String returnsTo,
                              boolean partiesKnown, Condition condition, Status status, Consent consent,
                              LocalDate birthDate, List<Release> releases, LocalDate firstReleaseDate,
                              String firstReleaseBatch, Basis firstReleaseBasis, boolean releasedUnilaterally,
                              Set<Basis> bases, Set<Basis> countedBases, Map<Basis, LocalDate> firstCountedRelease,
                              Set<String> listedBy, int transfers, List<String> transferBatches) {

    /**
     * Checks the components that are never null.
     *
     * @throws NullPointerException if one is null
     */
    public DetaineeProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(releases, "releases");
        Objects.requireNonNull(bases, "bases");
        Objects.requireNonNull(countedBases, "countedBases");
        Objects.requireNonNull(firstCountedRelease, "firstCountedRelease");
        Objects.requireNonNull(listedBy, "listedBy");
        Objects.requireNonNull(transferBatches, "transferBatches");
    }

    /** Whether it was released at all. */
    public boolean released() {
        return firstReleaseDate != null;
    }

    /** Whether it was released on or before the date. */
    public boolean releasedBy(LocalDate date) {
        return firstReleaseDate != null && !firstReleaseDate.isAfter(date);
    }

    /** Whether a birth date is recorded. */
    public boolean hasBirthDate() {
        return birthDate != null;
    }

    // equals and hashCode as a record's, written out: a session compares and hashes its facts
    // (a changed fact is updated, a derived one kept once), and a record's own are bootstrapped
    // at their first call (java.lang.runtime.ObjectMethods and the method handles it spins, some
    // 30 ms of a cold run; ColdRunLinkageTests).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof DetaineeProfile that && id.equals(that.id) && known == that.known
                && Objects.equals(heldBy, that.heldBy) && Objects.equals(returnTo, that.returnTo)
                && Objects.equals(returnsTo, that.returnsTo) && partiesKnown == that.partiesKnown
                && condition == that.condition && status == that.status && consent == that.consent
                && Objects.equals(birthDate, that.birthDate) && releases.equals(that.releases)
                && Objects.equals(firstReleaseDate, that.firstReleaseDate)
                && Objects.equals(firstReleaseBatch, that.firstReleaseBatch)
                && firstReleaseBasis == that.firstReleaseBasis && releasedUnilaterally == that.releasedUnilaterally
                && bases.equals(that.bases) && countedBases.equals(that.countedBases)
                && firstCountedRelease.equals(that.firstCountedRelease) && listedBy.equals(that.listedBy)
                && transfers == that.transfers && transferBatches.equals(that.transferBatches);
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = 31 * h + Boolean.hashCode(known);
        h = 31 * h + Objects.hashCode(heldBy);
        h = 31 * h + Objects.hashCode(returnTo);
        h = 31 * h + Objects.hashCode(returnsTo);
        h = 31 * h + Boolean.hashCode(partiesKnown);
        h = 31 * h + Objects.hashCode(condition);
        h = 31 * h + Objects.hashCode(status);
        h = 31 * h + Objects.hashCode(consent);
        h = 31 * h + Objects.hashCode(birthDate);
        h = 31 * h + releases.hashCode();
        h = 31 * h + Objects.hashCode(firstReleaseDate);
        h = 31 * h + Objects.hashCode(firstReleaseBatch);
        h = 31 * h + Objects.hashCode(firstReleaseBasis);
        h = 31 * h + Boolean.hashCode(releasedUnilaterally);
        h = 31 * h + bases.hashCode();
        h = 31 * h + countedBases.hashCode();
        h = 31 * h + firstCountedRelease.hashCode();
        h = 31 * h + listedBy.hashCode();
        h = 31 * h + transfers;
        return 31 * h + transferBatches.hashCode();
    }
}
