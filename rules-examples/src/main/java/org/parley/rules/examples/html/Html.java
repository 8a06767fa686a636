package org.parley.rules.examples.html;

/**
 * Escaping of every value that comes from a record before it enters the page, in text and
 * in attribute values alike (all attributes are written in double quotes).
 *
 * <p>{@code & < > " '} become character references, so no value can open or close an
 * element, an attribute or a comment, in HTML or in the inline SVG. Characters that HTML
 * does not allow in a document (controls other than tab, line feed and carriage return,
 * noncharacters, unpaired surrogates) become U+FFFD, so that the page stays well formed.
 */
final class Html {

    private Html() {
    }

    /** The value escaped for an element's text or a double-quoted attribute value. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder(value.length() + 16);
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            int width = Character.charCount(c);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        s.appendCodePoint(c);
                    } else {
                        s.append('\uFFFD');
                    }
                }
            }
            i += width;
        }
        return s.toString();
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return false;
        }
        return !((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
    }
}
