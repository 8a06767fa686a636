package org.parley.rules.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.rules.Explanation;
import org.parley.rules.Obligation;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * A validation report for people: a summary line, then one line per violation, errors
 * first, then warnings, then information.
 *
 * <pre>
 * a.json: agreement istanbul-2025-06-02 as of 2025-06-20: NOT COMPLIANT (1 error, 1 warning, 0 info)
 *   ERROR   AGE_LIMIT [RU-0001]: RU-0001, released on basis YOUNG, was 25 on the reference date ...
 *   WARNING CADENCE_MISSED [2025-06-10]: no batch on the scheduled date 2025-06-10
 * </pre>
 *
 * <p>Each line starts with the severity, so that lines can be picked out with grep; within
 * a severity the violations keep the report's order (by code, then subjects). Every value
 * from the record or a rule file is shown {@linkplain TerminalText#printable printable}, so
 * that no value can break a line or draw one of its own. After the violations come,
 * briefly, the obligations still owed as of {@code asOf}: a line
 * {@code OWED KIND [subjects] (due DATE): message} for each of the first
 * {@value #MAX_OBLIGATIONS} in the report's order, then how many more there are.
 * <pre>
 *   OWED    RELEASE [UA-0001] (due 2025-06-20): RU must release UA-0001 (SERIOUSLY_WOUNDED) by 2025-06-20
 *   OWED    ... and 12 more obligations (--format json or html lists them all)
 * </pre>
 */
final class TextReport {

    private static final int SEVERITY_WIDTH = maxSeverityWidth();
    /** The most characters of a matched fact shown. */
    private static final int MAX_FACT = 200;
    /** The most obligations listed; the others are counted. */
    static final int MAX_OBLIGATIONS = 10;

    private TextReport() {
    }

    /** The lines of the report of one file. */
    static List<String> lines(String file, ValidationReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(file, report));
        addViolations(lines, report, null);
        return List.copyOf(lines);
    }

    /**
     * The lines of the report of one file with its explanation: under each violation, a line
     * {@code matched: FACT} for each fact its rule matched ({@link org.parley.rules.MatchedFact#toString()},
     * record facts first, then derived facts, then accumulated values), indented to the code; after the
     * report, a blank line and the rule coverage, every loaded rule by name with how often it
     * fired, those that never fired marked {@code (never fired)}.
     *
     * <pre>
     * a.json: agreement tutorial as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)
     *   ERROR   BATCH_LIMIT [B1, RU]: in batch B1 (2025-06-09) RU released 3 detainees, ...
     *           matched: CustomTerm[type=BATCH_LIMIT, parameters={max=2}]
     *           matched: Batch[id=B1, date=2025-06-09, unilateral=false, transfers=[...]]
     *           matched: computed[$released=[UA-0001, UA-0002, UA-0003]]
     *
     * Rule coverage: 2 of 45 rules fired, 43 never fired
     *    1  BATCH_LIMIT-01 a party released more than the limit in one batch
     *    0  CADENCE_MISSED-01 scheduled date with no batch  (never fired)
     *   12  CLASSIFY-01 ...
     * </pre>
     */
    static List<String> lines(String file, Explanation explanation) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(file, explanation.report()));
        addViolations(lines, explanation.report(), explanation);
        lines.add("");
        lines.addAll(coverage(explanation));
        return List.copyOf(lines);
    }

    /** Adds a line per violation by severity; with an explanation, the facts under each. */
    private static void addViolations(List<String> lines, ValidationReport report, Explanation explanation) {
        String indent = " ".repeat(2 + SEVERITY_WIDTH + 1);
        for (Severity severity : Severity.values()) {
            for (Violation v : report.withSeverity(severity)) {
                lines.add("  " + violation(v));
                if (explanation != null) {
                    explanation.factsOf(v).forEach(fact -> lines.add(indent + "matched: " + shorten(fact.toString())));
                }
            }
        }
        List<Obligation> owed = report.obligations();
        owed.stream().limit(MAX_OBLIGATIONS).forEach(o -> lines.add("  " + obligation(o)));
        if (owed.size() > MAX_OBLIGATIONS) {
            int more = owed.size() - MAX_OBLIGATIONS;
            lines.add("  " + pad("OWED") + " ... and " + more + " more obligation" + (more == 1 ? "" : "s")
                    + " (--format json or html lists them all)");
        }
    }

    /** An obligation on one line: {@code OWED KIND [subjects] (due DATE): message}. */
    static String obligation(Obligation o) {
        return TerminalText.printable(pad("OWED") + " " + o.kind() + " [" + String.join(", ", o.subjects()) + "]"
                + o.due().map(d -> " (due " + d + ")").orElse("") + ": " + o.message());
    }

    /** The summary line of a report: {@code FILE: agreement ID as of DATE: COMPLIANT (counts)}. */
    static String summary(String file, ValidationReport report) {
        return TerminalText.printable(file + ": agreement " + report.agreement() + " as of " + report.asOf() + ": "
                + (report.isCompliant() ? "COMPLIANT" : "NOT COMPLIANT") + " ("
                + count(report.errors().size(), "error") + ", "
                + count(report.warnings().size(), "warning") + ", "
                + report.withSeverity(Severity.INFO).size() + " info)");
    }

    /** A violation on one line: {@code SEVERITY CODE [subjects]: message}, the severity padded. */
    static String violation(Violation v) {
        return TerminalText.printable(pad(v.severity().name()) + " " + v.code() + " ["
                + String.join(", ", v.subjects()) + "]: " + v.message());
    }

    private static List<String> coverage(Explanation explanation) {
        Map<String, Long> firings = new TreeMap<>(explanation.firings());
        long fired = firings.values().stream().filter(n -> n > 0).count();
        int width = firings.values().stream().mapToInt(n -> Long.toString(n).length()).max().orElse(1);
        List<String> lines = new ArrayList<>();
        lines.add("Rule coverage: " + fired + " of " + count(firings.size(), "rule") + " fired, "
                + (firings.size() - fired) + " never fired");
        firings.forEach((rule, n) -> lines.add("  " + " ".repeat(width - Long.toString(n).length()) + n + "  "
                + TerminalText.printable(rule) + (n == 0 ? "  (never fired)" : "")));
        return lines;
    }

    /** A fact on one line, printable and cut short: a batch prints with all its transfers. */
    private static String shorten(String fact) {
        String line = TerminalText.printable(fact.strip());
        return line.length() <= MAX_FACT ? line : line.substring(0, MAX_FACT - 3) + "...";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String word) {
        return word + " ".repeat(SEVERITY_WIDTH - word.length());
    }

    private static int maxSeverityWidth() {
        int width = 0;
        for (Severity s : Severity.values()) {
            width = Math.max(width, s.name().length());
        }
        return width;
    }
}
