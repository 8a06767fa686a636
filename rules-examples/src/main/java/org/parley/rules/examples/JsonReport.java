package org.parley.rules.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * A validation report for programs: one JSON document on one line, so that the reports of
 * several files make newline-delimited JSON.
 *
 * <pre>{@code
 * {"file":"a.json","agreement":"istanbul-2025-06-02","asOf":"2025-06-20","compliant":false,
 *  "violations":[{"code":"AGE_LIMIT","severity":"ERROR","subjects":["RU-0001"],"term":"AGE_LIMIT",
 *  "rule":"...","message":"..."}],
 *  "obligations":[{"kind":"RELEASE","term":"ALL_FOR_ALL","party":"RU","subjects":["UA-0001"],
 *  "due":"2025-06-20","count":null,"rule":"...","message":"RU must release UA-0001 (SERIOUSLY_WOUNDED) by 2025-06-20"}]}
 * }</pre>
 * (shown here on several lines). The fields come in exactly this order, the violations and
 * the obligations in the report's order, so that the output of the same input is the same
 * text. An obligation has every field; {@code party} (both parties owe it), {@code due} (no
 * date: as soon as possible) and {@code count} (not a number) are {@code null} when absent.
 */
final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    /** The report of one file as one line of JSON, without the line break. */
    static String line(String file, ValidationReport report) {
        return write(json -> document(json, file, report, null));
    }

    /**
     * The report of one file with its explanation, as one line of JSON: the fields of
     * {@link #line(String, ValidationReport)}, each violation followed by {@code "matched"},
     * the facts its rule matched, and the document by {@code "coverage"}, every loaded rule
     * by name (sorted) with how often it fired.
     *
     * <pre>{@code
     * {"file":"a.json",...,"violations":[{"code":...,"message":"...",
     *   "matched":[{"kind":"Batch","origin":"RECORD","fields":{"id":"B1",...}},...]}],
     *  "coverage":{"AGE_LIMIT-01 ...":0,"BATCH_LIMIT-01 ...":1,...}}
     * }</pre>
     */
    static String line(String file, Explanation explanation) {
        return write(json -> document(json, file, explanation.report(), explanation));
    }

    /** Writes the document of one report; with an explanation, its matched facts and coverage too. */
    static void document(JsonGenerator json, String file, ValidationReport report, Explanation explanation)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        json.writeStringField("agreement", report.agreement());
        json.writeStringField("asOf", report.asOf().toString());
        json.writeBooleanField("compliant", report.isCompliant());
        json.writeArrayFieldStart("violations");
        for (Violation v : report.violations()) {
            violation(json, v, explanation);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("obligations");
        for (Obligation o : report.obligations()) {
            obligation(json, o);
        }
        json.writeEndArray();
        if (explanation != null) {
            json.writeObjectFieldStart("coverage");
            for (Map.Entry<String, Long> rule : new TreeMap<>(explanation.firings()).entrySet()) {
                json.writeNumberField(rule.getKey(), rule.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Writes one violation; with an explanation, the facts its rule matched too. */
    static void violation(JsonGenerator json, Violation v, Explanation explanation) throws IOException {
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
        if (explanation != null) {
            json.writeArrayFieldStart("matched");
            for (MatchedFact fact : explanation.factsOf(v)) {
                json.writeStartObject();
                json.writeStringField("kind", fact.kind());
                json.writeStringField("origin", fact.origin().name());
                json.writeObjectFieldStart("fields");
                for (Map.Entry<String, Optional<String>> field : fact.fields().entrySet()) {
                    if (field.getValue().isPresent()) {
                        json.writeStringField(field.getKey(), field.getValue().get());
                    } else {
                        json.writeNullField(field.getKey());
                    }
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Writes one obligation, every field present, {@code null} for what is absent. */
    static void obligation(JsonGenerator json, Obligation o) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", o.kind());
        json.writeStringField("term", o.term());
        json.writeStringField("party", o.party().orElse(null));
        json.writeArrayFieldStart("subjects");
        for (String subject : o.subjects()) {
            json.writeString(subject);
        }
        json.writeEndArray();
        json.writeStringField("due", o.due().map(Object::toString).orElse(null));
        if (o.count().isPresent()) {
            json.writeNumberField("count", o.count().getAsLong());
        } else {
            json.writeNullField("count");
        }
        json.writeStringField("rule", o.rule());
        json.writeStringField("message", o.message());
        json.writeEndObject();
    }

    /** What writes one JSON value. */
    @FunctionalInterface
    interface Writing {
        /** Writes with the generator. */
        void writeTo(JsonGenerator json) throws IOException;
    }

    /** The text that {@code writing} writes, on one line. */
    static String write(Writing writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            writing.writeTo(json);
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a bug in the generator.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
