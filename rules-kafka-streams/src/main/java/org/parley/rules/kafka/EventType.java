package org.parley.rules.kafka;

/** The kinds of event, as named in the {@code type} field of an event's envelope. */
public enum EventType {
    /** {@code {"type":"AGREEMENT","payload":{agreement}}}. */
    AGREEMENT,
    /** {@code {"type":"DETAINEE_ADDED","payload":{detainee}}}. */
    DETAINEE_ADDED,
    /** {@code {"type":"DETAINEE_CORRECTED","payload":{detainee}}}. */
    DETAINEE_CORRECTED,
    /** {@code {"type":"DETAINEE_REMOVED","id":"UA-0001"}}. */
    DETAINEE_REMOVED,
    /** {@code {"type":"BATCH_ADDED","payload":{batch}}}. */
    BATCH_ADDED,
    /** {@code {"type":"BATCH_CORRECTED","payload":{batch}}}. */
    BATCH_CORRECTED,
    /** {@code {"type":"BATCH_REMOVED","id":"B1"}}. */
    BATCH_REMOVED,
    /** {@code {"type":"LIST_ADDED","payload":{list}}}. */
    LIST_ADDED,
    /** {@code {"type":"LIST_REMOVED","payload":{list}}}. */
    LIST_REMOVED,
    /** {@code {"type":"REMAINS_ADDED","payload":{remains}}}. */
    REMAINS_ADDED,
    /** {@code {"type":"REMAINS_CORRECTED","payload":{remains}}}. */
    REMAINS_CORRECTED,
    /** {@code {"type":"REMAINS_REMOVED","id":"R1"}}. */
    REMAINS_REMOVED,
    /** {@code {"type":"AS_OF","asOf":"2025-06-30"}}. */
    AS_OF
}
