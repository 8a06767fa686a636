package org.parley.rules.drools.internal;

/** Line and column (from 1) of a character offset in a text, and back. */
final class Positions {

    private Positions() {
    }

    /** The line, from 1, of an offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column, from 1, of an offset. */
    static int column(String text, int offset) {
        int end = Math.min(Math.max(0, offset), text.length());
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return end - lineStart + 1;
    }

    /** The offset at which a line (from 1) starts; the text's end past its last line. */
    static int lineStart(String text, int line) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        return at;
    }
}
