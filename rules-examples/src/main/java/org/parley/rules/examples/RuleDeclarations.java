package org.parley.rules.examples;

/**
 * Counts the rules a rule file (DRL) declares, for {@code check-rules}.
 *
 * <p>A rule is declared by the keyword {@code rule} first on its line, followed by a name
 * (quoted, or a plain word). Comments ({@code //}, {@code /* *}{@code /}) and string
 * literals (double-quoted, single-quoted, Java text blocks) are skipped, so that a rule
 * commented out, or the word in a message, is not counted; queries are not rules. The
 * compiler, not this count, decides whether the file is valid: the count is only reported
 * for files that compiled.
 */
final class RuleDeclarations {

    private RuleDeclarations() {
    }

    /** How many rules the text declares. */
    static int count(String drl) {
        int count = 0;
        int n = drl.length();
        boolean lineStart = true;
        int i = 0;
        while (i < n) {
            char c = drl.charAt(i);
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (drl.startsWith("//", i)) {
                i = drl.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                // A comment that spans lines leaves the text after it first on its line.
                lineStart = lineStart || drl.substring(i, end < 0 ? n : end).indexOf('\n') >= 0;
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = skipString(drl, i);
                lineStart = false;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(drl.charAt(end))) {
                    end++;
                }
                if (lineStart && drl.substring(i, end).equals("rule") && namesFollow(drl, end)) {
                    count++;
                }
                lineStart = false;
                i = end;
            } else {
                lineStart = false;
                i++;
            }
        }
        return count;
    }

    /** Whether whitespace and then a rule name (quoted, or a word) come at {@code from}. */
    private static boolean namesFollow(String drl, int from) {
        int i = from;
        while (i < drl.length() && Character.isWhitespace(drl.charAt(i))) {
            i++;
        }
        if (i == from || i == drl.length()) {
            return false;
        }
        char c = drl.charAt(i);
        return c == '"' || c == '\'' || Character.isJavaIdentifierStart(c);
    }

    /** The index after the string literal that starts at {@code start}. */
    private static int skipString(String drl, int start) {
        if (drl.startsWith("\"\"\"", start)) {
            int end = drl.indexOf("\"\"\"", start + 3);
            return end < 0 ? drl.length() : end + 3;
        }
        char quote = drl.charAt(start);
        int i = start + 1;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                // An unclosed string ends at the line's end, so that one stray quote does not
                // swallow the rest of the file.
                return i;
            } else {
                i++;
            }
        }
        return drl.length();
    }
}
