package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one JSON object of a scenario file, read by name with their problems.
 *
 * <p>A field set to JSON {@code null} counts as absent when it is optional: it takes its
 * default. A required one is reported as {@code expected ..., got null}.
 */
final class JsonFields {

    private final JsonNode node;
    private final JsonPath at;
    private final Problems problems;

    private JsonFields(JsonNode node, JsonPath at, Problems problems) {
        this.node = node;
        this.at = at;
        this.problems = problems;
    }

    /**
     * Opens an object, reporting each key that is not one of {@code known}, so that a typo
     * such as {@code birthdate} is never silently ignored.
     *
     * @param of words that follow {@code unknown field} to say whose field it is, such as
     *           {@code " for term type PARITY"}; empty for none
     * @return the fields, or null after adding a problem when the node is not an object
     */
    static JsonFields open(JsonNode node, JsonPath at, Problems problems, List<String> known, String of) {
        if (!node.isObject()) {
            return ValueTypes.wrongType(node, at, problems, "an object");
        }
        int position = 0;
        for (var names = node.fieldNames(); names.hasNext(); position++) {
            String name = names.next();
            if (!known.contains(name)) {
                String expected = known.size() == 1 ? "only " + known.get(0) : "one of " + String.join(", ", known);
                problems.add(at.field(name, position), "unknown field" + of + "; expected " + expected);
            }
        }
        return new JsonFields(node, at, problems);
    }

    /** The path of a field of this object, present or not. */
    JsonPath at(String name) {
        return at.field(node, name);
    }

    /** The path of this object. */
    JsonPath at() {
        return at;
    }

    /** Whether the field is present and not null. */
    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /**
     * Reads a field that has no default.
     *
     * @return the value, or null after adding a problem
     */
    <T> T required(String name, ValueType<T> type) {
        JsonNode value = node.get(name);
        if (value == null) {
            problems.add(at(name), "missing required field; expected " + type.expected());
            return null;
        }
        // A null is a value of the wrong type, reported as such by the type itself.
        return type.read(value, at(name), problems);
    }

    /**
     * Reads a field that may be absent.
     *
     * @return the value; empty when absent, or after adding a problem
     */
    <T> Optional<T> optional(String name, ValueType<T> type) {
        if (!has(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.read(node.get(name), at(name), problems));
    }
}
