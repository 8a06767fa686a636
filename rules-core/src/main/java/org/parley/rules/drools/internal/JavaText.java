package org.parley.rules.drools.internal;

/**
 * Java source text as the Java compiler reads it: unicode escapes decoded first (so that
 * {@code \u000a} ends a {@code //} comment and {@code \u0022} ends a string, as they do for
 * javac), then comments, string literals, text blocks and character literals blanked out.
 */
final class JavaText {

    private JavaText() {
    }

    /**
     * Text with its unicode escapes decoded, and where each of its characters was in the
     * original.
     */
    static final class Decoded {
        private final String text;
        private final int[] original;

        private Decoded(String text, int[] original) {
            this.text = text;
            this.original = original;
        }

        String text() {
            return text;
        }

        /** The offset in the original text of a character of the decoded one. */
        int original(int offset) {
            return offset >= original.length ? original[original.length - 1] + 1 : original[offset];
        }
    }

    /** Decodes {@code \}{@code uXXXX} escapes the way JLS 3.3 does (an even run of backslashes escapes none). */
    static Decoded decode(String text) {
        StringBuilder s = new StringBuilder(text.length());
        int[] original = new int[text.length() + 1];
        int i = 0;
        int backslashes = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length() && isHex(text, j)) {
                    original[s.length()] = i;
                    s.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                    i = j + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            original[s.length()] = i;
            s.append(c);
            i++;
        }
        original[s.length()] = text.length();
        int[] trimmed = new int[s.length() + 1];
        System.arraycopy(original, 0, trimmed, 0, s.length() + 1);
        return new Decoded(s.toString(), trimmed);
    }

    private static boolean isHex(String text, int at) {
        for (int k = at; k < at + 4; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text with comments, strings, text blocks and character literals replaced by spaces, lines kept. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder s = new StringBuilder(text);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    s.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = blank(s, i, end < 0 ? s.length() : end + 2);
            } else if (text.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < s.length() && !text.startsWith("\"\"\"", end)) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                i = blank(s, i, Math.min(s.length(), end + 3));
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                i = blank(s, i, Math.min(s.length(), end + 1));
            } else {
                i++;
            }
        }
        return s.toString();
    }

    private static int blank(StringBuilder s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != '\n' && s.charAt(k) != '\r') {
                s.setCharAt(k, ' ');
            }
        }
        return to;
    }
}
