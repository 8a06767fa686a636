package org.parley.rules.kafka;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.rules.ValidationSession;

/**
 * The open validation sessions of one task, at most {@code capacity}: adding one more
 * closes the least recently used, which is rebuilt from the store when next needed.
 * Used from the task's thread only.
 */
final class SessionCache implements AutoCloseable {

    private final int capacity;
    private final LinkedHashMap<String, ValidationSession> sessions = new LinkedHashMap<>(16, 0.75f, true);
    private long opened;
    private long evicted;

    SessionCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the number of open sessions must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    Optional<ValidationSession> get(String agreement) {
        return Optional.ofNullable(sessions.get(agreement));
    }

    void put(String agreement, ValidationSession session) {
        ValidationSession previous = sessions.put(agreement, session);
        if (previous != null && previous != session) {
            previous.close();
        }
        opened++;
        if (sessions.size() > capacity) {
            Iterator<Map.Entry<String, ValidationSession>> eldest = sessions.entrySet().iterator();
            eldest.next().getValue().close();
            eldest.remove();
            evicted++;
        }
    }

    /** Closes and forgets the session of an agreement, if one is open. */
    void evict(String agreement) {
        ValidationSession session = sessions.remove(agreement);
        if (session != null) {
            session.close();
        }
    }

    int size() {
        return sessions.size();
    }

    /** How many sessions were opened (built or rebuilt) since this cache was created. */
    long opened() {
        return opened;
    }

    /** How many sessions were closed to make room. */
    long evicted() {
        return evicted;
    }

    @Override
    public void close() {
        sessions.values().forEach(ValidationSession::close);
        sessions.clear();
    }
}
