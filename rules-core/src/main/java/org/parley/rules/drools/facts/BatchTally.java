package org.parley.rules.drools.facts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.rules.model.Basis;

/**
 * What one party released in one batch, counted once per detainee: one per batch and party
 * of the agreement, zeros included. Only known detainees count; the releasing party of a
 * detainee is its {@code heldBy}.
 *
 * @param batch            the batch id
 * @param date             the batch date
 * @param unilateral       whether the batch is unilateral
 * @param party            the releasing party
 * @param detainees        how many detainees the party released in the batch
 * @param healthy          of them, how many are recorded HEALTHY
 * @param wounded          ... WOUNDED
 * @param seriouslyWounded ... SERIOUSLY_WOUNDED
 * @param seriouslyIll     ... SERIOUSLY_ILL
 * @param firstHandover    the earliest handover time of the party's timed releases in the
 *                         batch, in milliseconds since the epoch, or {@link Release#NO_TIME}
 * @param detaineesByBases how many detainees were released on exactly each set of bases in
 *                         the batch (a detainee named twice on two bases is in the set of both)
 */
public record BatchTally(String batch, LocalDate date, boolean unilateral, String party, int detainees,
                         int healthy, int wounded, int seriouslyWounded, int seriouslyIll, long firstHandover,
                         Map<Set<Basis>, Integer> detaineesByBases) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public BatchTally {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(party, "party");
        detaineesByBases = Map.copyOf(detaineesByBases);
    }

    /** Whether some release of the party in the batch has a handover time. */
    public boolean timed() {
        return firstHandover != Release.NO_TIME;
    }

    /**
     * How many detainees were released on at least one basis that is not in {@code bases}
     * (a rule gives the bases its term exempts).
     */
    public int detaineesOnOtherBases(Set<Basis> bases) {
        int n = 0;
        for (Map.Entry<Set<Basis>, Integer> e : detaineesByBases.entrySet()) {
            if (!bases.containsAll(e.getKey())) {
                n += e.getValue();
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
        return other == this || other instanceof BatchTally that && batch.equals(that.batch) && date.equals(that.date)
                && unilateral == that.unilateral && party.equals(that.party) && detainees == that.detainees
                && healthy == that.healthy && wounded == that.wounded && seriouslyWounded == that.seriouslyWounded
                && seriouslyIll == that.seriouslyIll && firstHandover == that.firstHandover
                && detaineesByBases.equals(that.detaineesByBases);
    }

    @Override
    public int hashCode() {
        int h = batch.hashCode();
        h = 31 * h + date.hashCode();
        h = 31 * h + Boolean.hashCode(unilateral);
        h = 31 * h + party.hashCode();
        h = 31 * h + detainees;
        h = 31 * h + healthy;
        h = 31 * h + wounded;
        h = 31 * h + seriouslyWounded;
        h = 31 * h + seriouslyIll;
        h = 31 * h + Long.hashCode(firstHandover);
        return 31 * h + detaineesByBases.hashCode();
    }
}
