package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason of a JSON syntax error in the terms of the scenario format: what the parser found
 * and what it expected there, as {@code found; expected ...}. Jackson's reasons are worded for
 * developers ("was expecting comma to separate Object entries", "enable
 * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"); each one Jackson gives for text that is
 * not JSON is recognised here and said again. Of the content, only the character or token the
 * parser quotes is shown, and {@link Text#printable} escapes it; a reason not recognised keeps
 * what the parser found alone, as Jackson says it, without its advice.
 */
public final class SyntaxErrors {

    /** A character the parser quotes, with its code: ('x' (code 120)), or (code 65535 / 0xffff) beyond. */
    private static final String CHARACTER = "\\('.*' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)\\)";
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile(
            "^Unexpected character " + CHARACTER + "( in numeric value)?(?:: (.*))?$");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile(
            "^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)(?:: (.*))?$");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting .*$");
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("^Non-standard token '(.*)'(?:: .*)?$");
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '(.*)'$");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '.*' \\(code (\\d+)\\)$");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': (.*)$");
    private static final Pattern OPENED = Pattern.compile(
            "^expected '(.)' \\(for (Object|Array) starting at \\[.*line: (\\d+), column: (\\d+)\\]\\).*$");
    private static final Pattern UNCLOSED = Pattern.compile(
            "^Unexpected end-of-input: expected close marker for (Object|Array)"
            + "(?: \\(start marker at \\[.*line: (\\d+), column: (\\d+)\\]\\))?.*$");

    /** What a JSON value may be. */
    private static final String VALUE = "expected a string, a number, an array, an object, true, false or null";

    /** What the parser expected after a character it did not: Jackson's words, and ours. */
    private static final List<String[]> EXPECTED = List.of(
            new String[] {"expected a valid value", VALUE},
            new String[] {"expected a value", "expected a value"},
            new String[] {"was expecting a colon to separate field name and value",
                "expected ':' after the field name"},
            new String[] {"was expecting double-quote to start field name", "expected a field name in double quotes"},
            new String[] {"was expecting comma to separate Object entries", "expected ',' or '}'"},
            new String[] {"was expecting comma to separate Array entries", "expected ',' or ']'"},
            new String[] {"JSON spec does not allow numbers to have plus signs",
                "expected a number without a plus sign"},
            new String[] {"expected digit (0-9) to follow minus sign", "expected a digit after '-'"},
            new String[] {"Decimal point not followed by a digit", "expected a digit after the decimal point"},
            new String[] {"Exponent indicator not followed by a digit", "expected a digit in the exponent"},
            new String[] {"maybe a (non-standard) comment?", "expected a value (JSON has no comments)"},
            new String[] {"only regular white space", "expected only spaces, tabs and line breaks between values"},
            new String[] {"expected a hex-digit for character escape sequence", "expected four hex digits after \\u"});

    private SyntaxErrors() {
    }

    /**
     * Where the parser stopped and why, as a problem line ends: {@code " at line L, column C: "}
     * (left out when the parser gives no place) and {@link #reason the reason}.
     *
     * @param e the parser's error
     * @return the place and the reason, printable on one line
     */
    public static String placeAndReason(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String place = where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return place + ": " + reason(e.getOriginalMessage());
    }

    /**
     * The reason of Jackson's syntax error, as a problem line says it (no place). Never null;
     * printable on one line.
     *
     * @param original Jackson's original message, without its location
     *                 ({@code JsonProcessingException.getOriginalMessage()}), or null
     * @return what was found and, where the parser says it, what was expected
     */
    static String reason(String original) {
        String first = original == null ? "" : original.strip().lines().findFirst().orElse("");
        if (first.isEmpty()) {
            return "unreadable content";
        }
        return Text.printable(cut(said(first)));
    }

    private static String said(String first) {
        Matcher m = UNEXPECTED_CHARACTER.matcher(first);
        if (m.matches()) {
            String found = "unexpected character " + character(Integer.parseInt(m.group(1)))
                    + (m.group(2) != null ? " in a number" : "");
            return withExpected(found, m.group(3));
        }
        m = CONTROL_CHARACTER.matcher(first);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(2));
            if (m.group(1) != null) {
                return "control character " + codePoint(code) + " inside a string; expected it escaped, as "
                        + String.format("\\u%04x", code);
            }
            return withExpected("control character " + codePoint(code), m.group(3));
        }
        m = UNRECOGNIZED_TOKEN.matcher(first);
        if (m.matches()) {
            return "unrecognized token '" + m.group(1) + "'; " + VALUE;
        }
        m = NON_STANDARD_TOKEN.matcher(first);
        if (m.matches()) {
            return "'" + m.group(1) + "' is not a JSON number; expected a number in digits";
        }
        m = DUPLICATE_FIELD.matcher(first);
        if (m.matches()) {
            return "field '" + m.group(1) + "' given twice; expected each field once";
        }
        m = ESCAPE.matcher(first);
        if (m.matches()) {
            return "unknown escape \\" + (char) Integer.parseInt(m.group(1)) + " in a string; expected one of "
                    + "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        }
        m = CLOSE_MARKER.matcher(first);
        if (m.matches()) {
            String found = "unexpected '" + m.group(1) + "'";
            Matcher opened = OPENED.matcher(m.group(2));
            if (opened.matches()) {
                return found + "; expected '" + opened.group(1) + "' to close the "
                        + (opened.group(2).equals("Object") ? "object" : "array") + " opened at line " + opened.group(3)
                        + ", column " + opened.group(4);
            }
            return found + " with no " + ("}".equals(m.group(1)) ? "object" : "array")
                    + " open; expected the end of the document";
        }
        m = UNCLOSED.matcher(first);
        if (m.matches()) {
            boolean object = m.group(1).equals("Object");
            String opened = m.group(2) == null ? "" : " opened at line " + m.group(2) + ", column " + m.group(3);
            return "the content ends inside the " + (object ? "object" : "array") + opened + "; expected '"
                    + (object ? "}" : "]") + "'";
        }
        if (first.startsWith("Unexpected end-of-input")) {
            if (first.contains("VALUE_STRING") || first.contains("closing quote")) {
                return "the content ends inside a string; expected its closing '\"'";
            }
            if (first.contains("field name")) {
                return "the content ends inside a field name; expected its closing '\"'";
            }
            if (first.contains("Object entries")) {
                return "the content ends inside an object; expected '}'";
            }
            if (first.contains("Array entries")) {
                return "the content ends inside an array; expected ']'";
            }
            if (first.contains("escape sequence")) {
                return "the content ends inside an escape in a string; expected the rest of it and the closing '\"'";
            }
            if (first.contains("Number") || first.contains("NUMBER")) {
                return "the content ends inside a number; expected the rest of it";
            }
            return "the content ends before the value is complete; expected the rest of it";
        }
        if (first.startsWith("Invalid UTF-8")) {
            int detail = first.indexOf(": ");
            return "invalid UTF-8" + (detail > 0 ? first.substring("Invalid UTF-8".length(), detail)
                    : first.substring("Invalid UTF-8".length())) + "; expected text in UTF-8";
        }
        if (first.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
            return "a number with a leading zero; expected no leading zeroes";
        }
        // Not recognised: what the parser found, without its advice (which may quote more of
        // the content, or name Jackson's features).
        int detail = first.indexOf(": ");
        return detail > 0 ? first.substring(0, detail) : first;
    }

    private static String withExpected(String found, String jackson) {
        if (jackson != null) {
            for (String[] words : EXPECTED) {
                if (jackson.contains(words[0])) {
                    return found + "; " + words[1];
                }
            }
        }
        return found;
    }

    /** A character as a problem line shows it: quoted when visible, else its code point. */
    private static String character(int code) {
        if (code == '\'') {
            return "\"'\"";
        }
        if (code > 0x20 && code < 0x7f || code > 0xa0 && Character.isLetterOrDigit(code)) {
            return "'" + (char) code + "'";
        }
        return codePoint(code);
    }

    private static String codePoint(int code) {
        return String.format("U+%04X", code);
    }

    private static String cut(String reason) {
        return reason.length() <= 160 ? reason : reason.substring(0, 157) + "...";
    }
}
