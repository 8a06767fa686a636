package org.parley.rules.testkit;

import java.util.List;
import java.util.Objects;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the fact model, for properties of validators.
 *
 * <p>Records are small and dense in collisions, so that every rule has work to do and every
 * boundary is met often: dates fall within three weeks of signing, so batches, deadlines
 * and schedules meet; birth dates cluster around the anniversaries that decide the age
 * limit, leap days included; handover times sit on a grid of quarter hours, a second off
 * now and then, as do the simultaneity windows; ids come from small spaces, so that a
 * detainee is named twice, or an id names nobody, now and then; a few facts name a party
 * that is not in the agreement. Agreements list any subset of the built-in terms.
 *
 * <p>Values shrink, also when these generators are composed with others: a failing record
 * shrinks towards fewer facts, fewer terms and the first of each choice. For another
 * property-testing library, or none, {@link ParleyRandom} draws values the same way from a seed.
 *
 * <pre>{@code
 * qt().forAll(ParleyGen.records())
 *     .checkAssert(record -> assertThat(validator.validate(record)).isEqualTo(oracle.validate(record)));
 * }</pre>
 */
public final class ParleyGen {

    private ParleyGen() {
    }

    /** The two parties of an agreement, with distinct codes. */
    public static Gen<List<Party>> parties() {
        return Source.gen(RecordDraws::parties);
    }

    /** Agreements with any subset of the built-in terms and any of their parameters. */
    public static Gen<Agreement> agreements() {
        return Source.gen(RecordDraws::agreement);
    }

    /** Detainees of the agreement with the given id; now and then held by a party not in it. */
    public static Gen<Detainee> detainees(Agreement agreement, String id) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(id, "id");
        return Source.gen(s -> RecordDraws.detainee(s, agreement, id));
    }

    /**
     * Batches with the given id that transfer some of the detainees, now and then one twice
     * or an id that is none of theirs.
     */
    public static Gen<Batch> batches(Agreement agreement, String id, List<Detainee> detainees) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(id, "id");
        List<Detainee> copy = List.copyOf(detainees);
        return Source.gen(s -> RecordDraws.batch(s, agreement, id, copy));
    }

    /** Lists that name most of the detainees going home to the requesting party, and a few others. */
    public static Gen<DetaineeList> detaineeLists(Agreement agreement, List<Detainee> detainees) {
        Objects.requireNonNull(agreement, "agreement");
        List<Detainee> copy = List.copyOf(detainees);
        return Source.gen(s -> RecordDraws.detaineeList(s, agreement, copy));
    }

    /** Handovers of remains with the given id, now and then from or to a party not in the agreement. */
    public static Gen<Remains> remains(Agreement agreement, String id) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(id, "id");
        return Source.gen(s -> RecordDraws.remains(s, agreement, id));
    }

    /** Exchange records of every kind, under agreements from {@link #agreements()}. */
    public static Gen<ExchangeRecord> records() {
        return Source.gen(RecordDraws::record);
    }

    /** Exchange records of every kind under one agreement. */
    public static Gen<ExchangeRecord> records(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return Source.gen(s -> RecordDraws.record(s, agreement));
    }

    /** Records with no violation at all, by construction; see {@link CompliantRecords}. */
    public static Gen<ExchangeRecord> compliantRecords() {
        return CompliantRecords.any();
    }
}
