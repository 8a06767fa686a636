package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.rules.model.ReferenceDate;

/**
 * The value types of the scenario format, each with its problem messages.
 *
 * <p>A string whose content is wrong gives {@code "2001-13-01" is not a date (YYYY-MM-DD)};
 * a value of the wrong JSON type gives {@code expected true or false, got "yes"}.
 */
final class ValueTypes {

    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** An instant starts with a date: four digits of year, no sign. */
    private static final Pattern INSTANT_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final int MAX_SHOWN = 40;

    /** Any string. */
    static final ValueType<String> STRING = ValueType.of("a string", (node, at, problems) -> {
        if (node.isTextual()) {
            return node.textValue();
        }
        return wrongType(node, at, problems, "a string");
    });

    /** A string that is not blank: ids and party codes, which the records require. */
    static final ValueType<String> ID = ValueType.of("a non-blank string", (node, at, problems) -> {
        if (!node.isTextual()) {
            return wrongType(node, at, problems, "a non-blank string");
        }
        if (node.textValue().isBlank()) {
            problems.add(at, "must not be blank");
            return null;
        }
        return node.textValue();
    });

    /** {@code true} or {@code false}. */
    static final ValueType<Boolean> BOOLEAN = ValueType.of("true or false", (node, at, problems) -> {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return wrongType(node, at, problems, "true or false");
    });

    /** A calendar date written YYYY-MM-DD. */
    static final ValueType<LocalDate> DATE = ValueType.of("a date (YYYY-MM-DD)", (node, at, problems) -> {
        if (!node.isTextual()) {
            return wrongType(node, at, problems, "a date (YYYY-MM-DD)");
        }
        LocalDate date = parseDate(node.textValue());
        if (date == null) {
            problems.add(at, show(node) + " is not a date (YYYY-MM-DD)");
        }
        return date;
    });

    /** An instant in ISO-8601, such as {@code 2025-06-09T09:00:00Z}. */
    static final ValueType<Instant> INSTANT = ValueType.of(
            "an instant (ISO-8601 UTC, like 2025-06-09T09:00:00Z)", (node, at, problems) -> {
                if (!node.isTextual()) {
                    return wrongType(node, at, problems, "an instant (ISO-8601 UTC, like 2025-06-09T09:00:00Z)");
                }
                Instant instant = parseInstant(node.textValue());
                if (instant == null) {
                    problems.add(at, show(node) + " is not an instant (ISO-8601 UTC, like 2025-06-09T09:00:00Z)");
                }
                return instant;
            });

    /** An id of the IANA time zone database, such as {@code Europe/Kyiv} or {@code UTC}. */
    static final ValueType<ZoneId> TIME_ZONE = ValueType.of(
            "an IANA time zone (like Europe/Kyiv or UTC)", (node, at, problems) -> {
                if (!node.isTextual()) {
                    return wrongType(node, at, problems, "an IANA time zone (like Europe/Kyiv or UTC)");
                }
                String id = node.textValue();
                // Only region ids: ZoneId.of would also take offsets such as +03:00, which
                // are not IANA zones and ignore daylight saving time.
                if (!ZoneId.getAvailableZoneIds().contains(id)) {
                    problems.add(at, show(node) + " is not an IANA time zone (like Europe/Kyiv or UTC)");
                    return null;
                }
                // UTC written out reads as the default, so both give equal agreements.
                return id.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(id);
            });

    /** A whole number from 0 to {@link Integer#MAX_VALUE}: counts, ages, minutes. */
    static final ValueType<Integer> NATURAL = ValueType.of("a whole number (0 or more)", (node, at, problems) -> {
        if (!node.isNumber() || !node.canConvertToExactIntegral()) {
            return wrongType(node, at, problems, "a whole number");
        }
        // Compared as decimals, never turned into a BigInteger: 1e999999999 is a short text.
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            problems.add(at, "must not be negative, got " + show(node));
            return null;
        }
        if (value.compareTo(MAX_INT) > 0) {
            problems.add(at, "must be at most " + Integer.MAX_VALUE + ", got " + show(node));
            return null;
        }
        return value.intValueExact();
    });

    /** AGREEMENT_DATE, EXCHANGE_DATE or a fixed date. */
    static final ValueType<ReferenceDate> REFERENCE_DATE = ValueType.of(
            "AGREEMENT_DATE, EXCHANGE_DATE or a date (YYYY-MM-DD)", (node, at, problems) -> {
                String expected = "AGREEMENT_DATE, EXCHANGE_DATE or a date (YYYY-MM-DD)";
                if (!node.isTextual()) {
                    return wrongType(node, at, problems, expected);
                }
                String text = node.textValue();
                if (text.equals(ReferenceDate.Mode.AGREEMENT_DATE.name())) {
                    return ReferenceDate.AGREEMENT_DATE;
                }
                if (text.equals(ReferenceDate.Mode.EXCHANGE_DATE.name())) {
                    return ReferenceDate.EXCHANGE_DATE;
                }
                LocalDate date = parseDate(text);
                if (date == null) {
                    problems.add(at, show(node) + " is not " + expected);
                    return null;
                }
                return ReferenceDate.fixed(date);
            });

    private ValueTypes() {
    }

    /** One of the constants of an enum, by exact name. */
    static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        ValueType<String> name = oneOf(names);
        return ValueType.of(name.expected(), (node, at, problems) -> {
            String read = name.read(node, at, problems);
            return read == null ? null : Enum.valueOf(type, read);
        });
    }

    /** One of the given words, by exact spelling. */
    static ValueType<String> oneOf(List<String> words) {
        String expected = "one of " + String.join(", ", words);
        return ValueType.of(expected, (node, at, problems) -> {
            if (!node.isTextual()) {
                return wrongType(node, at, problems, expected);
            }
            if (!words.contains(node.textValue())) {
                problems.add(at, show(node) + " is not " + expected);
                return null;
            }
            return node.textValue();
        });
    }

    /**
     * An array of values of one type; every element is read, so that the problems of all
     * of them are found.
     */
    static <T> ValueType<List<T>> arrayOf(ValueType<T> element, String expected) {
        return ValueType.of(expected, (node, at, problems) -> {
            if (!node.isArray()) {
                return wrongType(node, at, problems, expected);
            }
            long before = problems.count();
            List<T> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                // A null element is a value of the wrong type, like any other.
                values.add(element.read(node.get(i), at.index(i), problems));
            }
            return problems.count() == before ? values : null;
        });
    }

    /** A value that reads as a set: every element must be one of the enum's constants. */
    static <E extends Enum<E>> ValueType<List<E>> arrayOf(Class<E> type, String what) {
        String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return arrayOf(oneOf(type), "an array of " + what + " (" + names + ")");
    }

    /** Adds {@code expected ..., got ...} and returns null, for a value of the wrong JSON type. */
    static <T> T wrongType(JsonNode node, JsonPath at, Problems problems, String expected) {
        problems.add(at, "expected " + expected + ", got " + show(node));
        return null;
    }

    /**
     * A value as shown in a problem line: strings quoted as in JSON and cut short when long,
     * numbers and literals as written, objects and arrays by kind.
     */
    static String show(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.codePointCount(0, text.length()) > MAX_SHOWN) {
                text = text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN - 3)) + "...";
            }
            return printable(TextNode.valueOf(text).toString());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    /** Text as it can be shown on one line of a terminal: see {@link TerminalText#printable}. */
    static String printable(String text) {
        return TerminalText.printable(text);
    }

    /** An instant in ISO-8601 from year 0000 to 9999, else null. */
    private static Instant parseInstant(String text) {
        // Instant.parse alone would also take +1000000000-12-31T23:59:59Z, whose milliseconds
        // since the epoch do not fit in a long: instants take the years of dates.
        if (!INSTANT_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            // Instant.parse also takes an offset such as +03:00 in place of Z: the instant is
            // still unambiguous, and it is stored in UTC.
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date in the exact shape YYYY-MM-DD that exists in the calendar, else null. */
    private static LocalDate parseDate(String text) {
        // LocalDate.parse alone would also take +10000-01-01 and other extended years.
        if (!DATE_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
