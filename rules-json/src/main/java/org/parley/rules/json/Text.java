package org.parley.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Values as they are shown in a problem line: on one line, cut short, every invisible
 * character escaped. {@link #printable(String)} serves any human-facing line.
 */
public final class Text {

    /** The most characters of a value or a key shown in a problem line. */
    static final int MAX_SHOWN = 40;

    private Text() {
    }

    /**
     * A value as shown in a problem line: strings quoted as in JSON and cut short when long,
     * numbers and literals as written, objects and arrays by kind.
     */
    static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return quoted(node.textValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    /**
     * Text quoted as a JSON string, cut short when long ({@value #MAX_SHOWN} code points), with
     * invisible characters escaped: how a problem line or any reason meant for people shows a
     * value that came from the record or an event.
     *
     * @param text any text
     * @return the text quoted, escaped, at most about {@value #MAX_SHOWN} code points of it
     */
    public static String quoted(String text) {
        return printable(TextNode.valueOf(cut(text)).toString());
    }

    /** Text cut to {@link #MAX_SHOWN} code points, ending in {@code ...} when cut. */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_SHOWN) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN - 3)) + "...";
    }

    /**
     * Text as it can be shown on one line of a terminal: the characters that are invisible,
     * break the line or change what the rest looks like (control and format characters such
     * as the right-to-left override U+202E, line and paragraph separators, lone surrogates,
     * unassigned code points) are written as {@code \\uXXXX}, as in a JSON string.
     *
     * @param text any text
     * @return the text, with those characters escaped
     */
    public static String printable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (!isShown(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                for (char unit : Character.toChars(c)) {
                    shown.append(String.format("\\u%04x", (int) unit));
                }
            } else if (shown != null) {
                shown.appendCodePoint(c);
            }
            i += width;
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean isShown(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
