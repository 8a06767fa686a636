package org.parley.rules.drools.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.rule.FactHandle;
import org.parley.rules.drools.facts.BatchTally;
import org.parley.rules.drools.facts.DetaineeProfile;
import org.parley.rules.drools.facts.HeldDetainees;
import org.parley.rules.drools.facts.PartyTally;
import org.parley.rules.drools.facts.Release;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Transfer;

/**
 * The one piece of code that puts facts into a session, for one-shot validation and for
 * validation sessions alike: which facts a record is made of, and in which form the rules
 * see them.
 *
 * <p>The built-in session gets, per detainee (or id named in a transfer and no detainee's),
 * one {@link DetaineeProfile}; per batch the {@link Batch} and, per party of the agreement,
 * one {@link BatchTally}; per party one {@link PartyTally}; the remains, the agreement, its
 * parties and terms and the context. A session of custom rules gets the same and, for the
 * terms its authors write over them, the {@link Detainee} and {@link DetaineeList} records.
 * Nothing here depends on a term's parameters: it gathers what the record says, and the
 * rules decide.
 *
 * <p>One instance holds the state of one session: a change recomputes the profiles of the
 * ids it touches, the tallies of the batches that name them and the party tallies by
 * difference, and updates their facts through their handles.
 */
final class FactLoader {

    private static final Set<Basis>[] BASIS_SETS = basisSets();

    private final SessionPair session;
    private final List<String> parties;
    private final Map<String, Entry> entries;
    private final Map<String, BatchState> batches = new HashMap<>();
    private final List<Map<Map<Basis, LocalDate>, Integer>> partyCounts = new ArrayList<>(2);
    private final List<FactHandle> partyHandles = new ArrayList<>(2);
    private final List<PartyTally> partyTallies = new ArrayList<>(2);
    /** Per party and condition (by ordinal), the group of the known detainees it holds ({@link HeldDetainees}). */
    private final Held[][] held;

    private static final int CONDITIONS = Condition.values().length;

    /**
     * One party's known detainees with one condition: their fact and its handle and, in a
     * session, the members the fact is a view of (a profile replaced in place, a removed one
     * by the last; each member's entry knows its place).
     */
    private static final class Held {
        /** The members, in a session (null while a whole record is loaded). */
        ArrayList<DetaineeProfile> members;
        HeldDetainees fact;
        FactHandle handle;
        boolean moved;
    }

    /** What the loader knows of one id. */
    private static final class Entry {
        /** The id (set for the entries of a whole record, which are walked in order). */
        String id;
        Detainee detainee;
        /** The index of the detainee's {@code heldBy} among the parties, or -1. */
        int party = -1;
        /** While a batch is tallied: the batch, and the bases of the detainee's transfers in it. */
        BatchState mark;
        int mask;
        /** The transfers that name the id: a {@link Ref} or a list of them. */
        Object refs;
        /** The parties of the lists that name the id, one per list (lists may repeat). */
        Object lists;
        DetaineeProfile profile;
        FactHandle handle;
        FactHandle recordHandle;
        /** In a session: the place of the profile among the members of its group of held detainees, or -1. */
        int heldAt = -1;
    }

    /** A transfer that names an id: the state of its batch, and its index among the batch's transfers. */
    private record Ref(BatchState state, int index) {
        Batch batch() {
            return state.batch;
        }
    }

    /**
     * While a whole record is loaded: every entry in the order it was first met (the detainees,
     * then the ids only transfers or lists name), so that the profiles are built and inserted
     * in the record's order, walking memory the way the record was allocated; null in sessions.
     */
    private List<Entry> order;

    private static final class BatchState {
        final Batch batch;
        /** The entry of each transfer's id, in the order of the transfers. */
        Entry[] entries;
        FactHandle handle;
        final FactHandle[] tallyHandles;
        final BatchTally[] tallies;
        /** The list of the batch's id alone, shared by the profiles only this batch names; made when first asked for. */
        List<String> idList;
        /** Per basis, the shared map of first counted release dates of this batch's date ({@link #firstCounted}). */
        final Shared[] firstCounted = new Shared[BASES];

        BatchState(Batch batch, int parties) {
            this.batch = batch;
            this.tallyHandles = new FactHandle[parties];
            this.tallies = new BatchTally[parties];
        }
    }

    private static final int BASES = Basis.values().length;

    /**
     * A one-entry map of first counted release dates ({@link DetaineeProfile#firstCountedRelease}),
     * one instance per basis and date, shared by the profiles; {@code key} numbers it among
     * them, for the party tallies of a whole record ({@link #record}).
     */
    private record Shared(Map<Basis, LocalDate> map, int key) {
    }

    private FactLoader(SessionPair session, List<String> parties) {
        this(session, parties, 16);
    }

    private FactLoader(SessionPair session, List<String> parties, int expectedIds) {
        this.session = session;
        this.entries = new HashMap<>(Math.max(16, expectedIds * 2));
        this.parties = List.copyOf(parties);
        for (int i = 0; i < this.parties.size(); i++) {
            partyCounts.add(new HashMap<>());
        }
        this.held = new Held[this.parties.size()][CONDITIONS];
        for (Held[] byCondition : held) {
            for (int c = 0; c < CONDITIONS; c++) {
                byCondition[c] = new Held();
            }
        }
    }

    /** A loader for a session of the agreement: inserts the agreement's facts; the context's handle is {@link #contextHandle}. */
    static FactLoader forSession(SessionPair session, Agreement agreement, ValidationContext context) {
        FactLoader loader = new FactLoader(session, context.parties());
        loader.contextHandle = loader.agreement(agreement, context);
        loader.insertPartyTallies();
        loader.insertHeld(null);
        return loader;
    }

    private FactHandle contextHandle;

    FactHandle contextHandle() {
        return contextHandle;
    }

    /**
     * Inserts a whole record under its own context, in one pass over it; when {@code deferred}
     * is not null, the profiles go into it (in the record's order) and into the custom session
     * alone, for the built-in session's rules to see them in chunks ({@link ProfileChunks}).
     */
    static void record(SessionPair session, ExchangeRecord record, ValidationContext context,
                       List<DetaineeProfile> deferred) {
        FactLoader loader = new FactLoader(session, context.parties(), record.detainees().size());
        loader.order = new ArrayList<>(record.detainees().size() + 16);
        loader.agreement(record.agreement(), context);
        for (Detainee d : record.detainees()) {
            Entry e = new Entry();
            Entry was = loader.entries.putIfAbsent(d.id(), e);
            if (was == null) {
                e.id = d.id();
                loader.order.add(e);
                loader.hold(e, d);
            }
        }
        List<BatchState> all = new ArrayList<>(record.batches().size());
        for (Batch b : record.batches()) {
            BatchState state = new BatchState(b, loader.parties.size());
            all.add(state);
            loader.indexTransfers(state);
            // Counted now, while the batch's transfers and entries are at hand; inserted below,
            // after the batch, as before. (A batch's tallies depend on the detainees alone.)
            loader.countTallies(state);
        }
        for (DetaineeList l : record.lists()) {
            loader.indexList(l);
        }
        // The party tallies of the profiles with a shared map of first counted releases (a known
        // detainee whom one transfer names, in a batch that is not unilateral), counted by the
        // map's key and folded into partyCounts once, below; the others go through count.
        int[][] shared = new int[loader.parties.size()][16];
        @SuppressWarnings("unchecked")
        List<DetaineeProfile>[][] groups = new List[loader.parties.size()][CONDITIONS];
        for (Entry entry : loader.order) {
            if (entry.detainee == null && entry.refs == null) {
                continue;
            }
            DetaineeProfile profile;
            if (entry.detainee != null && entry.refs instanceof Ref r) {
                profile = loader.profileOf(entry.id, entry, r);
                if (entry.party >= 0 && !profile.releasedUnilaterally()) {
                    // As count: the party of the profile's heldBy, which is the entry's.
                    int key = r.state.firstCounted[profile.firstReleaseBasis().ordinal()].key;
                    int[] counts = shared[entry.party];
                    if (key >= counts.length) {
                        counts = java.util.Arrays.copyOf(counts, Math.max(key + 1, counts.length * 2));
                        shared[entry.party] = counts;
                    }
                    counts[key]++;
                }
            } else {
                profile = loader.profileOf(entry.id, entry);
                loader.count(profile, 1);
            }
            if (deferred == null) {
                session.insert(profile);
            } else {
                deferred.add(profile);
                session.insertIntoCustom(profile);
            }
            if (entry.detainee != null) {
                if (entry.party >= 0) {
                    int c = profile.condition().ordinal();
                    List<DetaineeProfile> group = groups[entry.party][c];
                    if (group == null) {
                        group = groups[entry.party][c] = new ArrayList<>();
                    }
                    group.add(profile);
                }
                session.insertForCustom(entry.detainee);
            }
        }
        for (int p = 0; p < shared.length; p++) {
            Map<Map<Basis, LocalDate>, Integer> counts = loader.partyCounts.get(p);
            for (int key = 0; key < shared[p].length; key++) {
                if (shared[p][key] > 0) {
                    counts.merge(loader.sharedMaps.get(key), shared[p][key], Integer::sum);
                }
            }
        }
        for (BatchState state : all) {
            session.insert(state.batch);
            for (int p = 0; p < state.tallies.length; p++) {
                session.insert(state.tallies[p]);
            }
        }
        for (DetaineeList l : record.lists()) {
            session.insertForCustom(new DetaineeList(l.requestedBy(), l.detainees()));
        }
        for (Remains r : record.remains()) {
            session.insert(r);
        }
        loader.insertPartyTallies();
        loader.insertHeld(groups);
    }

    /**
     * Inserts one {@link HeldDetainees} per party and condition: of {@code groups} (per party
     * and condition ordinal, null for none) for a whole record; for a new session (null), each
     * a view of an empty group the session keeps.
     */
    private void insertHeld(List<DetaineeProfile>[][] groups) {
        Condition[] conditions = Condition.values();
        for (int p = 0; p < parties.size(); p++) {
            for (int c = 0; c < CONDITIONS; c++) {
                Held h = held[p][c];
                List<DetaineeProfile> group;
                if (groups == null) {
                    h.members = new ArrayList<>();
                    group = h.members;
                } else {
                    group = groups[p][c] == null ? List.of() : groups[p][c];
                }
                h.fact = new HeldDetainees(parties.get(p), conditions[c], group);
                h.handle = session.insert(h.fact);
            }
        }
    }

    /** The group a known detainee's profile is in, or null when its heldBy is no party of the agreement. */
    private Held groupOf(DetaineeProfile profile) {
        int p = parties.indexOf(profile.heldBy());
        return p < 0 ? null : held[p][profile.condition().ordinal()];
    }

    /** Moves an entry's profile out of the group of {@code before} into that of {@code now}, in a session; either may be null. */
    private void regroup(Entry e, DetaineeProfile before, DetaineeProfile now) {
        Held was = before == null || !before.known() ? null : groupOf(before);
        Held is = now == null || !now.known() ? null : groupOf(now);
        if (was != null && was != is) {
            int i = e.heldAt;
            e.heldAt = -1;
            DetaineeProfile last = was.members.remove(was.members.size() - 1);
            if (i < was.members.size()) {
                was.members.set(i, last);
                entries.get(last.id()).heldAt = i;
            }
            was.moved = true;
        }
        if (is != null) {
            if (e.heldAt < 0) {
                e.heldAt = is.members.size();
                is.members.add(now);
            } else {
                is.members.set(e.heldAt, now);
            }
            is.moved = true;
        }
    }

    /** Tells the engine of every group a change moved: its fact, a view of the group, is updated. */
    private void updateHeld() {
        for (Held[] byCondition : held) {
            for (Held h : byCondition) {
                if (h.moved) {
                    h.moved = false;
                    session.update(h.handle, h.fact);
                }
            }
        }
    }

    /** Inserts the context, the agreement, its parties and terms; returns the context's handle. */
    private FactHandle agreement(Agreement agreement, ValidationContext context) {
        // Before any fact: the globals are read by alpha tests as the facts go in.
        session.setAgreementGlobals(agreement);
        FactHandle handle = session.insert(context);
        session.insert(agreement);
        agreement.parties().forEach(session::insert);
        agreement.terms().forEach(session::insert);
        return handle;
    }

    private void insertPartyTallies() {
        for (int p = 0; p < parties.size(); p++) {
            PartyTally tally = new PartyTally(parties.get(p), partyCounts.get(p));
            partyTallies.add(tally);
            partyHandles.add(session.insert(tally));
        }
    }

    /** Sets the detainee of an entry, with the index of its holding party. */
    private void hold(Entry e, Detainee d) {
        e.detainee = d;
        e.party = d == null ? -1 : parties.indexOf(d.heldBy());
    }

    // ---- changes of a session ----

    void addDetainee(Detainee detainee) {
        Entry e = entries.computeIfAbsent(detainee.id(), id -> new Entry());
        hold(e, detainee);
        e.recordHandle = session.insertForCustom(detainee);
        changed(List.of(detainee.id()), batchesNaming(e));
    }

    void correctDetainee(Detainee detainee) {
        Entry e = entries.get(detainee.id());
        hold(e, detainee);
        session.update(e.recordHandle, detainee);
        changed(List.of(detainee.id()), batchesNaming(e));
    }

    void removeDetainee(String id) {
        Entry e = entries.get(id);
        hold(e, null);
        session.delete(e.recordHandle);
        e.recordHandle = null;
        changed(List.of(id), batchesNaming(e));
    }

    boolean holdsDetainee(String id) {
        Entry e = entries.get(id);
        return e != null && e.detainee != null;
    }

    void addBatch(Batch batch) {
        BatchState state = new BatchState(batch, parties.size());
        batches.put(batch.id(), state);
        indexTransfers(state);
        changed(idsOf(batch), List.of());
        state.handle = session.insert(batch);
        tallies(state);
    }

    void removeBatch(String id) {
        BatchState state = batches.remove(id);
        for (int i = 0; i < state.batch.transfers().size(); i++) {
            Entry e = entries.get(state.batch.transfers().get(i).detainee());
            e.refs = removeRef(e.refs, state.batch);
        }
        session.delete(state.handle);
        for (FactHandle h : state.tallyHandles) {
            session.delete(h);
        }
        changed(idsOf(state.batch), List.of());
    }

    FactHandle addList(DetaineeList list) {
        indexList(list);
        FactHandle handle = session.insertForCustom(new DetaineeList(list.requestedBy(), list.detainees()));
        changed(new LinkedHashSet<>(list.detainees()), List.of());
        return handle;
    }

    void removeList(DetaineeList list, FactHandle handle) {
        for (String id : list.detainees()) {
            Entry e = entries.get(id);
            e.lists = removeOne(e.lists, list.requestedBy());
        }
        session.deleteForCustom(handle);
        changed(new LinkedHashSet<>(list.detainees()), List.of());
    }

    private static Set<String> idsOf(Batch batch) {
        Set<String> ids = new LinkedHashSet<>();
        for (Transfer t : batch.transfers()) {
            ids.add(t.detainee());
        }
        return ids;
    }

    private List<BatchState> batchesNaming(Entry e) {
        List<BatchState> named = new ArrayList<>();
        for (Ref r : refs(e)) {
            BatchState state = batches.get(r.batch().id());
            if (state != null && !named.contains(state)) {
                named.add(state);
            }
        }
        return named;
    }

    /** Recomputes the profiles of the ids, the tallies of the batches, and the party tallies that moved. */
    private void changed(Collection<String> ids, List<BatchState> touched) {
        boolean partiesMoved = false;
        for (String id : ids) {
            Entry e = entries.get(id);
            if (e == null) {
                continue;
            }
            DetaineeProfile before = e.profile;
            DetaineeProfile now = e.detainee == null && e.refs == null ? null : profileOf(id, e);
            if (before != null) {
                partiesMoved |= count(before, -1);
            }
            if (now != null) {
                partiesMoved |= count(now, 1);
            }
            e.profile = now;
            if (now == null ? before != null : !now.equals(before)) {
                regroup(e, before, now);
            }
            if (now == null) {
                if (e.handle != null) {
                    session.delete(e.handle);
                    e.handle = null;
                }
                if (e.lists == null && e.detainee == null) {
                    entries.remove(id);
                }
            } else if (e.handle == null) {
                e.handle = session.insert(now);
            } else if (!now.equals(before)) {
                session.update(e.handle, now);
            }
        }
        for (BatchState state : touched) {
            tallies(state);
        }
        updateHeld();
        if (partiesMoved) {
            for (int p = 0; p < parties.size(); p++) {
                PartyTally tally = new PartyTally(parties.get(p), partyCounts.get(p));
                if (!tally.equals(partyTallies.get(p))) {
                    partyTallies.set(p, tally);
                    session.update(partyHandles.get(p), tally);
                }
            }
        }
    }

    // ---- indexing ----

    /** A new entry of an id that no detainee has (yet). */
    private Entry newEntry(String id) {
        Entry e = new Entry();
        entries.put(id, e);
        if (order != null) {
            e.id = id;
            order.add(e);
        }
        return e;
    }

    private void indexTransfers(BatchState state) {
        Batch batch = state.batch;
        List<Transfer> transfers = batch.transfers();
        state.entries = new Entry[transfers.size()];
        for (int i = 0; i < transfers.size(); i++) {
            String id = transfers.get(i).detainee();
            Entry e = entries.get(id);
            if (e == null) {
                e = newEntry(id);
            }
            e.refs = addRef(e.refs, new Ref(state, i));
            state.entries[i] = e;
        }
    }

    private void indexList(DetaineeList list) {
        for (String id : list.detainees()) {
            Entry e = entries.get(id);
            if (e == null) {
                e = newEntry(id);
            }
            e.lists = addOne(e.lists, list.requestedBy());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Ref> refs(Entry e) {
        if (e.refs == null) {
            return List.of();
        }
        return e.refs instanceof Ref r ? List.of(r) : (List<Ref>) e.refs;
    }

    @SuppressWarnings("unchecked")
    private static Object addRef(Object refs, Ref ref) {
        if (refs == null) {
            return ref;
        }
        List<Ref> list;
        if (refs instanceof Ref one) {
            list = new ArrayList<>(2);
            list.add(one);
        } else {
            list = (List<Ref>) refs;
        }
        list.add(ref);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Object removeRef(Object refs, Batch batch) {
        if (refs instanceof Ref one) {
            return one.batch() == batch ? null : one;
        }
        if (refs == null) {
            return null;
        }
        List<Ref> list = (List<Ref>) refs;
        list.removeIf(r -> r.batch() == batch);
        return list.isEmpty() ? null : list.size() == 1 ? list.get(0) : list;
    }

    @SuppressWarnings("unchecked")
    private static Object addOne(Object lists, String party) {
        if (lists == null) {
            return party;
        }
        List<String> list;
        if (lists instanceof String one) {
            list = new ArrayList<>(2);
            list.add(one);
        } else {
            list = (List<String>) lists;
        }
        list.add(party);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Object removeOne(Object lists, String party) {
        if (lists instanceof String one) {
            return one.equals(party) ? null : one;
        }
        if (lists == null) {
            return null;
        }
        List<String> list = (List<String>) lists;
        list.remove(party);
        return list.isEmpty() ? null : list.size() == 1 ? list.get(0) : list;
    }

    // ---- the facts ----

    private DetaineeProfile profileOf(String id, Entry e) {
        List<Ref> refs = e.refs instanceof Ref one ? null : refs(e);
        if (refs == null && e.detainee != null) {
            return profileOf(id, e, (Ref) e.refs);
        }
        if (refs == null) {
            refs = List.of((Ref) e.refs);
        }
        List<String> transferBatches;
        if (refs.size() == 1) {
            transferBatches = batchList(refs.get(0).state());
        } else {
            String[] ids = new String[refs.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = refs.get(i).batch().id();
            }
            transferBatches = List.of(ids);
        }
        Set<String> listedBy = listedBy(e.lists);
        Detainee d = e.detainee;
        if (d == null) {
            return new DetaineeProfile(id, false, null, null, null, false, null, null, null, null, List.of(), null,
                    null, null, false, Set.of(), Set.of(), Map.of(), listedBy, refs.size(), transferBatches);
        }
        String heldBy = d.heldBy();
        int held = e.party;
        String returnsTo = d.returnTo().orElse(held >= 0 && parties.size() == 2 ? parties.get(1 - held) : null);
        boolean partiesKnown = held >= 0 && (d.returnTo().isEmpty() || parties.contains(d.returnTo().get()));
        List<Release> releases = refs.size() < 2 ? null : new ArrayList<>(refs.size());
        Release only = null;
        LocalDate first = null;
        String firstBatch = null;
        Basis firstBasis = null;
        boolean unilaterally = false;
        int bases = 0;
        int counted = 0;
        EnumMap<Basis, LocalDate> firstCounted = null;
        Map<Basis, LocalDate> onlyCounted = Map.of();
        for (Ref r : refs) {
            Batch b = r.batch();
            Transfer t = b.transfers().get(r.index());
            Release release = release(b, t, id, heldBy, d);
            if (releases == null) {
                only = release;
            } else if (!releases.contains(release)) {
                releases.add(release);
            }
            if (first == null || b.date().isBefore(first)) {
                first = b.date();
                firstBatch = b.id();
                firstBasis = t.basis();
            }
            bases |= 1 << t.basis().ordinal();
            if (b.unilateral()) {
                unilaterally = true;
            } else {
                counted |= 1 << t.basis().ordinal();
                if (refs.size() == 1) {
                    onlyCounted = firstCounted(r.state(), t.basis()).map();
                } else {
                    if (firstCounted == null) {
                        firstCounted = new EnumMap<>(Basis.class);
                    }
                    LocalDate was = firstCounted.get(t.basis());
                    if (was == null || b.date().isBefore(was)) {
                        firstCounted.put(t.basis(), b.date());
                    }
                }
            }
        }
        return new DetaineeProfile(id, true, heldBy, d.returnTo().orElse(null), returnsTo, partiesKnown, d.condition(), d.status(),
                d.consent(), d.birthDate().orElse(null),
                releases == null ? (only == null ? List.of() : List.of(only)) : List.copyOf(releases),
                first, firstBatch, firstBasis, unilaterally, BASIS_SETS[bases], BASIS_SETS[counted],
                firstCounted == null ? onlyCounted : firstCounted.size() == 1
                        ? firstCounted(firstBasisOf(firstCounted), firstCounted.values().iterator().next()).map()
                        : Map.copyOf(firstCounted), listedBy, refs.size(), transferBatches);
    }

    private static Basis firstBasisOf(Map<Basis, LocalDate> map) {
        return map.keySet().iterator().next();
    }

    /**
     * The profile of a known detainee whom exactly one transfer names (most of a record): the
     * same profile as the general case, without its lists and maps.
     */
    private DetaineeProfile profileOf(String id, Entry e, Ref r) {
        Detainee d = e.detainee;
        String heldBy = d.heldBy();
        int held = e.party;
        Optional<String> returnTo = d.returnTo();
        String returnsTo = returnTo.isPresent() ? returnTo.get()
                : held >= 0 && parties.size() == 2 ? parties.get(1 - held) : null;
        boolean partiesKnown = held >= 0 && (returnTo.isEmpty() || parties.contains(returnTo.get()));
        Batch b = r.state().batch;
        Transfer t = b.transfers().get(r.index());
        Basis basis = t.basis();
        int mask = 1 << basis.ordinal();
        boolean unilateral = b.unilateral();
        return new DetaineeProfile(id, true, heldBy, returnTo.orElse(null), returnsTo, partiesKnown, d.condition(),
                d.status(), d.consent(), d.birthDate().orElse(null), List.of(release(b, t, id, heldBy, d)),
                b.date(), b.id(), basis, unilateral, BASIS_SETS[mask], BASIS_SETS[unilateral ? 0 : mask],
                unilateral ? Map.of() : firstCounted(r.state(), basis).map(), listedBy(e.lists), 1,
                batchList(r.state()));
    }

    private static Release release(Batch b, Transfer t, String id, String heldBy, Detainee d) {
        Optional<Instant> at = t.at();
        return new Release(b.id(), b.date(), b.unilateral(), id, heldBy, t.basis(), d.condition(),
                at.isPresent() ? at.get().toEpochMilli() : Release.NO_TIME);
    }

    /** The shared map of first counted release dates of a basis on the date of a batch, kept by the batch. */
    private Shared firstCounted(BatchState state, Basis basis) {
        Shared shared = state.firstCounted[basis.ordinal()];
        if (shared == null) {
            shared = firstCounted(basis, state.batch.date());
            state.firstCounted[basis.ordinal()] = shared;
        }
        return shared;
    }

    /** The one-entry map of first counted release dates, one instance per basis and date, shared by the profiles. */
    private Shared firstCounted(Basis basis, LocalDate date) {
        Shared[] byBasis = firstCountedMaps.get(date);
        if (byBasis == null) {
            byBasis = new Shared[BASES];
            firstCountedMaps.put(date, byBasis);
        }
        Shared shared = byBasis[basis.ordinal()];
        if (shared == null) {
            shared = new Shared(Map.of(basis, date), sharedMaps.size());
            sharedMaps.add(shared.map());
            byBasis[basis.ordinal()] = shared;
        }
        return shared;
    }

    private final Map<LocalDate, Shared[]> firstCountedMaps = new HashMap<>();
    /** The shared maps of first counted release dates, by key. */
    private final List<Map<Basis, LocalDate>> sharedMaps = new ArrayList<>();

    /** The list of one batch's id, one instance per batch, shared by the profiles it alone names. */
    private static List<String> batchList(BatchState state) {
        List<String> list = state.idList;
        if (list == null) {
            list = List.of(state.batch.id());
            state.idList = list;
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private Set<String> listedBy(Object lists) {
        if (lists == null) {
            return Set.of();
        }
        if (lists instanceof String one) {
            // The parties of a record's lists are few, and the ids of one list come in a row.
            if (one != lastListedBy) {
                lastListedBy = one;
                lastListedBySet = singletons.computeIfAbsent(one, Set::of);
            }
            return lastListedBySet;
        }
        return Set.copyOf((List<String>) lists);
    }

    /** One set per party for the ids one list names, shared by their profiles. */
    private final Map<String, Set<String>> singletons = new HashMap<>();
    /** The party {@link #listedBy} last gave the set of, compared by identity, and that set. */
    private String lastListedBy;
    private Set<String> lastListedBySet;

    /** Adds (or with -1 takes away) a profile in its party's tally; whether the tally moved. */
    private boolean count(DetaineeProfile profile, int sign) {
        if (!profile.known() || profile.firstCountedRelease().isEmpty()) {
            return false;
        }
        int p = parties.indexOf(profile.heldBy());
        if (p < 0) {
            return false;
        }
        // (heldBy of the profile, not of the entry: the profile taken away may be an earlier one.)
        partyCounts.get(p).merge(profile.firstCountedRelease(), sign, (a, b) -> a + b == 0 ? null : a + b);
        return true;
    }

    /** Computes the tallies of a batch and inserts them, or updates those that changed. */
    private void tallies(BatchState state) {
        BatchTally[] was = state.tallies.clone();
        countTallies(state);
        for (int p = 0; p < was.length; p++) {
            BatchTally tally = state.tallies[p];
            if (state.tallyHandles[p] == null) {
                state.tallyHandles[p] = session.insert(tally);
            } else if (!tally.equals(was[p])) {
                session.update(state.tallyHandles[p], tally);
            }
        }
    }

    /** Computes the tallies of a batch into {@code state.tallies}, one per party, inserting nothing. */
    private void countTallies(BatchState state) {
        Batch batch = state.batch;
        List<Transfer> transfers = batch.transfers();
        Entry[] named = state.entries;
        int n = parties.size();
        int[] detainees = new int[n];
        int[][] byCondition = new int[n][Condition.values().length];
        long[] firstHandover = new long[n];
        java.util.Arrays.fill(firstHandover, Release.NO_TIME);
        // Each detainee once: the first of its transfers marks it, the others add their bases.
        for (int i = 0; i < named.length; i++) {
            Entry e = named[i];
            if (e.detainee == null || e.party < 0) {
                continue;
            }
            Transfer t = transfers.get(i);
            int p = e.party;
            if (e.mark != state) {
                e.mark = state;
                e.mask = 1 << t.basis().ordinal();
                detainees[p]++;
                byCondition[p][e.detainee.condition().ordinal()]++;
            } else {
                e.mask |= 1 << t.basis().ordinal();
            }
            if (t.at().isPresent()) {
                long at = t.at().get().toEpochMilli();
                if (firstHandover[p] == Release.NO_TIME || at < firstHandover[p]) {
                    firstHandover[p] = at;
                }
            }
        }
        int[][] byBases = new int[n][BASIS_SETS.length];
        for (Entry e : named) {
            if (e.mark == state) {
                byBases[e.party][e.mask]++;
                e.mark = null;
            }
        }
        for (int p = 0; p < n; p++) {
            int[] c = byCondition[p];
            Map<Set<Basis>, Integer> bases = new HashMap<>();
            for (int mask = 0; mask < BASIS_SETS.length; mask++) {
                if (byBases[p][mask] > 0) {
                    bases.put(BASIS_SETS[mask], byBases[p][mask]);
                }
            }
            BatchTally tally = new BatchTally(batch.id(), batch.date(), batch.unilateral(), parties.get(p),
                    detainees[p], c[Condition.HEALTHY.ordinal()], c[Condition.WOUNDED.ordinal()],
                    c[Condition.SERIOUSLY_WOUNDED.ordinal()], c[Condition.SERIOUSLY_ILL.ordinal()], firstHandover[p],
                    bases);
            state.tallies[p] = tally;
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Basis>[] basisSets() {
        Basis[] all = Basis.values();
        Set<Basis>[] sets = new Set[1 << all.length];
        for (int mask = 0; mask < sets.length; mask++) {
            List<Basis> in = new ArrayList<>();
            for (Basis b : all) {
                if ((mask & (1 << b.ordinal())) != 0) {
                    in.add(b);
                }
            }
            sets[mask] = Set.copyOf(in);
        }
        return sets;
    }
}
