package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds array elements that repeat a key value another element already has: two detainees
 * with one id, two parties with one code, a term type listed twice.
 */
final class DistinctKeys {

    private DistinctKeys() {
    }

    /**
     * Reports each object element of {@code array} whose string {@code key} repeats that of
     * an earlier element, at the path of the repeat.
     *
     * <p>The check reads the JSON itself, not the records read from it, so that a repeat is
     * found even in an element that has problems of its own.
     *
     * @param counted  which values take part; values that are wrong in themselves (blank,
     *                 unknown) are reported elsewhere
     * @param expected the end of the problem line, such as {@code expected a unique detainee id}
     */
    static void check(JsonNode array, JsonPath at, Problems problems, String key, Predicate<String> counted,
                      String expected) {
        Map<String, JsonPath> first = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            JsonNode value = element.get(key);
            if (!element.isObject() || value == null || !value.isTextual() || !counted.test(value.textValue())) {
                continue;
            }
            JsonPath elementAt = at.index(i);
            JsonPath earlier = first.putIfAbsent(value.textValue(), elementAt);
            if (earlier != null) {
                problems.add(elementAt.field(element, key),
                        ValueTypes.show(value) + " is already the " + key + " of " + earlier + "; " + expected);
            }
        }
    }
}
