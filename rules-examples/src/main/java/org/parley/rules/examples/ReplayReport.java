package org.parley.rules.examples;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.json.JsonReport;

/**
 * How {@code parley replay} prints its steps.
 *
 * <p>Only steps in which something changed are printed (see {@link ScenarioReplay}).
 *
 * <p>Text, for people: per step a line {@code DATE: +N -M} (N violations appeared, M were
 * resolved; {@code DATE (judged as of ASOF): ...} when the step is judged at an earlier
 * date), then the violations that appeared, {@code   + SEVERITY CODE [subjects]: message},
 * and those resolved, {@code   - ...}, each in report order; after the last step the
 * summary line of {@code validate} for the final report.
 * <pre>
 * 2025-06-09: +1 -0
 *   + ERROR   PARITY [replay]: ...
 * 2025-06-10: +0 -1
 *   - ERROR   PARITY [replay]: ...
 * replay.json: agreement replay as of 2025-06-10: COMPLIANT (0 errors, 0 warnings, 0 info)
 * </pre>
 *
 * <p>JSON, for programs: newline-delimited, one object per step,
 * {@code {"date":"2025-06-09","asOf":"2025-06-09","appeared":[...],"resolved":[...]}} with
 * violations as in {@code validate}'s documents, then a last line
 * {@code {"final":{...}}} holding {@code validate}'s document for the final report.
 */
final class ReplayReport {

    private ReplayReport() {
    }

    /** The lines of one step, in text. */
    static List<String> lines(ScenarioReplay.Step step) {
        ReportChanges changes = step.changes();
        List<String> lines = new ArrayList<>();
        lines.add(step.date() + judgedNote(step) + ": +" + changes.appeared().size() + " -" + changes.resolved().size());
        changes.appeared().forEach(v -> lines.add("  + " + TextReport.violation(v)));
        changes.resolved().forEach(v -> lines.add("  - " + TextReport.violation(v)));
        return List.copyOf(lines);
    }

    /** The last line in text: the summary of the final report. */
    static String summary(String file, ValidationReport report) {
        return TextReport.summary(file, report);
    }

    /**
     * One step of a replay in JSON.
     *
     * @param date     the step's date
     * @param asOf     the date it was judged at
     * @param appeared the violations that appeared
     * @param resolved the violations that were resolved
     */
    record StepEntry(String date, String asOf, List<JsonReport.ViolationEntry> appeared,
                     List<JsonReport.ViolationEntry> resolved) {
    }

    /**
     * The last line of a replay in JSON.
     *
     * @param document the document that validate prints
     */
    record FinalEntry(@JsonProperty("final") JsonReport.Document document) {
    }

    /** One step as one line of JSON. */
    static String line(ScenarioReplay.Step step) {
        return JsonReport.write(new StepEntry(step.date().toString(), step.changes().report().asOf().toString(),
                step.changes().appeared().stream().map(v -> JsonReport.ViolationEntry.of(v, null)).toList(),
                step.changes().resolved().stream().map(v -> JsonReport.ViolationEntry.of(v, null)).toList()));
    }

    /** The last line in JSON: {@code {"final":DOCUMENT}}, the document that validate prints. */
    static String finalLine(String file, ValidationReport report) {
        return JsonReport.write(new FinalEntry(JsonReport.Document.of(file, report, null)));
    }

    /** What follows a step's date when the step is judged at an earlier date, else nothing. */
    private static String judgedNote(ScenarioReplay.Step step) {
        return step.changes().report().asOf().equals(step.date()) ? ""
                : " (judged as of " + step.changes().report().asOf() + ")";
    }
}
