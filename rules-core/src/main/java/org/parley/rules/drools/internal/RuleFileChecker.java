package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.parley.rules.RuleProblem;

/**
 * Parses rule files and checks what the compiler does not: every rule either reports
 * violations and carries {@code @term}, {@code @code} (UPPER_SNAKE_CASE) and
 * {@code @severity} (ERROR, WARNING, INFO, or TERM when the term chooses the severity and the
 * consequence passes it), or reports obligations and carries {@code @term} and
 * {@code @obligation} (the kind, UPPER_SNAKE_CASE), or derives facts and carries {@code @derives};
 * rule names are unique within a package across all files. Problems come as
 * {@code FILE:LINE:COLUMN: message}, with the position the parser gives.
 *
 * <p>Not thread-safe: use one checker per set of files.
 */
public final class RuleFileChecker {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** The parser's own "[ERR 101] Line 5:14 " prefix, with a 0-based column: replaced by ours. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");
    private static final Pattern MISMATCHED_KEYWORD = Pattern.compile("^mismatched input '(then|end)'");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO", "TERM");
    private static final String EXPECTED_SEVERITY = "expected ERROR, WARNING, INFO or TERM";
    /** The reporting helper's form that takes the severity from {@code @severity}: the code comes second. */
    private static final Pattern METADATA_SEVERITY_CALL =
            Pattern.compile("Report\\s*\\.\\s*violation\\s*\\(\\s*(drools|kcontext)\\s*,\\s*\"");

    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<String, String> ruleNames;

    /** A checker for a set of files that no other rules are beside. */
    public RuleFileChecker() {
        this(Map.of());
    }

    /**
     * A checker for a set of files compiled beside other rules.
     *
     * @param taken the other rules' names ({@code package.name}) and where each is written
     */
    RuleFileChecker(Map<String, String> taken) {
        this.ruleNames = new HashMap<>(taken);
    }

    /**
     * Parses and checks one file.
     *
     * @param file   the name used in problems, such as a path
     * @param source the file's text
     * @return the parsed file, or empty when it does not parse
     */
    public Optional<PackageDescr> check(String file, String source) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file, 1, 1, e.getMessage()));
            return Optional.empty();
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(unclosed(file, source, problemAt(file, error,
                        PARSER_POSITION.matcher(error.getMessage()).replaceFirst(""))));
            }
            if (parser.getErrors().isEmpty()) {
                problems.add(new RuleProblem(file, 1, 1, "the file could not be parsed"));
            }
            return Optional.empty();
        }
        for (RuleDescr rule : pkg.getRules()) {
            if (!rule.isQuery()) {
                checkRule(file, pkg.getName(), rule);
            }
        }
        return Optional.of(pkg);
    }

    private void checkRule(String file, String pkg, RuleDescr rule) {
        int line = Math.max(1, rule.getLine());
        int column = Math.max(1, rule.getColumn() + 1);
        String name = "rule \"" + rule.getName() + "\": ";
        String where = file + ":" + line + ":" + column;
        String previous = ruleNames.putIfAbsent(pkg + "." + rule.getName(), where);
        if (previous != null) {
            problems.add(new RuleProblem(file, line, column, name + "the name is already used in package " + pkg
                    + " (" + previous + ")"));
        }
        if (rule.getAnnotation("derives") != null) {
            return;
        }
        if (rule.getAnnotation("obligation") != null) {
            checkObligationRule(file, line, column, name, rule);
            return;
        }
        String term = value(rule, "term");
        String code = value(rule, "code");
        String severity = value(rule, "severity");
        if (term == null) {
            problems.add(new RuleProblem(file, line, column, name + "has no @term metadata; a rule that reports names "
                    + "its term, e.g. @term(\"AGE_LIMIT\") (a rule that only derives facts carries @derives instead)"));
        }
        if (code == null) {
            problems.add(new RuleProblem(file, line, column, name + "has no @code metadata; e.g. @code(\"AGE_LIMIT\")"));
        } else if (!UPPER_SNAKE.matcher(code).matches()) {
            problems.add(new RuleProblem(file, line, column, name + "@code(\"" + code + "\") is not UPPER_SNAKE_CASE"));
        }
        if (severity == null) {
            problems.add(new RuleProblem(file, line, column,
                    name + "has no @severity metadata; " + EXPECTED_SEVERITY));
        } else if (!SEVERITIES.contains(severity)) {
            problems.add(new RuleProblem(file, line, column, name + "@severity(\"" + severity
                    + "\") is not a severity; " + EXPECTED_SEVERITY));
        } else if (severity.equals("TERM") && rule.getConsequence() != null
                && METADATA_SEVERITY_CALL.matcher(rule.getConsequence().toString()).find()) {
            problems.add(new RuleProblem(file, line, column, name + "declares @severity(\"TERM\") but reports with "
                    + "Report.violation(drools, \"CODE\", ...), which takes the severity from @severity; pass the "
                    + "term's: Report.violation(drools, $term.severity(), \"CODE\", ...)"));
        }
    }

    private void checkObligationRule(String file, int line, int column, String name, RuleDescr rule) {
        String kind = value(rule, "obligation");
        if (value(rule, "term") == null) {
            problems.add(new RuleProblem(file, line, column, name + "has no @term metadata; a rule that reports an "
                    + "obligation names its term, e.g. @term(\"ALL_FOR_ALL\") @obligation(\"RELEASE\")"));
        }
        if (kind == null || !UPPER_SNAKE.matcher(kind).matches()) {
            problems.add(new RuleProblem(file, line, column, name + "@obligation(\"" + (kind == null ? "" : kind)
                    + "\") is not UPPER_SNAKE_CASE"));
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

    /**
     * A parse error at a keyword ({@code then}, {@code end}) after a '(' that is never closed
     * is a missing ')': reported right after the text that should end with it.
     */
    private static RuleProblem unclosed(String file, String source, RuleProblem problem) {
        java.util.regex.Matcher keyword = MISMATCHED_KEYWORD.matcher(problem.message());
        if (!keyword.find()) {
            return problem;
        }
        int at = Math.min(source.length(), Positions.lineStart(source, problem.line()) + problem.column() - 1);
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < at; i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i++;
                while (i < at && source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '/' && i + 1 < at && source.charAt(i + 1) == '/') {
                while (i < at && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return problem;
        }
        int end = at;
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int opened = open.peek();
        return new RuleProblem(file, Positions.line(source, end), Positions.column(source, end),
                "missing ')' before '" + keyword.group(1) + "': the '(' at " + Positions.line(source, opened) + ":"
                        + Positions.column(source, opened) + " is not closed");
    }

    private static RuleProblem problemAt(String file, DroolsError error, String message) {
        if (error instanceof ParserError parserError) {
            return new RuleProblem(file, Math.max(1, parserError.getRow()), Math.max(1, parserError.getCol() + 1),
                    message);
        }
        int[] lines = error.getLines();
        return new RuleProblem(file, lines.length > 0 ? Math.max(1, lines[0]) : 1, 1, message);
    }

    /** The problems found so far, in the order found. */
    public List<RuleProblem> problems() {
        return List.copyOf(problems);
    }
}
