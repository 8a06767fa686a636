package org.parley.rules.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;

/**
 * The testkit's generators driven by a seed, for callers that use another property-testing
 * library or none: the values of {@link ParleyGen} and {@link CompliantRecords}, and
 * mutations, drawn one after another from one seeded sequence. The same seed gives the same
 * values in the same order of calls.
 *
 * <pre>{@code
 * ParleyRandom random = ParleyRandom.withSeed(42);
 * ExchangeRecord compliant = random.compliantRecord();
 * Mutation broken = random.mutation(compliant).orElseThrow();
 * }</pre>
 *
 * <p>Not thread-safe: use one per thread.
 */
public final class ParleyRandom {

    private final long seed;
    private final Source source;

    private ParleyRandom(long seed) {
        this.seed = seed;
        this.source = Source.seeded(seed);
    }

    /** A sequence of values drawn from the seed. */
    public static ParleyRandom withSeed(long seed) {
        return new ParleyRandom(seed);
    }

    /** The seed this sequence started from. */
    public long seed() {
        return seed;
    }

    /** The next two parties, as {@link ParleyGen#parties()} draws them. */
    public List<Party> parties() {
        return RecordDraws.parties(source);
    }

    /** The next agreement, as {@link ParleyGen#agreements()} draws them. */
    public Agreement agreement() {
        return RecordDraws.agreement(source);
    }

    /** The next detainee of the agreement, as {@link ParleyGen#detainees} draws them. */
    public Detainee detainee(Agreement agreement, String id) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(id, "id");
        return RecordDraws.detainee(source, agreement, id);
    }

    /** The next record, as {@link ParleyGen#records()} draws them. */
    public ExchangeRecord record() {
        return RecordDraws.record(source);
    }

    /** The next record under the agreement, as {@link ParleyGen#records(Agreement)} draws them. */
    public ExchangeRecord record(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return RecordDraws.record(source, agreement);
    }

    /** The next compliant record, as {@link CompliantRecords#any()} draws them. */
    public ExchangeRecord compliantRecord() {
        Agreement agreement = agreement();
        while (!CompliantRecords.canComply(agreement)) {
            agreement = agreement();
        }
        return CompliantRecords.draw(source, agreement);
    }

    /**
     * The next compliant record under the agreement.
     *
     * @throws IllegalArgumentException if no record complies with it (see {@link CompliantRecords#canComply})
     */
    public ExchangeRecord compliantRecord(Agreement agreement) {
        CompliantRecords.requireCanComply(agreement);
        return CompliantRecords.draw(source, agreement);
    }

    /** A mutation of a compliant record by one of the mutators that can break it; see {@link Mutators#any}. */
    public Optional<Mutation> mutation(ExchangeRecord compliant) {
        return Mutators.any(compliant, source.between(Long.MIN_VALUE, Long.MAX_VALUE - 1));
    }

    /** Returns {@code ParleyRandom(seed)}. */
    @Override
    public String toString() {
        return "ParleyRandom(" + seed + ")";
    }
}
