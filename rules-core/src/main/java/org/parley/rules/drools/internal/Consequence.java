package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule's consequence as written: its code and the offset in the file where it starts.
 *
 * @param code   the code between {@code then} and {@code end}
 * @param offset where the code starts in the file
 */
record Consequence(String code, int offset) {

    /** The consequence of a parsed rule, found in the file's text. */
    static Optional<Consequence> of(String text, RuleDescr rule) {
        if (!(rule.getConsequence() instanceof String code) || code.isBlank()) {
            return Optional.empty();
        }
        int from = Math.max(0, rule.getStartCharacter());
        int at = text.indexOf(code, from);
        if (at < 0) {
            String trimmed = code.strip();
            at = text.indexOf(trimmed, from);
            if (at < 0) {
                return Optional.empty();
            }
            return Optional.of(new Consequence(trimmed, at));
        }
        return Optional.of(new Consequence(code, at));
    }

    /**
     * The arguments of a call whose opening parenthesis ends at {@code open}: for each, its
     * start and end offsets in {@code code}. Strings, characters and nested brackets are
     * skipped whole.
     */
    static List<int[]> arguments(String code, int open) {
        List<int[]> args = new ArrayList<>();
        int depth = 0;
        int start = open;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(code, i, c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (i > start || !args.isEmpty()) {
                        args.add(new int[] {start, i});
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return args;
    }

    private static int skipLiteral(String code, int i, char quote) {
        for (int j = i + 1; j < code.length(); j++) {
            char c = code.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == quote) {
                return j;
            }
        }
        return code.length() - 1;
    }
}
