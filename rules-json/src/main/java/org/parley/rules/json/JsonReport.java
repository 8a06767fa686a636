package org.parley.rules.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.rules.Explanation;
import org.parley.rules.MatchedFact;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * Validation reports as JSON documents, one line each, written by Jackson databind from the
 * small records of this class:
 * <pre>{@code
 * {"file":"a.json","agreement":"istanbul-2025-06-02","asOf":"2025-06-20","compliant":false,
 *  "violations":[{"code":"AGE_LIMIT","severity":"ERROR","subjects":["RU-0001"],"term":"AGE_LIMIT",
 *                 "rule":"...","message":"..."}],
 *  "obligations":[{"kind":"RELEASE","term":"ALL_FOR_ALL","party":"RU","subjects":["UA-0001"],
 *                  "due":"2025-06-20","count":null,"rule":"...",
 *                  "message":"RU must release UA-0001 (SERIOUSLY_WOUNDED) by 2025-06-20"}]}
 * }</pre>
 * The fields come in exactly this order, the violations and the obligations in the report's
 * order, so that the output of the same input is the same text. An obligation has every
 * field; {@code party} (both parties owe it), {@code due} (no date: as soon as possible) and
 * {@code count} (not a number) are {@code null} when absent.
 * With an {@link Explanation}, each violation also has {@code matched} (the facts its rule
 * matched: {@code {"kind":"Batch","origin":"RECORD","fields":{"id":"B1",...}}}) and the
 * document a {@code coverage} object (how often each rule fired, by name).
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonReport() {
    }

    /**
     * One violation of a report.
     *
     * @param code     the violation's code
     * @param severity ERROR, WARNING or INFO
     * @param subjects the ids it is about
     * @param term     the term whose rule found it
     * @param rule     the rule's name
     * @param message  the message for a person
     * @param matched  the facts the rule matched, when explained; else absent from the JSON
     */
    @JsonPropertyOrder({"code", "severity", "subjects", "term", "rule", "message", "matched"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ViolationEntry(String code, String severity, List<String> subjects, String term, String rule,
                                 String message, List<FactEntry> matched) {

        /**
         * The entry of a violation.
         *
         * @param v           the violation
         * @param explanation the explanation it comes from, or null for none
         * @return the entry
         */
        public static ViolationEntry of(Violation v, Explanation explanation) {
            return new ViolationEntry(v.code(), v.severity().name(), v.subjects(), v.term(), v.rule(), v.message(),
                    explanation == null ? null : explanation.factsOf(v).stream().map(FactEntry::of).toList());
        }
    }

    /**
     * One outstanding obligation of a report; every field is written, {@code null} when absent.
     *
     * @param kind     what is owed, such as {@code RELEASE}
     * @param term     the term that requires it
     * @param party    the party that owes it, or null when both do
     * @param subjects the ids it is about
     * @param due      the date it is due by, or null for as soon as possible
     * @param count    how many are owed, or null when it is not a number
     * @param rule     the rule's name
     * @param message  the message for a person
     */
    @JsonPropertyOrder({"kind", "term", "party", "subjects", "due", "count", "rule", "message"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ObligationEntry(String kind, String term, String party, List<String> subjects, String due,
                                  Long count, String rule, String message) {

        /**
         * The entry of an obligation.
         *
         * @param o the obligation
         * @return the entry
         */
        public static ObligationEntry of(Obligation o) {
            return new ObligationEntry(o.kind(), o.term(), o.party().orElse(null), o.subjects(),
                    o.due().map(Object::toString).orElse(null),
                    o.count().isPresent() ? Long.valueOf(o.count().getAsLong()) : null, o.rule(), o.message());
        }
    }

    /**
     * A fact a violation's rule matched, as the explanation gives it.
     *
     * @param kind   what the fact is, such as {@code Batch}
     * @param origin where it comes from: the record, a derived fact, a computed value
     * @param fields its fields in order, an absent value as JSON {@code null}
     */
    @JsonPropertyOrder({"kind", "origin", "fields"})
    public record FactEntry(String kind, String origin, Map<String, String> fields) {

        /**
         * The entry of a matched fact.
         *
         * @param fact the fact
         * @return the entry
         */
        public static FactEntry of(MatchedFact fact) {
            Map<String, String> fields = new LinkedHashMap<>();
            fact.fields().forEach((name, value) -> fields.put(name, value.orElse(null)));
            return new FactEntry(fact.kind(), fact.origin().name(), Collections.unmodifiableMap(fields));
        }
    }

    /**
     * The document of one report.
     *
     * @param file       the file validated, as named
     * @param agreement  the agreement's id
     * @param asOf       the date the record was judged at
     * @param compliant  whether it has no ERROR violation
     * @param violations the violations, in the report's order
     * @param obligations the outstanding obligations, in the report's order
     * @param coverage   how often each rule fired, by rule name, when explained; else absent
     */
    @JsonPropertyOrder({"file", "agreement", "asOf", "compliant", "violations", "obligations", "coverage"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String file, String agreement, String asOf, boolean compliant,
                          List<ViolationEntry> violations, List<ObligationEntry> obligations,
                          Map<String, Long> coverage) {

        /**
         * The document of a report.
         *
         * @param file        the file validated, as named
         * @param report      the report
         * @param explanation its explanation, or null for none
         * @return the document
         */
        public static Document of(String file, ValidationReport report, Explanation explanation) {
            return new Document(Objects.requireNonNull(file, "file"), report.agreement(), report.asOf().toString(),
                    report.isCompliant(),
                    report.violations().stream().map(v -> ViolationEntry.of(v, explanation)).toList(),
                    report.obligations().stream().map(ObligationEntry::of).toList(),
                    explanation == null ? null : new TreeMap<>(explanation.firings()));
        }
    }

    /**
     * The report of one file as one line of JSON, without the line break.
     *
     * @param file   the file validated, as named
     * @param report its report
     * @return the line
     */
    public static String line(String file, ValidationReport report) {
        return write(Document.of(file, report, null));
    }

    /**
     * The explained report of one file as one line of JSON: its violations with the facts
     * their rules matched, and how often each rule fired.
     *
     * @param file        the file validated, as named
     * @param explanation its explanation
     * @return the line
     */
    public static String line(String file, Explanation explanation) {
        return write(Document.of(file, explanation.report(), explanation));
    }

    /**
     * Any value of records, lists and maps as one line of JSON.
     *
     * @param value the value, such as a {@link Document}
     * @return the line, without the line break
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Records of strings, lists and maps always serialize; this would be a bug.
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }
}
