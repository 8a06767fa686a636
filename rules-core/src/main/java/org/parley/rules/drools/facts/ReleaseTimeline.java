package org.parley.rules.drools.facts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The detainee profiles a rule gathered with the {@code releaseTimeline} accumulate function
 * ({@link ReleaseTimelineFunction}), indexed by their first release date: the rule chooses
 * which profiles (the priority detainees of a party, say), the timeline only counts them and
 * names them by date, so that asking who of them was not yet released on a date costs the
 * number of distinct release dates, not the number of profiles. It is kept up to date as the
 * profiles it gathered come, change and go.
 *
 * <pre>
 * $priority : ReleaseTimeline( size &gt; 0 ) from accumulate(
 *         DetaineeProfile( known, condition == Condition.SERIOUSLY_WOUNDED, heldBy == $party, $p : this ),
 *         releaseTimeline($p) )
 * BatchTally( party == $party, $date : date, $priority.countNotReleasedBy(date) &gt; 0 )
 * </pre>
 *
 * <p>A profile is "not released by" a date when it was never released or first released after
 * that date ({@link DetaineeProfile#releasedBy} is false). Ids are counted once per profile;
 * the built-in facts have one profile per id.
 */
public final class ReleaseTimeline implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of profiles never released: after every release date. */
    private static final LocalDate NEVER = LocalDate.MAX;

    /** The ids gathered by first release date (NEVER for none), each with how many profiles gave it. */
    private final TreeMap<LocalDate, TreeMap<String, Integer>> byFirstRelease = new TreeMap<>();
    private int size;

    ReleaseTimeline() {
    }

    /** How many profiles were gathered. */
    public int size() {
        return size;
    }

    /** How many of the profiles gathered were not released on or before the date: never released, or first released after it. */
    public long countNotReleasedBy(LocalDate date) {
        long n = 0;
        for (TreeMap<String, Integer> ids : byFirstRelease.tailMap(date, false).values()) {
            for (int count : ids.values()) {
                n += count;
            }
        }
        return n;
    }

    /**
     * The smallest ids, at most {@code limit} of them in ascending order and each once, of the
     * profiles not released on or before the date.
     */
    public List<String> firstNotReleasedBy(LocalDate date, int limit) {
        TreeMap<String, Boolean> first = new TreeMap<>();
        for (TreeMap<String, Integer> ids : byFirstRelease.tailMap(date, false).values()) {
            int taken = 0;
            for (String id : ids.keySet()) {
                if (taken++ == limit) {
                    break;
                }
                first.put(id, Boolean.TRUE);
                if (first.size() > limit) {
                    first.pollLastEntry();
                }
            }
        }
        return List.copyOf(new ArrayList<>(first.keySet()));
    }

    /** Counts a profile in; see {@link ReleaseTimelineFunction}. */
    void add(DetaineeProfile profile) {
        byFirstRelease.computeIfAbsent(keyOf(profile), d -> new TreeMap<>()).merge(profile.id(), 1, Integer::sum);
        size++;
    }

    /** Counts a profile out; whether it was in. */
    boolean remove(DetaineeProfile profile) {
        LocalDate key = keyOf(profile);
        TreeMap<String, Integer> ids = byFirstRelease.get(key);
        if (ids == null) {
            return false;
        }
        Integer count = ids.get(profile.id());
        if (count == null) {
            return false;
        }
        if (count == 1) {
            ids.remove(profile.id());
            if (ids.isEmpty()) {
                byFirstRelease.remove(key);
            }
        } else {
            ids.put(profile.id(), count - 1);
        }
        size--;
        return true;
    }

    void clear() {
        byFirstRelease.clear();
        size = 0;
    }

    private static LocalDate keyOf(DetaineeProfile profile) {
        return profile.firstReleaseDate() == null ? NEVER : profile.firstReleaseDate();
    }

    /** The ids by first release date, for messages and tests: "never" for those never released. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ReleaseTimeline{");
        for (Map.Entry<LocalDate, TreeMap<String, Integer>> e : byFirstRelease.entrySet()) {
            if (s.length() > "ReleaseTimeline{".length()) {
                s.append(", ");
            }
            s.append(e.getKey().equals(NEVER) ? "never" : e.getKey().toString()).append('=').append(e.getValue().keySet());
        }
        return s.append('}').toString();
    }
}
