package org.parley.rules.drools.facts;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parley.rules.model.Condition;

/**
 * The known detainees one party of the agreement holds (their {@code heldBy}) with one
 * recorded condition, released or not: one per party of the agreement and condition, empty
 * lists included. A rule over the detainees of a party with some condition reads them here,
 * in one fact, instead of gathering every profile (a term decides which conditions, consents
 * and dates matter; this only groups what the record says).
 *
 * <p>In a one-shot validation the list never changes. In a session it is a read-only view of
 * the group the session keeps: as detainees come, go or change, the session changes the group
 * and tells the engine (an update of this fact), so that a change costs the same however
 * large the group, and a rule that fires reads the group as it stands.
 *
 * <p>An explanation ({@code Validator.explain}) shows it by its party, condition and count and
 * the first ten of its detainees' ids, sorted, not by every profile.
 *
 * @param party     the party holding them
 * @param condition their recorded condition
 * @param detainees their profiles, read-only: in the order of the record in a one-shot
 *                  validation, in no promised order in a session; not copied
 */
public record HeldDetainees(String party, Condition condition, List<DetaineeProfile> detainees) {

    /**
     * Checks the components; the list is wrapped read-only, not copied.
     *
     * @throws NullPointerException if a component is null
     */
    public HeldDetainees {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(condition, "condition");
        detainees = Collections.unmodifiableList(Objects.requireNonNull(detainees, "detainees"));
    }

    /** How many detainees the party holds with the condition. */
    public int count() {
        return detainees.size();
    }

    /** The party, the condition and how many: the profiles themselves are not listed. */
    @Override
    public String toString() {
        return "HeldDetainees[party=" + party + ", condition=" + condition + ", count=" + detainees.size() + "]";
    }
}
