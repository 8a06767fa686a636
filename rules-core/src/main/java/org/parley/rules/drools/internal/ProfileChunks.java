package org.parley.rules.drools.internal;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.parley.rules.Obligation;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.DetaineeProfile;
import org.parley.rules.model.Agreement;

/**
 * The built-in rules of a large record's profiles, fired chunk by chunk: each chunk of
 * profiles goes into a session of its own with every other fact of the record (the context,
 * the agreement, its parties and terms, the batches, the tallies, the remains), where only
 * the rules of one profile fire ({@link ProfileRules}); the rules of the record fire once,
 * in the session that holds the record's facts alone. Each chunk's session is disposed
 * before the next is made, so the engine never holds more than one chunk of profiles, and
 * what it builds per profile (fact handles, tuples, propagations) dies young.
 *
 * <p>It gives the report one session gives because every rule of the base is either of no
 * profile or of one profile and facts every chunk holds whole ({@link ProfileRules#inChunks}),
 * and a one-shot validation retracts nothing (its rules insert, never insertLogical).
 */
final class ProfileChunks {

    /** How many profiles a chunk holds, unless told otherwise: about where a chunk's engine structures stay young. */
    static final int DEFAULT_SIZE = 10_000;

    private final KieBase base;
    private final ProfileRules shapes;
    private final Agreement agreement;
    private final List<Object> recordFacts;
    private final List<DetaineeProfile> profiles;
    private final int size;

    /**
     * @param base        the rule base of every chunk's session (the built-in session's)
     * @param shapes      how its rules stand to the profiles; {@link ProfileRules#inChunks} holds
     * @param agreement   the agreement, whose terms the globals name
     * @param recordFacts every fact of the record but the profiles, as inserted into the built-in session
     * @param profiles    the profiles, in the record's order
     * @param size        how many profiles a chunk holds, at least 1 (DroolsValidator checks it)
     */
    ProfileChunks(KieBase base, ProfileRules shapes, Agreement agreement, List<Object> recordFacts,
                  List<DetaineeProfile> profiles, int size) {
        this.base = base;
        this.shapes = shapes;
        this.agreement = agreement;
        this.recordFacts = recordFacts;
        this.profiles = profiles;
        this.size = size;
    }

    /**
     * Fires every chunk within the run, adding what each finds to the lists; {@code factsBefore}
     * is what the run's listener has heard of so far (the built-in session's facts), to which
     * each chunk adds its profiles and what its rules derive; {@code obligations} says whether
     * the base declares the obligations query.
     */
    void fire(FiringLimits.Run run, long factsBefore, List<Violation> violations, List<Obligation> found,
              boolean obligations) {
        long facts = factsBefore;
        for (int from = 0; from < profiles.size(); from += size) {
            int to = Math.min(profiles.size(), from + size);
            KieSession session = base.newKieSession();
            try {
                SessionPair.setAgreementGlobals(session, agreement);
                int first = from;
                run.bounded(() -> {
                    for (Object fact : recordFacts) {
                        session.insert(fact);
                    }
                    for (int i = first; i < to; i++) {
                        session.insert(profiles.get(i));
                    }
                    return null;
                });
                // The record's facts are counted once, in the built-in session's.
                run.fire(session, shapes.perProfileOnly(), facts - recordFacts.size());
                facts += session.getFactCount() - recordFacts.size();
                SessionPair.read(session, obligations, violations, found);
            } finally {
                session.dispose();
            }
        }
    }
}
