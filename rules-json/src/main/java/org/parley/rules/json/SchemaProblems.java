package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The one formatter of the schema validator's results: each error becomes a problem line in
 * the house phrasing, {@code $.detainees[3].birthDate: "2001-13-01" is not a date (YYYY-MM-DD)},
 * from the error's keyword, the value at its place and the schema around it (never from the
 * validator's own message text).
 *
 * <p>What a place expects is read from its schema: a {@code title} when it has one, else its
 * {@code enum}, {@code format} or {@code type}. One problem per place, the first the
 * validator found; problems of one part come in document order, a missing field where its
 * object ends.
 */
final class SchemaProblems {

    /** The pattern of an id: some character that is not white space. */
    static final String NOT_BLANK =
            "[^\\s\\u001c-\\u001f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

    private final JsonNode schema;

    /** A formatter of the errors of validations against {@code schema} (the whole schema tree). */
    SchemaProblems(JsonNode schema) {
        this.schema = schema;
    }

    /** Adds a problem line for each error of the part {@code instance}, found at {@code at} in the file. */
    void add(List<Error> errors, JsonNode instance, JsonPath at, Problems problems) {
        List<Located> located = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (Error error : errors) {
            if (insideAlternative(error)) {
                continue;
            }
            Located place = locate(error, instance, at);
            if (places.add(place.path().text())) {
                located.add(place);
            }
        }
        located.sort((a, b) -> Arrays.compare(a.order(), b.order()));
        located.forEach(place -> problems.add(place.path(), place.message()));
    }

    /**
     * Whether the error is one of the reasons why a {@code oneOf} failed, rather than the
     * failure itself: the alternatives are not what the file meant, only that none fits.
     */
    private static boolean insideAlternative(Error error) {
        NodePath path = error.getEvaluationPath();
        for (int i = 0; i < path.getNameCount() - 1; i++) {
            if ("oneOf".equals(path.getName(i))) {
                return true;
            }
        }
        return false;
    }

    /** A problem with its place and its position in the document, for sorting. */
    private record Located(JsonPath path, int[] order, String message) {
    }

    private Located locate(Error error, JsonNode instance, JsonPath at) {
        NodePath location = error.getInstanceLocation();
        JsonPath path = at;
        List<Integer> order = new ArrayList<>();
        JsonNode node = instance;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path = path.index(index);
                order.add(index);
                node = node.path(index);
            } else {
                String name = element.toString();
                path = path.field(name);
                order.add(position(node, name));
                node = node.path(name);
            }
        }
        // A field the error is about (missing or unknown) is a place of its own.
        String property = error.getProperty();
        if (property != null) {
            path = path.field(property);
            order.add(position(node, property));
        }
        return new Located(path, order.stream().mapToInt(Integer::intValue).toArray(), message(error, node));
    }

    /** The position of a key in its object; a missing key comes after the others. */
    private static int position(JsonNode object, String name) {
        int position = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); position++) {
            if (names.next().equals(name)) {
                return position;
            }
        }
        return position;
    }

    private String message(Error error, JsonNode value) {
        JsonNode around = parentSchema(error);
        JsonNode keyword = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> "missing required field; expected "
                    + expected(ScenarioSchema.resolve(schema, around.path("properties").path(error.getProperty())));
            case "additionalProperties" -> "unknown field" + forTerm(around) + "; expected " + known(around);
            case "type" -> "expected " + expected(around) + ", got " + Text.show(value);
            case "enum", "const", "format" -> value.isTextual() ? Text.show(value) + " is not " + expected(around)
                    : "expected " + expected(around) + ", got " + Text.show(value);
            case "oneOf" -> "expected " + expected(around);
            case "pattern" -> keyword.asText().equals(NOT_BLANK) ? "must not be blank"
                    : Text.show(value) + " is not " + expected(around);
            case "minimum" -> keyword.decimalValue().signum() == 0 ? "must not be negative, got " + Text.show(value)
                    : "must be at least " + keyword.asText() + ", got " + Text.show(value);
            case "maximum" -> "must be at most " + keyword.asText() + ", got " + Text.show(value);
            case "minItems", "maxItems" -> items(around, value);
            default -> "is not valid here (" + error.getKeyword() + ")";
        };
    }

    /** The schema whose keyword failed: the keyword's parent in the schema tree. */
    private JsonNode parentSchema(Error error) {
        String location = error.getSchemaLocation().toString();
        String fragment = location.substring(location.indexOf('#') + 1);
        JsonPointer pointer = JsonPointer.compile(fragment);
        return ScenarioSchema.resolve(schema, schema.at(pointer.head()));
    }

    /** What a schema expects, as it follows "expected" in a problem line. */
    static String expected(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return "a value";
        }
        if (schema.has("title")) {
            return schema.get("title").asText();
        }
        if (schema.has("enum")) {
            return "one of " + String.join(", ", StreamSupport.stream(schema.get("enum").spliterator(), false)
                    .filter(v -> !v.isNull()).map(JsonNode::asText).toList());
        }
        if (schema.has("const")) {
            return schema.get("const").asText();
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return "a date (YYYY-MM-DD)";
        }
        if (format.equals("date-time")) {
            return "an instant (ISO-8601, like 2025-06-09T09:00:00Z)";
        }
        JsonNode type = schema.path("type");
        String first = type.isArray() ? type.path(0).asText() : type.asText();
        return switch (first) {
            case "string" -> NOT_BLANK.equals(schema.path("pattern").asText()) ? "a non-blank string" : "a string";
            case "integer" -> schema.path("minimum").isNumber() && schema.get("minimum").decimalValue()
                    .compareTo(BigDecimal.ZERO) == 0 ? "a whole number (0 or more)" : "a whole number";
            case "boolean" -> "true or false";
            case "array" -> "an array";
            case "object" -> "an object";
            default -> "a value";
        };
    }

    private static String forTerm(JsonNode object) {
        JsonNode type = object.path("properties").path("type").path("const");
        return type.isTextual() ? " for term type " + type.asText() : "";
    }

    private static String known(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(names::add);
        return names.size() == 1 ? "only " + names.get(0) : "one of " + String.join(", ", names);
    }

    private static String items(JsonNode array, JsonNode value) {
        int min = array.path("minItems").asInt(0);
        int max = array.path("maxItems").asInt(Integer.MAX_VALUE);
        int bound = value.size() < min ? min : max;
        String wanted = min == max ? "exactly " + min : value.size() < min ? "at least " + min : "at most " + max;
        return "expected " + wanted + (bound == 1 ? " element" : " elements") + ", got " + value.size();
    }
}
