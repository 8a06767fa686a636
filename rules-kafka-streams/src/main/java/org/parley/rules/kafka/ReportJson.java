package org.parley.rules.kafka;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.json.JsonReport;

/**
 * The JSON of what the topology writes, by Jackson databind from rules-json's records: a
 * full report (the shape of the command line's {@code --format json}, without {@code file})
 * and the changes one event made.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * A report as one line of JSON: {@code agreement}, {@code asOf}, {@code compliant},
     * {@code violations} sorted by code then subjects, and the outstanding
     * {@code obligations} in the report's order, each as {@link JsonReport} writes them.
     *
     * @param report the report
     * @return its JSON
     */
    public static String report(ValidationReport report) {
        return JsonReport.write(new JsonReport.Document(null, report.agreement(), report.asOf().toString(),
                report.isCompliant(), entries(report.violations()),
                report.obligations().stream().map(JsonReport.ObligationEntry::of).toList(), null));
    }

    /**
     * What an event changed, as one line of JSON: {@code agreement}, {@code event} (its
     * type), {@code asOf} and {@code compliant} after it, the violations that
     * {@code appeared} and those {@code resolved}, each sorted by code then subjects.
     *
     * @param event   the type of the event
     * @param changes what changed
     * @return its JSON
     */
    public static String delta(EventType event, ReportChanges changes) {
        ValidationReport after = changes.report();
        return JsonReport.write(new Delta(after.agreement(), event.name(), after.asOf().toString(),
                after.isCompliant(), entries(changes.appeared()), entries(changes.resolved())));
    }

    /** The document of one event's changes. */
    @JsonPropertyOrder({"agreement", "event", "asOf", "compliant", "appeared", "resolved"})
    record Delta(String agreement, String event, String asOf, boolean compliant,
                 List<JsonReport.ViolationEntry> appeared, List<JsonReport.ViolationEntry> resolved) {
    }

    private static List<JsonReport.ViolationEntry> entries(List<Violation> violations) {
        return violations.stream().sorted().map(v -> JsonReport.ViolationEntry.of(v, null)).toList();
    }
}
