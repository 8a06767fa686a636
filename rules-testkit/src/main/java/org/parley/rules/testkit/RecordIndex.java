package org.parley.rules.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Transfer;

/** The facts of a record looked up as mutators need them. */
final class RecordIndex {

    /** One transfer of a known detainee. */
    record Release(Batch batch, int index, Transfer transfer, Detainee detainee) {
    }

    final ExchangeRecord record;
    final Agreement agreement;
    final List<String> parties;
    final LocalDate asOf;
    final Map<String, Detainee> detainees = new LinkedHashMap<>();
    final Map<String, LocalDate> firstRelease = new HashMap<>();
    final List<Release> releases = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    RecordIndex(ExchangeRecord record) {
        this.record = record;
        this.agreement = record.agreement();
        this.parties = agreement.parties().stream().map(Party::code).toList();
        this.asOf = record.asOf();
        ids.add(agreement.id());
        ids.addAll(parties);
        for (Detainee d : record.detainees()) {
            detainees.put(d.id(), d);
            ids.add(d.id());
        }
        for (Batch batch : record.batches()) {
            ids.add(batch.id());
            for (int i = 0; i < batch.transfers().size(); i++) {
                Transfer t = batch.transfers().get(i);
                ids.add(t.detainee());
                Detainee d = detainees.get(t.detainee());
                if (d != null) {
                    releases.add(new Release(batch, i, t, d));
                    firstRelease.merge(d.id(), batch.date(), (a, b) -> a.isAfter(b) ? b : a);
                }
            }
        }
        for (DetaineeList list : record.lists()) {
            ids.add(list.requestedBy());
            ids.addAll(list.detainees());
        }
        for (Remains r : record.remains()) {
            ids.add(r.id());
            ids.add(r.from());
            ids.add(r.to());
        }
    }

    /** An id that no fact of the record uses yet, such as {@code M-D1}. */
    String freshId(String prefix) {
        for (int i = 1; ; i++) {
            String id = "M-" + prefix + i;
            if (ids.add(id)) {
                return id;
            }
        }
    }

    /** A party code that is not one of the two parties'. */
    String foreignParty() {
        return parties.contains("XX") ? "XY" : "XX";
    }

    boolean isReleased(String id) {
        return firstRelease.containsKey(id);
    }

    static boolean isPriority(Detainee d) {
        return d.condition() == Condition.SERIOUSLY_WOUNDED || d.condition() == Condition.SERIOUSLY_ILL;
    }

    Optional<String> home(Detainee d) {
        return d.returnTo().isPresent() ? d.returnTo() : agreement.otherParty(d.heldBy());
    }

    /** Whether the party holds a priority detainee who has not declined and is not released on or before the date. */
    boolean holdsPriorityAfter(String party, LocalDate date) {
        for (Detainee d : detainees.values()) {
            LocalDate released = firstRelease.get(d.id());
            if (d.heldBy().equals(party) && isPriority(d) && d.consent() != Consent.DECLINED
                    && (released == null || released.isAfter(date))) {
                return true;
            }
        }
        return false;
    }

    /** The batches in which the party releases a detainee without a priority condition, by id. */
    Set<String> batchesReleasingNonPriority(String party) {
        Set<String> batches = new java.util.TreeSet<>();
        for (Release r : releases) {
            if (r.detainee().heldBy().equals(party) && !isPriority(r.detainee())) {
                batches.add(r.batch().id());
            }
        }
        return batches;
    }

    /** Whether the party releases a detainee without a priority condition in a batch dated before the date. */
    boolean releasesNonPriorityBefore(String party, LocalDate date) {
        return releases.stream().anyMatch(r -> r.detainee().heldBy().equals(party) && !isPriority(r.detainee())
                && r.batch().date().isBefore(date));
    }

    /** The date the AGE_LIMIT term measures a detainee at, when first released on {@code released} (or never: null). */
    LocalDate referenceDate(AgeLimitTerm term, LocalDate released) {
        return term.referenceDate().resolve(agreement.signedOn(), released == null ? asOf : released);
    }

    /** The record with one detainee replaced (by id). */
    ExchangeRecord withDetainee(Detainee changed) {
        List<Detainee> list = new ArrayList<>();
        for (Detainee d : record.detainees()) {
            list.add(d.id().equals(changed.id()) ? changed : d);
        }
        return record.withDetainees(list);
    }

    /** The record with one more detainee. */
    ExchangeRecord plusDetainee(ExchangeRecord base, Detainee added) {
        List<Detainee> list = new ArrayList<>(base.detainees());
        list.add(added);
        return base.withDetainees(list);
    }

    /** The record with one batch replaced (by id). */
    static ExchangeRecord withBatch(ExchangeRecord base, Batch changed) {
        List<Batch> list = new ArrayList<>();
        for (Batch b : base.batches()) {
            list.add(b.id().equals(changed.id()) ? changed : b);
        }
        return base.withBatches(list);
    }

    /** The record with one more batch. */
    static ExchangeRecord plusBatch(ExchangeRecord base, Batch added) {
        List<Batch> list = new ArrayList<>(base.batches());
        list.add(added);
        return base.withBatches(list);
    }

    /** The record with the detainee added to a list requested by the party (a new list when it has none). */
    static ExchangeRecord listedBy(ExchangeRecord base, String party, String id) {
        List<DetaineeList> lists = new ArrayList<>();
        boolean added = false;
        for (DetaineeList list : base.lists()) {
            if (!added && list.requestedBy().equals(party)) {
                List<String> ids = new ArrayList<>(list.detainees());
                ids.add(id);
                lists.add(new DetaineeList(party, ids));
                added = true;
            } else {
                lists.add(list);
            }
        }
        if (!added) {
            lists.add(DetaineeList.of(party, id));
        }
        return base.withLists(lists);
    }
}
