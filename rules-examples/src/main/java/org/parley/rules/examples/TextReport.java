package org.parley.rules.examples;

import java.util.ArrayList;
import java.util.List;
import org.parley.rules.Severity;
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
 * a severity the violations keep the report's order (by code, then subjects).
 */
final class TextReport {

    private static final int SEVERITY_WIDTH = maxSeverityWidth();

    private TextReport() {
    }

    /** The lines of the report of one file. */
    static List<String> lines(String file, ValidationReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(file + ": agreement " + report.agreement() + " as of " + report.asOf() + ": "
                + (report.isCompliant() ? "COMPLIANT" : "NOT COMPLIANT") + " ("
                + count(report.errors().size(), "error") + ", "
                + count(report.warnings().size(), "warning") + ", "
                + report.withSeverity(Severity.INFO).size() + " info)");
        for (Severity severity : Severity.values()) {
            for (Violation v : report.withSeverity(severity)) {
                lines.add("  " + pad(severity.name()) + " " + v.code() + " [" + String.join(", ", v.subjects()) + "]: "
                        + v.message());
            }
        }
        return List.copyOf(lines);
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
