package org.parley.rules.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * A validation report for programs: one JSON document on one line, so that the reports of
 * several files make newline-delimited JSON.
 *
 * <pre>{@code
 * {"file":"a.json","agreement":"istanbul-2025-06-02","asOf":"2025-06-20","compliant":false,
 *  "violations":[{"code":"AGE_LIMIT","severity":"ERROR","subjects":["RU-0001"],"term":"AGE_LIMIT",
 *  "rule":"...","message":"..."}]}
 * }</pre>
 * (shown here on several lines). The fields come in exactly this order and the violations
 * in the report's order, so that the output of the same input is the same text.
 */
final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    /** The report of one file as one line of JSON, without the line break. */
    static String line(String file, ValidationReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("agreement", report.agreement());
            json.writeStringField("asOf", report.asOf().toString());
            json.writeBooleanField("compliant", report.isCompliant());
            json.writeArrayFieldStart("violations");
            for (Violation v : report.violations()) {
                json.writeStartObject();
                json.writeStringField("code", v.code());
                json.writeStringField("severity", v.severity().name());
                json.writeArrayFieldStart("subjects");
                for (String subject : v.subjects()) {
                    json.writeString(subject);
                }
                json.writeEndArray();
                json.writeStringField("term", v.term());
                json.writeStringField("rule", v.rule());
                json.writeStringField("message", v.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a bug in the generator.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
