package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.rules.model.Basis;

/**
 * What one party of the agreement released over all batches that are not unilateral, counted
 * once per detainee (known detainees the party holds): one per party.
 *
 * @param party     the releasing party
 * @param detaineesByFirstRelease how many detainees have exactly each map of first release
 *                  dates by basis ({@link DetaineeProfile#firstCountedRelease()}); detainees
 *                  with no such release are not counted
 */
public record PartyTally(String party, Map<Map<Basis, LocalDate>, Integer> detaineesByFirstRelease) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PartyTally {
        Objects.requireNonNull(party, "party");
        detaineesByFirstRelease = Map.copyOf(detaineesByFirstRelease);
    }

    /** How many detainees were released on at least one basis not in {@code bases}. */
    public long detaineesOnOtherBases(Set<Basis> bases) {
        return detaineesOnOtherBasesBy(bases, LocalDate.MAX);
    }

    /** How many detainees were released on or before {@code date} on at least one basis not in {@code bases}. */
    public long detaineesOnOtherBasesBy(Set<Basis> bases, LocalDate date) {
        long n = 0;
        for (Map.Entry<Map<Basis, LocalDate>, Integer> e : detaineesByFirstRelease.entrySet()) {
            for (Map.Entry<Basis, LocalDate> first : e.getKey().entrySet()) {
                if (!bases.contains(first.getKey()) && !first.getValue().isAfter(date)) {
                    n += e.getValue();
                    break;
                }
            }
        }
        return n;
    }

    // equals and hashCode as a record's, written out: a session compares and hashes its facts
    // (a changed fact is updated, a derived one kept once), and a record's own are bootstrapped
    // at their first call (java.lang.runtime.ObjectMethods and the method handles it spins, some
    // 30 ms of a cold run; ColdRunLinkageTests).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof PartyTally that && party.equals(that.party)
                && detaineesByFirstRelease.equals(that.detaineesByFirstRelease);
    }

    @Override
    public int hashCode() {
        return 31 * party.hashCode() + detaineesByFirstRelease.hashCode();
    }
}
