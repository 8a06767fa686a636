package org.parley.rules.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The facts of every agreement of a task, one entry per fact, in a key-value store that
 * Kafka Streams changelogs: the agreement under {@code <agreement>A}, each detainee, batch
 * and remains under its kind and id, each list under its JSON and a sequence number (lists
 * have no id and may repeat). Values are events of the format that add the fact, so that
 * the same codec reads them back. Keys start with the agreement id's length, so that one
 * agreement's prefix is never the start of another's.
 */
final class FactStore {

    /** The kinds of fact, as they appear in keys. */
    enum Kind {
        DETAINEE("D"), BATCH("B"), LIST("L"), REMAINS("R");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, String> store;

    FactStore(KeyValueStore<String, String> store) {
        this.store = store;
    }

    Optional<String> agreement(String agreement) {
        return Optional.ofNullable(store.get(prefix(agreement) + "A"));
    }

    void putAgreement(String agreement, String event) {
        store.put(prefix(agreement) + "A", event);
    }

    boolean has(String agreement, Kind kind, String id) {
        return store.get(key(agreement, kind, id)) != null;
    }

    void put(String agreement, Kind kind, String id, String event) {
        store.put(key(agreement, kind, id), event);
    }

    void delete(String agreement, Kind kind, String id) {
        store.delete(key(agreement, kind, id));
    }

    /** Adds a list, after any equal ones. */
    void addList(String agreement, String listJson, String event) {
        long next = 0;
        String prefix = listPrefix(agreement, listJson);
        try (KeyValueIterator<String, String> lists = store.prefixScan(prefix, KEYS)) {
            while (lists.hasNext()) {
                next = Math.max(next, Long.parseLong(lists.next().key.substring(prefix.length())) + 1);
            }
        }
        store.put(prefix + next, event);
    }

    /** Whether a list with this JSON is recorded. */
    boolean hasList(String agreement, String listJson) {
        try (KeyValueIterator<String, String> lists = store.prefixScan(listPrefix(agreement, listJson), KEYS)) {
            return lists.hasNext();
        }
    }

    /** Removes one list with this JSON; whether there was one. */
    boolean removeList(String agreement, String listJson) {
        String first;
        try (KeyValueIterator<String, String> lists = store.prefixScan(listPrefix(agreement, listJson), KEYS)) {
            if (!lists.hasNext()) {
                return false;
            }
            first = lists.next().key;
        }
        store.delete(first);
        return true;
    }

    /** The events that add each fact of the agreement (not the agreement itself). */
    List<String> facts(String agreement) {
        List<String> events = new ArrayList<>();
        String agreementKey = prefix(agreement) + "A";
        try (KeyValueIterator<String, String> facts = store.prefixScan(prefix(agreement), KEYS)) {
            while (facts.hasNext()) {
                KeyValue<String, String> entry = facts.next();
                if (!entry.key.equals(agreementKey)) {
                    events.add(entry.value);
                }
            }
        }
        return events;
    }

    private static String prefix(String agreement) {
        return agreement.length() + ":" + agreement + "|";
    }

    private static String key(String agreement, Kind kind, String id) {
        return prefix(agreement) + kind.tag + "|" + id;
    }

    private static String listPrefix(String agreement, String listJson) {
        return prefix(agreement) + Kind.LIST.tag + "|" + listJson + "|";
    }
}
