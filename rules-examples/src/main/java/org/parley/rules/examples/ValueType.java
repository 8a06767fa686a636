package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a field of a scenario file must hold, and how to read it.
 *
 * @param <T> the Java value read
 */
interface ValueType<T> {

    /** What is expected, as it follows "expected" in a problem line: {@code a date (YYYY-MM-DD)}. */
    String expected();

    /**
     * Reads a value that is present and not JSON {@code null}.
     *
     * @return the value, or null after adding a problem at {@code at}; a part of the file
     *         that added problems is never built into a record
     */
    T read(JsonNode node, JsonPath at, Problems problems);

    /** How a value of a type is read. */
    @FunctionalInterface
    interface Reading<T> {
        /** See {@link ValueType#read}. */
        T read(JsonNode node, JsonPath at, Problems problems);
    }

    /** A type that expects {@code expected} and reads with {@code reading}. */
    static <T> ValueType<T> of(String expected, Reading<T> reading) {
        return new ValueType<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public T read(JsonNode node, JsonPath at, Problems problems) {
                return reading.read(node, at, problems);
            }
        };
    }
}
