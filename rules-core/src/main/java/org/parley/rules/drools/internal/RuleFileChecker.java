package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Parses rule files and checks what the compiler does not: every rule either reports
 * violations and carries {@code @term}, {@code @code} (UPPER_SNAKE_CASE) and
 * {@code @severity} (ERROR, WARNING or INFO), or derives facts and carries {@code @derives};
 * rule names are unique within a package across all files. Problems come as
 * {@code FILE:LINE:COLUMN: message}, with the position the parser gives.
 *
 * <p>Not thread-safe: use one checker per set of files.
 */
public final class RuleFileChecker {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** The parser's own "[ERR 101] Line 5:14 " prefix, with a 0-based column: replaced by ours. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> ruleNames = new HashMap<>();

    /**
     * Parses and checks one file.
     *
     * @param file   the name used in problems, such as a path
     * @param source the file's text
     */
    public void check(String file, String source) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source);
        } catch (DroolsParserException e) {
            problems.add(file + ":1:1: " + e.getMessage());
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(position(file, error) + ": " + PARSER_POSITION.matcher(error.getMessage()).replaceFirst(""));
            }
            if (parser.getErrors().isEmpty()) {
                problems.add(file + ":1:1: the file could not be parsed");
            }
            return;
        }
        for (RuleDescr rule : pkg.getRules()) {
            if (!rule.isQuery()) {
                checkRule(file, pkg.getName(), rule);
            }
        }
    }

    private void checkRule(String file, String pkg, RuleDescr rule) {
        String where = file + ":" + rule.getLine() + ":" + (rule.getColumn() + 1) + ": rule \"" + rule.getName() + "\"";
        String previous = ruleNames.putIfAbsent(pkg + "." + rule.getName(), where);
        if (previous != null) {
            problems.add(where + ": the name is already used in package " + pkg + " (" + previous.substring(0,
                    previous.indexOf(": rule")) + ")");
        }
        if (rule.getAnnotation("derives") != null) {
            return;
        }
        String term = value(rule, "term");
        String code = value(rule, "code");
        String severity = value(rule, "severity");
        if (term == null) {
            problems.add(where + ": has no @term metadata; a rule that reports names its term, "
                    + "e.g. @term(\"AGE_LIMIT\") (a rule that only derives facts carries @derives instead)");
        }
        if (code == null) {
            problems.add(where + ": has no @code metadata; e.g. @code(\"AGE_LIMIT\")");
        } else if (!UPPER_SNAKE.matcher(code).matches()) {
            problems.add(where + ": @code(\"" + code + "\") is not UPPER_SNAKE_CASE");
        }
        if (severity == null) {
            problems.add(where + ": has no @severity metadata; expected ERROR, WARNING or INFO");
        } else if (!SEVERITIES.contains(severity)) {
            problems.add(where + ": @severity(\"" + severity + "\") is not a severity; expected ERROR, WARNING or INFO");
        }
    }

    private static String value(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getSingleValueStripped() == null) {
            return null;
        }
        String value = annotation.getSingleValueStripped().toString().strip();
        return value.isEmpty() ? null : value;
    }

    private static String position(String file, DroolsError error) {
        if (error instanceof ParserError parserError) {
            return file + ":" + Math.max(1, parserError.getRow()) + ":" + (parserError.getCol() + 1);
        }
        int[] lines = error.getLines();
        return file + ":" + (lines.length > 0 ? Math.max(1, lines[0]) : 1) + ":1";
    }

    /** The problems found so far, in the order found. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
