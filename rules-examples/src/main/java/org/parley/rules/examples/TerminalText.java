package org.parley.rules.examples;

import org.parley.rules.json.Text;

/**
 * Text as it can be shown on one line of a terminal, for every human-facing output: the
 * problem lines on standard error, the text report, the explanation, replay and
 * check-rules.
 *
 * <p>A value from a record or a rule file may hold characters that are invisible, break
 * the line or change what the rest of the screen looks like: ESC starting an ANSI escape
 * sequence, CR returning to the start of the line, LF, or a Unicode format character such
 * as the right-to-left override U+202E. Each of these is written as {@code \\uXXXX}, as in a
 * JSON string, so that a record cannot draw a line of its own (such as a fake
 * {@code COMPLIANT} summary) in a report.
 */
final class TerminalText {

    private TerminalText() {
    }

    /**
     * The text with every character that is not shown as itself escaped: control and
     * format characters (ESC, CR, LF, U+202E ...), line and paragraph separators, lone
     * surrogates, private-use and unassigned code points, each UTF-16 unit as
     * {@code \\uXXXX}. A backslash is kept as it is: the output is for reading, not for
     * decoding.
     */
    static String printable(String text) {
        // One escaping for the whole project: the scenario reader's, which its problem lines use.
        return Text.printable(text);
    }
}
