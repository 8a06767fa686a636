package org.parley.rules.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        // Loops rather than streams and lambdas here and in asOf(): each lambda is a class
        // spun at run time, and every reading of a file makes a record, on a cold run's path.
        Set<String> seen = new HashSet<>();
        for (Detainee detainee : detainees) {
            requireUnique("detainee", detainee.id(), seen);
        }
        seen.clear();
        for (Batch batch : batches) {
            requireUnique("batch", batch.id(), seen);
        }
        seen.clear();
        for (Remains handover : remains) {
            requireUnique("remains", handover.id(), seen);
        }
    }

    private static void requireUnique(String kind, String id, Set<String> seen) {
        if (!seen.add(id)) {
            throw new IllegalArgumentException("two " + kind + " entries have the id " + id);
        }
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
        LocalDate latest = null;
        for (Batch batch : batches) {
            latest = later(latest, batch.date());
        }
        for (Remains handover : remains) {
            latest = later(latest, handover.date());
        }
        return agreement.judgedAt(Optional.ofNullable(latest));
    }

    private static LocalDate later(LocalDate latest, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return latest == null || date.compareTo(latest) > 0 ? date : latest;
    }
}
