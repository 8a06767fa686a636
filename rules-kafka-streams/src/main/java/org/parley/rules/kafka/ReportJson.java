package org.parley.rules.kafka;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * The JSON of what the topology writes: a full report (the shape of the command line's
 * {@code --format json}, without {@code file} and without the outstanding obligations) and the changes one event made.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /**
     * A report as one line of JSON: {@code agreement}, {@code asOf}, {@code compliant},
     * {@code violations} sorted by code then subjects.
     *
     * @param report the report
     * @return its JSON
     */
    public static String report(ValidationReport report) {
        ObjectNode root = head(report);
        root.set("violations", violations(report.violations()));
        return root.toString();
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
        ObjectNode root = NODES.objectNode();
        root.put("agreement", changes.report().agreement());
        root.put("event", event.name());
        root.put("asOf", changes.report().asOf().toString());
        root.put("compliant", changes.report().isCompliant());
        root.set("appeared", violations(changes.appeared()));
        root.set("resolved", violations(changes.resolved()));
        return root.toString();
    }

    private static ObjectNode head(ValidationReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("agreement", report.agreement());
        root.put("asOf", report.asOf().toString());
        root.put("compliant", report.isCompliant());
        return root;
    }

    private static ArrayNode violations(List<Violation> violations) {
        ArrayNode array = NODES.arrayNode();
        violations.stream().sorted().forEach(v -> {
            ObjectNode entry = array.addObject();
            entry.put("code", v.code());
            entry.put("severity", v.severity().name());
            ArrayNode subjects = entry.putArray("subjects");
            v.subjects().forEach(subjects::add);
            entry.put("term", v.term());
            entry.put("rule", v.rule());
            entry.put("message", v.message());
        });
        return array;
    }
}
