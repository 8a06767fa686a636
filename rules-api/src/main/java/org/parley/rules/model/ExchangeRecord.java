package org.parley.rules.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An agreement and the record of what happened under it: what a validator judges.
 *
 * @param agreement the agreement with its terms
 * @param detainees the detainees, with unique ids
 * @param batches   the stages of the exchange, with unique ids
 * @param lists     the lists of detainees the parties asked for
 * @param remains   the handovers of remains, with unique ids
 */
public record ExchangeRecord(Agreement agreement, List<Detainee> detainees, List<Batch> batches,
                             List<DetaineeList> lists, List<Remains> remains) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or element is null
     * @throws IllegalArgumentException if two detainees, two batches or two remains share an id
     */
    public ExchangeRecord {
        Objects.requireNonNull(agreement, "agreement");
        detainees = List.copyOf(Objects.requireNonNull(detainees, "detainees"));
        batches = List.copyOf(Objects.requireNonNull(batches, "batches"));
        lists = List.copyOf(Objects.requireNonNull(lists, "lists"));
        remains = List.copyOf(Objects.requireNonNull(remains, "remains"));
        requireUniqueIds("detainee", detainees.stream().map(Detainee::id));
        requireUniqueIds("batch", batches.stream().map(Batch::id));
        requireUniqueIds("remains", remains.stream().map(Remains::id));
    }

    private static void requireUniqueIds(String kind, Stream<String> ids) {
        Set<String> seen = new HashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two " + kind + " entries have the id " + id);
            }
        });
    }

    /** A record of an agreement with nothing recorded yet. */
    public static ExchangeRecord of(Agreement agreement) {
        return new ExchangeRecord(agreement, List.of(), List.of(), List.of(), List.of());
    }

    /** This record with another list of detainees. */
    public ExchangeRecord withDetainees(List<Detainee> newDetainees) {
        return new ExchangeRecord(agreement, newDetainees, batches, lists, remains);
    }

    /** This record with another list of batches. */
    public ExchangeRecord withBatches(List<Batch> newBatches) {
        return new ExchangeRecord(agreement, detainees, newBatches, lists, remains);
    }

    /** This record with another list of lists. */
    public ExchangeRecord withLists(List<DetaineeList> newLists) {
        return new ExchangeRecord(agreement, detainees, batches, newLists, remains);
    }

    /** This record with another list of remains. */
    public ExchangeRecord withRemains(List<Remains> newRemains) {
        return new ExchangeRecord(agreement, detainees, batches, lists, newRemains);
    }

    /** This record under another agreement. */
    public ExchangeRecord withAgreement(Agreement newAgreement) {
        return new ExchangeRecord(newAgreement, detainees, batches, lists, remains);
    }

    /**
     * The date the record is judged at: the agreement's {@code asOf} when given, else the
     * latest batch or remains date, else the date the agreement was signed.
     */
    public LocalDate asOf() {
        return agreement.judgedAt(Stream.concat(batches.stream().map(Batch::date), remains.stream().map(Remains::date))
                .max(LocalDate::compareTo));
    }
}
