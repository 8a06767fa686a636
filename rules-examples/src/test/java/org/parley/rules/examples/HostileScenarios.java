package org.parley.rules.examples;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.parley.rules.json.ReaderLimits;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of hostile scenario files: the valid fixtures and bundled scenarios, broken in
 * one or more of the ways a careless or malicious author could break them.
 *
 * <p>Each input carries a description of how it was made, which is what a failing property
 * prints; the bytes follow from it.
 */
final class HostileScenarios {

    /** A hostile input: the bytes of a file, or the size of an enormous one that is never in memory. */
    record Input(String description, byte[] bytes, long enormousSize) {

        static Input of(String description, byte[] bytes) {
            return new Input(description, bytes, -1);
        }

        boolean isEnormous() {
            return enormousSize >= 0;
        }

        @Override
        public String toString() {
            if (isEnormous()) {
                return description + " (" + enormousSize + " bytes)";
            }
            String start = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return description + " (" + bytes.length + " bytes, starting " + TextNode.valueOf(start) + ")";
        }
    }

    /** The valid files the mutations start from, with how often each is picked. */
    private static final List<Pair<Integer, String>> BASES = List.of(
            Pair.of(6, "/fixtures/minimal.json"),
            Pair.of(6, "/fixtures/example.json"),
            Pair.of(3, "/fixtures/compliant.json"),
            Pair.of(3, "/fixtures/not-compliant.json"),
            Pair.of(3, "/scenarios/sample.json"),
            Pair.of(3, "/scenarios/istanbul-2025-06-violations.json"),
            Pair.of(1, "/scenarios/may-2025-1000-for-1000.json"),
            Pair.of(1, "/scenarios/june-2025-record.json"));

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, JsonNode> TREES = loadBases();

    /** A string no scenario holds, put where raw text is to replace it after writing. */
    private static final String MARK = "@@hostile-value@@";
    private static final String KEY_MARK = "@@hostile-key@@";
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");

    private static final List<String> OTHER_TYPES = List.of("null", "true", "false", "0", "-1", "1.5", "\"\"",
            "\" \"", "\"x\"", "[]", "{}", "[null]", "{\"\": null}", "[1, \"a\", {}]", "{\"id\": \"UA-1\"}");

    private static final List<String> NUMBERS = List.of("-1", "-0", "0", "0.0", "2.0", "0.5", "-2147483648",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "1e9", "1E+2", "1e400", "-1e400", "1e-400", "1e999999999", "1e-999999999",
            "1e2147483647", "1e2147483648", "1e-2147483648", "-1e2147483649", "1.5e-2147483647",
            "123456789012345678901234567890", "0.1e1", "1" + "0".repeat(999), "1" + "0".repeat(1000),
            "1." + "0".repeat(998), "-" + "9".repeat(999), "4.9e-324", "1.7976931348623157e309", "NaN",
            "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "1e", "--1", "1_000");

    private static final List<String> DATES = List.of("0000-01-01", "0000-12-31", "99999-01-01", "+99999-01-01",
            "-0001-01-01", "2025-13-01", "2025-00-10", "2025-02-30", "2025-02-29", "2024-02-29", "2025-06-31",
            "9999-12-31", "1000-01-01", "2025-6-9", "20250609", "2025-06-09 ", "\uff12\uff10\uff12\uff15-06-09",
            "2025-06-09T00:00:00Z", "+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
            "+300000000-01-01T00:00:00Z", "-300000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "2025-06-09T09:00:00+18:00",
            "2025-06-09T09:00:00-18:00", "2025-06-09T24:00:00Z", "2025-02-29T09:00:00Z", "2025-06-09T09:00:60Z",
            "2025-06-09T09:00Z", "2025-06-09T09:00:00.0000000001Z");

    /** Strings as raw JSON, with escapes a tree could not keep (a lone surrogate). */
    private static final List<String> WORDS = words(List.of("", " ", "YOUNG", "young", "OTHER", "CIVILIAN",
            "MILITARY", "HEALTHY", "SERIOUSLY_WOUNDED", "CONSENTED", "UNKNOWN", "DAILY", "WEEKLY", "PER_BATCH",
            "TOTAL", "ERROR", "WARNING", "AGREEMENT_DATE", "EXCHANGE_DATE", "UTC", "Europe/Kyiv", "+03:00",
            "Etc/GMT+3", "EST", "Z", "ALL_FOR_ALL", "AGE_LIMIT", "REMAINS", "BATCH_LIMIT", "UA", "RU", "UA-0001",
            "B1", "R1", "\ud83d\ude00", "x".repeat(41), "\u00e9".repeat(5_001), "\\ud83d\\ude00".repeat(5_001),
            "\\u0000", "\\ud800", "\\udc00\\ud800", "\\u202eRU", "a\\nb", "\\\"", "\\\\", "\\t"));

    private static final List<Integer> STRING_LENGTHS = List.of(9_999, 10_000, 10_001, 65_536, 1_000_000);

    private static final List<Integer> COPIES = List.of(0, 3, 9, 300, 600, 1_600, 4_000);
    private static final int GROWTH_BYTES = 4_000_000;

    private static final List<Integer> DEPTHS = List.of(7, 8, 9, 63, 64, 65, 1_000, 10_000, 100_000);

    /** Keys as raw JSON strings. */
    private static final List<String> KEYS = words(List.of("", " ", "birthdate", "Id", "ID", "id ", "x".repeat(41),
            "x".repeat(10_001), "\\u0000", "$", "a.b", "[0]", "type", "detainees", "\\ud800", "\\\""));

    /** Sequences that are not UTF-8, and a byte order mark out of place. */
    private static final List<String> NOT_UTF8 = List.of("c080", "c1bf", "e08080", "eda080", "edbfbf",
            "f0808080", "f4908080", "f5808080", "ff", "fe", "80", "bf", "c2", "e282", "f09f98", "efbbbf",
            "c3", "e0a0", "f8888080 80", "fc8480808080");

    private static final List<String> PREFIXES = List.of("efbbbf", "feff", "fffe", "0000feff", "fffe0000", "00",
            "20", "0a0a", "2f2f20", "efbbbfefbbbf");

    private static final List<String> TINY = List.of("", " ", "\n\n", "\ufeff", "null", "0", "\"\"", "[]", "{}",
            "{\"agreement\": {}}", "[{}]", "{\"detainees\": []}", "\u0000", "{", "}", "\"", "{\"\":", "tru");

    private HostileScenarios() {
    }

    // ---------------------------------------------------------------- inputs

    /**
     * Any hostile input that fits in memory: one or more edits of a valid file, or bytes of
     * its own.
     *
     * @param maxCopies the most copies of an element an array is grown to
     */
    static Gen<Input> inputs(int maxCopies) {
        return Generate.frequency(List.of(
                Pair.of(40, edited(maxCopies)),
                Pair.of(10, extremeValue()),
                Pair.of(10, stacked(maxCopies)),
                Pair.of(12, byteFlips()),
                Pair.of(8, notUtf8()),
                Pair.of(8, truncated()),
                Pair.of(4, prefixed()),
                Pair.of(3, tiny()),
                Pair.of(3, unchanged())));
    }

    /** A valid file as it is, so that the properties see accepted files too. */
    static Gen<Input> unchanged() {
        return bases().zip(Generate.booleans(), (base, pretty) ->
                Input.of(base + " unchanged", write(TREES.get(base), pretty)));
    }

    /** One structural or value edit of a valid file. */
    static Gen<Input> edited(int maxCopies) {
        return bases().zip(edits(maxCopies), Generate.booleans(), (base, edit, pretty) -> {
            ObjectNode tree = TREES.get(base).deepCopy();
            Raw raw = new Raw();
            String what = edit.apply(tree, raw);
            return Input.of(base + ": " + what, raw.fill(write(tree, pretty)));
        });
    }

    /**
     * One value of a valid file set to an extreme of its own type (a huge number, a date far
     * off, an odd word): files that are often still read, and so reach the validator.
     */
    static Gen<Input> extremeValue() {
        return bases().zip(integers().all(), integers().all(), integers().between(0, 2), (base, where, which, kind) -> {
            ObjectNode tree = TREES.get(base).deepCopy();
            Raw raw = new Raw();
            Edit edit = switch (kind) {
                case 0 -> number(where, which, false);
                case 1 -> date(where, which, false);
                default -> word(where, which);
            };
            String what = edit.apply(tree, raw);
            return Input.of(base + ": " + what, raw.fill(write(tree, false)));
        });
    }

    /** Two to four edits of one valid file. */
    static Gen<Input> stacked(int maxCopies) {
        return bases().zip(integers().between(2, 4), integers().all(), (base, count, seed) -> {
            ObjectNode tree = TREES.get(base).deepCopy();
            Raw raw = new Raw();
            List<String> what = new ArrayList<>();
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                what.add(pickEdit(random, maxCopies).apply(tree, raw));
            }
            return Input.of(base + ": " + String.join(", then ", what), raw.fill(write(tree, true)));
        });
    }

    /** A valid file with some of its bytes set to other values. */
    static Gen<Input> byteFlips() {
        return bases().zip(integers().between(1, 8), integers().all(), (base, count, seed) -> {
            byte[] bytes = write(TREES.get(base), seed % 2 == 0);
            Random random = new Random(seed);
            List<String> flips = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int at = random.nextInt(bytes.length);
                int value = random.nextInt(256);
                flips.add(at + "=" + Integer.toHexString(value));
                bytes[at] = (byte) value;
            }
            return Input.of(base + ": bytes set " + flips, bytes);
        });
    }

    /** A valid file with a sequence that is not UTF-8 put in at some offset. */
    static Gen<Input> notUtf8() {
        return bases().zip(Generate.pick(NOT_UTF8), integers().all(), (base, hex, where) -> {
            byte[] bytes = write(TREES.get(base), true);
            byte[] insert = HexFormat.of().parseHex(hex.replace(" ", ""));
            // Inside a string most of the time, where a decoder has to look at each byte.
            int at = Math.floorMod(where, 4) != 0 ? insideAString(bytes, where) : Math.floorMod(where, bytes.length);
            return Input.of(base + ": bytes " + hex + " put in at " + at, splice(bytes, at, 0, insert));
        });
    }

    /** A valid file cut short. */
    static Gen<Input> truncated() {
        return bases().zip(integers().all(), Generate.booleans(), (base, where, pretty) -> {
            byte[] bytes = write(TREES.get(base), pretty);
            int length = Math.floorMod(where, bytes.length);
            byte[] cut = new byte[length];
            System.arraycopy(bytes, 0, cut, 0, length);
            return Input.of(base + ": cut after " + length + " bytes", cut);
        });
    }

    /** A valid file after bytes such as a byte order mark, of UTF-8 or of another encoding. */
    static Gen<Input> prefixed() {
        return bases().zip(Generate.pick(PREFIXES), (base, hex) -> {
            byte[] prefix = HexFormat.of().parseHex(hex);
            return Input.of(base + ": after bytes " + hex, splice(write(TREES.get(base), true), 0, 0, prefix));
        });
    }

    /** Empty files and files of a token or two. */
    static Gen<Input> tiny() {
        return Generate.pick(TINY).map(text -> Input.of("tiny file " + TextNode.valueOf(text),
                text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Files past the default size limit, from one byte past it to a terabyte. */
    static Gen<Long> enormousSizes() {
        long limit = ReaderLimits.defaults().maxFileBytes();
        return Generate.frequency(List.of(
                Pair.of(1, Generate.constant(limit + 1)),
                Pair.of(3, Generate.longRange(limit + 1, 4L * limit)),
                Pair.of(2, Generate.longRange(4L * limit, 1L << 40))));
    }

    // ---------------------------------------------------------------- edits

    /** One edit of a scenario tree; it returns what it did. */
    @FunctionalInterface
    interface Edit {
        String apply(ObjectNode tree, Raw raw);
    }

    /** Raw JSON text to put in place of the marks once the tree is written: what a tree cannot hold. */
    static final class Raw {
        private final List<String> values = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private JsonNode document;

        /** Puts a value in place of the whole document. */
        void document(JsonNode value) {
            document = value;
        }

        TextNode value(String rawJson) {
            values.add(rawJson);
            return TextNode.valueOf(MARK + (values.size() - 1));
        }

        String key(String name) {
            return rawKey(TextNode.valueOf(name).toString());
        }

        /** A key written as a raw JSON string, escapes and all. */
        String rawKey(String json) {
            keys.add(json);
            return KEY_MARK + (keys.size() - 1);
        }

        byte[] fill(byte[] written) {
            String text = new String(document == null ? written : write(document, false), StandardCharsets.UTF_8);
            // Backwards, so that mark 1 is not taken for the start of mark 10.
            for (int i = values.size() - 1; i >= 0; i--) {
                text = text.replace("\"" + MARK + i + "\"", values.get(i));
            }
            for (int i = keys.size() - 1; i >= 0; i--) {
                text = text.replace("\"" + KEY_MARK + i + "\"", keys.get(i));
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    static Gen<Edit> edits(int maxCopies) {
        return integers().all().zip(integers().all(), (kind, seed) -> pickEdit(new Random(
                ((long) kind << 32) ^ seed), maxCopies));
    }

    private static Edit pickEdit(Random random, int maxCopies) {
        int where = random.nextInt();
        int which = random.nextInt();
        return switch (random.nextInt(13)) {
            case 0 -> deleteField(where);
            case 1 -> retype(where, which);
            case 2 -> duplicateKey(where, which);
            case 3 -> number(where, which, random.nextInt(4) == 0);
            case 4 -> date(where, which, random.nextInt(4) == 0);
            case 5 -> longString(where, which, random.nextInt());
            case 6 -> deepNesting(where, which, random.nextBoolean());
            case 7 -> word(where, which);
            case 8 -> unknownField(where, which, random.nextInt());
            case 9 -> deleteElement(where);
            case 10 -> duplicateElement(where);
            case 11 -> growArray(where, which, maxCopies);
            default -> swap(where, which);
        };
    }

    static Edit deleteField(int where) {
        return (tree, raw) -> {
            JsonPointer at = pick(tree, where, node -> true, true);
            if (at == null || at.matches()) {
                return "nothing deleted";
            }
            JsonNode parent = tree.at(at.head());
            if (parent instanceof ObjectNode object) {
                object.remove(at.last().getMatchingProperty());
            } else {
                ((ArrayNode) parent).remove(at.last().getMatchingIndex());
            }
            return "deleted " + at;
        };
    }

    static Edit retype(int where, int which) {
        return (tree, raw) -> {
            String value = OTHER_TYPES.get(Math.floorMod(which, OTHER_TYPES.size()));
            return replace(tree, raw, where, node -> true, raw.value(value), "set to " + value);
        };
    }

    static Edit duplicateKey(int where, int which) {
        return (tree, raw) -> {
            JsonPointer at = pick(tree, where, node -> node.isObject() && node.size() > 0, false);
            if (at == null) {
                return "no key duplicated";
            }
            ObjectNode object = (ObjectNode) tree.at(at);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(Math.floorMod(which, names.size()));
            JsonNode copy = (which & 1) == 0 ? object.get(name).deepCopy() : TextNode.valueOf("other");
            object.set(raw.key(name), copy);
            return "key " + name + " of " + at + " repeated";
        };
    }

    static Edit number(int where, int which, boolean anywhere) {
        return (tree, raw) -> {
            String value = NUMBERS.get(Math.floorMod(which, NUMBERS.size()));
            Predicate<JsonNode> numbers = anywhere ? node -> true : JsonNode::isNumber;
            return replace(tree, raw, where, numbers, raw.value(value), "number " + shorten(value));
        };
    }

    static Edit date(int where, int which, boolean anywhere) {
        return (tree, raw) -> {
            String value = DATES.get(Math.floorMod(which, DATES.size()));
            Predicate<JsonNode> dates = anywhere ? node -> true
                    : node -> node.isTextual() && DATE_LIKE.matcher(node.textValue()).matches();
            return replace(tree, raw, where, dates, TextNode.valueOf(value), "date " + value);
        };
    }

    static Edit longString(int where, int which, int character) {
        return (tree, raw) -> {
            int length = STRING_LENGTHS.get(Math.floorMod(which, STRING_LENGTHS.size()));
            char c = "x\u00e9\u4e2d\"\\\n".charAt(Math.floorMod(character, 6));
            return replace(tree, raw, where, JsonNode::isTextual, TextNode.valueOf(String.valueOf(c).repeat(length)),
                    "string of " + length + " " + TextNode.valueOf(String.valueOf(c)));
        };
    }

    static Edit deepNesting(int where, int which, boolean arrays) {
        return (tree, raw) -> {
            int depth = DEPTHS.get(Math.floorMod(which, DEPTHS.size()));
            String nested = arrays ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            return replace(tree, raw, where, node -> true, raw.value(nested),
                    depth + " nested " + (arrays ? "arrays" : "objects"));
        };
    }

    static Edit word(int where, int which) {
        return (tree, raw) -> {
            String value = WORDS.get(Math.floorMod(which, WORDS.size()));
            return replace(tree, raw, where, JsonNode::isTextual, raw.value(value), "string " + shorten(value));
        };
    }

    static Edit unknownField(int where, int which, int value) {
        return (tree, raw) -> {
            JsonPointer at = pick(tree, where, JsonNode::isObject, false);
            if (at == null) {
                return "no field added";
            }
            String name = KEYS.get(Math.floorMod(which, KEYS.size()));
            String json = OTHER_TYPES.get(Math.floorMod(value, OTHER_TYPES.size()));
            ((ObjectNode) tree.at(at)).set(raw.rawKey(name), raw.value(json));
            return "field " + shorten(name) + ": " + json + " added to " + at;
        };
    }

    static Edit deleteElement(int where) {
        return (tree, raw) -> {
            JsonPointer at = pick(tree, where, node -> node.isArray() && node.size() > 0, false);
            if (at == null) {
                return "no element deleted";
            }
            ArrayNode array = (ArrayNode) tree.at(at);
            int index = Math.floorMod(where, array.size());
            array.remove(index);
            return "element " + index + " of " + at + " deleted";
        };
    }

    static Edit duplicateElement(int where) {
        return (tree, raw) -> {
            JsonPointer at = pick(tree, where, node -> node.isArray() && node.size() > 0, false);
            if (at == null) {
                return "no element repeated";
            }
            ArrayNode array = (ArrayNode) tree.at(at);
            int index = Math.floorMod(where, array.size());
            array.add(array.get(index).deepCopy());
            return "element " + index + " of " + at + " repeated";
        };
    }

    /** An array made of many copies of one of its elements, for the limits on numbers of facts. */
    static Edit growArray(int where, int which, int maxCopies) {
        return (tree, raw) -> {
            JsonPointer at = pick(tree, where, node -> node.isArray() && node.size() > 0, false);
            if (at == null) {
                return "no array grown";
            }
            ArrayNode array = (ArrayNode) tree.at(at);
            List<Integer> counts = COPIES.stream().filter(count -> count <= maxCopies).toList();
            int count = counts.get(Math.floorMod(which, counts.size()));
            JsonNode element = array.get(0);
            // At most a few megabytes per grown array, so that edits grown in turn stay in memory.
            count = Math.min(count, Math.max(1, GROWTH_BYTES / write(element, false).length));
            array.removeAll();
            for (int i = 0; i < count; i++) {
                array.add(element.deepCopy());
            }
            return at + " made of " + count + " copies of its first element";
        };
    }

    static Edit swap(int where, int which) {
        return (tree, raw) -> {
            JsonPointer first = pick(tree, where, node -> true, false);
            JsonPointer second = pick(tree, which, node -> true, false);
            if (first == null || second == null || first.matches() || second.matches()
                    || first.toString().startsWith(second.toString()) || second.toString().startsWith(first.toString())) {
                return "nothing swapped";
            }
            JsonNode a = tree.at(first).deepCopy();
            JsonNode b = tree.at(second).deepCopy();
            set(tree, first, b);
            set(tree, second, a);
            return first + " and " + second + " swapped";
        };
    }

    // ---------------------------------------------------------------- helpers

    private static Gen<String> bases() {
        List<Pair<Integer, Gen<String>>> weighted = new ArrayList<>();
        BASES.forEach(base -> weighted.add(Pair.of(base._1, Generate.constant(base._2))));
        return Generate.frequency(weighted);
    }

    private static Map<String, JsonNode> loadBases() {
        Map<String, JsonNode> trees = new HashMap<>();
        for (Pair<Integer, String> base : BASES) {
            try (InputStream in = HostileScenarios.class.getResourceAsStream(base._2)) {
                if (in == null) {
                    throw new IllegalStateException("no resource " + base._2);
                }
                trees.put(base._2, MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(trees);
    }

    /** The valid files the mutations start from, as resource names. */
    static List<String> baseNames() {
        return BASES.stream().map(base -> base._2).toList();
    }

    /** The bytes of a valid file. */
    static byte[] base(String name) {
        return write(TREES.get(name), true);
    }

    private static byte[] write(JsonNode tree, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)
                    : MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the value at a picked place; the whole document when the pick is the root. */
    private static String replace(ObjectNode tree, Raw raw, int where, Predicate<JsonNode> kind, JsonNode value,
                                  String what) {
        JsonPointer at = pick(tree, where, kind, true);
        if (at == null) {
            at = pick(tree, where, node -> true, true);
        }
        if (at.matches()) {
            raw.document(value);
            return "whole document " + what;
        }
        set(tree, at, value);
        return at + " " + what;
    }

    private static void set(ObjectNode tree, JsonPointer at, JsonNode value) {
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
        }
    }

    /** One of the places in the tree whose value is of a kind, or null when there is none. */
    private static JsonPointer pick(JsonNode tree, int where, Predicate<JsonNode> kind, boolean withRoot) {
        List<JsonPointer> places = new ArrayList<>();
        collect(tree, JsonPointer.empty(), kind, places);
        if (!withRoot) {
            places.remove(JsonPointer.empty());
        }
        return places.isEmpty() ? null : places.get(Math.floorMod(where, places.size()));
    }

    private static void collect(JsonNode node, JsonPointer at, Predicate<JsonNode> kind, List<JsonPointer> places) {
        if (kind.test(node)) {
            places.add(at);
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                collect(node.get(name), at.appendProperty(name), kind, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at.appendIndex(i), kind, places);
            }
        }
    }

    /** An offset just after the opening quote of some string of the file. */
    private static int insideAString(byte[] bytes, int where) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? 0 : quotes.get(Math.floorMod(where, quotes.size()));
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    /** Strings, already escaped, as raw JSON strings. */
    private static List<String> words(List<String> escaped) {
        return escaped.stream().map(word -> "\"" + word + "\"").toList();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
