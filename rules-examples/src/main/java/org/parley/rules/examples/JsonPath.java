package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * A place in a scenario file, written as a JSON path such as {@code $.detainees[3].birthDate}.
 *
 * <p>Besides its text, a path knows where it comes in the document (the position of each
 * key among its object's keys, and each array index), so that problems found in any order
 * can be reported in document order. A key that is absent sorts after every key of its
 * object, where a reader would notice it missing.
 */
final class JsonPath implements Comparable<JsonPath> {

    /** The whole document. */
    static final JsonPath ROOT = new JsonPath("$", new int[0]);

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_SHOWN = 40;

    private final String text;
    private final int[] order;

    private JsonPath(String text, int[] order) {
        this.text = text;
        this.order = order;
    }

    /** The path of a key of the object {@code parent} found at this path, whether or not present. */
    JsonPath field(JsonNode parent, String name) {
        int position = 0;
        for (Iterator<String> names = parent.fieldNames(); names.hasNext(); position++) {
            if (names.next().equals(name)) {
                return field(name, position);
            }
        }
        return field(name, position);
    }

    /** The path of a key at a known position among its object's keys. */
    JsonPath field(String name, int position) {
        // Keys that are not plain identifiers are quoted as JSON strings, so that even a key
        // with a quote or a line break in it keeps a problem on one readable line; long keys
        // are cut short like long values, so that a key of 10,000 characters does not make a
        // problem line of 10,000 characters.
        String step;
        if (name.codePointCount(0, name.length()) > MAX_SHOWN) {
            step = "[" + ValueTypes.printable(TextNode.valueOf(
                    name.substring(0, name.offsetByCodePoints(0, MAX_SHOWN - 3)) + "...").toString()) + "]";
        } else {
            step = PLAIN_KEY.matcher(name).matches() ? "." + name
                    : "[" + ValueTypes.printable(TextNode.valueOf(name).toString()) + "]";
        }
        return new JsonPath(text + step, append(position));
    }

    /** The path of an element of the array found at this path. */
    JsonPath index(int index) {
        return new JsonPath(text + "[" + index + "]", append(index));
    }

    private int[] append(int position) {
        int[] longer = Arrays.copyOf(order, order.length + 1);
        longer[order.length] = position;
        return longer;
    }

    /** Document order: a path comes before the paths inside it. */
    @Override
    public int compareTo(JsonPath other) {
        return Arrays.compare(order, other.order);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath that && text.equals(that.text) && Arrays.equals(order, that.order);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The path as written in problem lines, such as {@code $.batches[0].transfers[1].at}. */
    @Override
    public String toString() {
        return text;
    }
}
