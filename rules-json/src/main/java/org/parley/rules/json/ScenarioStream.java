package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.json.CompiledSchema.Part;

/**
 * One reading of one scenario: the top-level object token by token, each part in it read as
 * a small tree, validated, checked and bound on its own, so that memory holds the records
 * read and one part, never the tree of the whole file.
 */
final class ScenarioStream {

    /** The arrays of facts at the top level, with the part each element is and the word for the elements. */
    private enum Facts {
        DETAINEES("detainees", Part.DETAINEE, "detainee"),
        LISTS("lists", Part.LIST, null),
        BATCHES("batches", Part.BATCH, "batch"),
        REMAINS("remains", Part.REMAINS, "remains");

        final String field;
        final Part part;
        /** The word for the element whose ids must be unique; null when they have no id. */
        final String unique;

        Facts(String field, Part part, String unique) {
            this.field = field;
            this.part = part;
            this.unique = unique;
        }
    }

    private final LimitedParser parser;
    private final ReaderLimits limits;
    private final CompiledSchema schema;
    private final JsonMapper mapper;
    private final PartBinder binder;
    private final Problems problems = new Problems();
    private final FactCount factCount;

    private Agreement agreement;
    private boolean agreementSeen;
    private final Map<Facts, List<Object>> facts = new HashMap<>();
    /** The dates of birth read, by the path of the field, for the check against asOf at the end. */
    private final List<Map.Entry<JsonPath, LocalDate>> birthDates = new ArrayList<>();

    ScenarioStream(LimitedParser parser, ReaderLimits limits, CompiledSchema schema, JsonMapper mapper,
                   FactCount factCount) {
        this.parser = parser;
        this.factCount = factCount;
        this.limits = limits;
        this.schema = schema;
        this.mapper = mapper;
        this.binder = new PartBinder(schema, mapper, limits);
    }

    ExchangeRecord read() throws IOException, ScenarioException {
        try {
            readDocument();
        } catch (LimitedParser.PastLimit e) {
            throw new ScenarioException(List.of(e.getMessage()));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(syntaxError(e)));
        } catch (java.io.CharConversionException e) {
            // Bytes that are no characters of the encoding the parser detected (UTF-32 above U+10FFFF).
            String reason = String.valueOf(e.getMessage());
            int detail = reason.indexOf(" (");
            throw new ScenarioException(List.of(JsonPath.ROOT + ": not valid JSON: "
                    + Text.printable(Text.cut(detail > 0 ? reason.substring(0, detail) : reason))));
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        ExchangeRecord record = new ExchangeRecord(agreement, list(Facts.DETAINEES), list(Facts.BATCHES),
                list(Facts.LISTS), list(Facts.REMAINS));
        for (Map.Entry<JsonPath, LocalDate> birth : birthDates) {
            if (birth.getValue().isAfter(record.asOf())) {
                problems.add(birth.getKey(), "\"" + birth.getValue() + "\" is after the record's asOf date ("
                        + record.asOf() + "); expected a date on or before it");
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Facts kind) {
        return (List<T>) (List<?>) facts.getOrDefault(kind, List.of());
    }

    private void readDocument() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            JsonLocation end = parser.currentLocation();
            problems.add(JsonPath.ROOT, "not valid JSON at line " + end.getLineNr() + ", column " + end.getColumnNr()
                    + ": no content; expected an object");
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            JsonNode value = mapper.readTree(parser);
            problems.add(JsonPath.ROOT, "expected an object, got " + Text.show(value));
            return;
        }
        JsonNode topLevel = schema.tree().get("properties");
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonPath at = JsonPath.ROOT.field(name);
            JsonToken value = parser.nextToken();
            switch (name) {
                case "$schema" -> {
                    JsonNode node = mapper.readTree(parser);
                    if (!node.isTextual()) {
                        problems.add(at, "expected a string, got " + Text.show(node));
                    }
                }
                case "agreement" -> {
                    agreementSeen = true;
                    agreement(mapper.readTree(parser), at);
                }
                case "detainees" -> facts(Facts.DETAINEES, value, at);
                case "lists" -> facts(Facts.LISTS, value, at);
                case "batches" -> facts(Facts.BATCHES, value, at);
                case "remains" -> facts(Facts.REMAINS, value, at);
                default -> {
                    parser.skipChildren();
                    List<String> known = new ArrayList<>();
                    topLevel.fieldNames().forEachRemaining(known::add);
                    known.remove("$schema");
                    problems.add(at, "unknown field; expected one of " + String.join(", ", known));
                }
            }
        }
        if (parser.nextToken() != null) {
            JsonLocation end = parser.currentTokenLocation();
            problems.add(JsonPath.ROOT, "not valid JSON at line " + end.getLineNr() + ", column "
                    + end.getColumnNr() + ": unexpected content after the end of the document; "
                    + "expected nothing after its closing '}'");
            return;
        }
        if (!agreementSeen) {
            problems.add(JsonPath.ROOT.field("agreement"), "missing required field; expected " + expected("agreement"));
        }
        if (!facts.containsKey(Facts.DETAINEES)) {
            problems.add(JsonPath.ROOT.field("detainees"), "missing required field; expected " + expected("detainees"));
        }
    }

    private void agreement(JsonNode node, JsonPath at) {
        agreement = binder.agreement(node, at, problems);
    }

    private void facts(Facts kind, JsonToken token, JsonPath at) throws IOException {
        if (token == JsonToken.VALUE_NULL && kind != Facts.DETAINEES) {
            facts.put(kind, new ArrayList<>());
            return;
        }
        List<Object> read = new ArrayList<>();
        facts.put(kind, read);
        if (token != JsonToken.START_ARRAY) {
            problems.add(at, "expected " + expected(kind.field) + ", got " + Text.show(mapper.readTree(parser)));
            return;
        }
        long limit = limitOf(kind);
        long count = 0;
        Map<String, Integer> firstById = kind.unique == null ? null : new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int index = (int) Math.min(count, Integer.MAX_VALUE);
            count++;
            if (count > limit) {
                // Counted to the end, not read: the count in the problem is exact.
                parser.skipChildren();
                continue;
            }
            JsonNode node = mapper.readTree(parser);
            JsonPath elementAt = at.index(index);
            // Before the schema: a repeated id is reported even in an element with other problems.
            boolean repeated = false;
            if (firstById != null && node.path("id").isTextual()) {
                String id = node.get("id").textValue();
                Integer first = firstById.putIfAbsent(id, index);
                if (first != null) {
                    problems.add(elementAt.field("id"), Text.quoted(id) + " is already the id of " + at.index(first)
                            + "; expected a unique " + kind.unique + " id");
                    repeated = true;
                }
            }
            if (!binder.validate(kind.part, node, elementAt, problems) || repeated) {
                continue;
            }
            if (!problems.isEmpty()) {
                // The file is rejected: only problems are looked for from here on.
                continue;
            }
            Object bound = binder.bind(node, elementAt, recordOf(kind), problems);
            if (bound instanceof Detainee detainee) {
                detainee.birthDate().ifPresent(date ->
                        birthDates.add(Map.entry(elementAt.field("birthDate"), date)));
            }
            read.add(bound);
            factCount.add();
        }
        if (count > limit) {
            problems.add(at, count + " " + kind.field + " is more than the limit of " + limit);
        }
    }

    /** What a top-level field holds, as the schema says. */
    private String expected(String field) {
        return SchemaProblems.expected(ScenarioSchema.resolve(schema.tree(),
                schema.tree().get("properties").get(field)));
    }

    private long limitOf(Facts kind) {
        return switch (kind) {
            case DETAINEES -> limits.maxDetainees();
            case LISTS -> limits.maxLists();
            case BATCHES -> limits.maxBatches();
            case REMAINS -> limits.maxRemains();
        };
    }

    private static Class<?> recordOf(Facts kind) {
        return switch (kind) {
            case DETAINEES -> Detainee.class;
            case LISTS -> DetaineeList.class;
            case BATCHES -> Batch.class;
            case REMAINS -> Remains.class;
        };
    }

    /** The problem line of content that is not JSON: where, and what was found and expected ({@link SyntaxErrors}). */
    private String syntaxError(JsonProcessingException e) {
        return LimitedParser.pathOf(parser.getParsingContext(), true) + ": not valid JSON"
                + SyntaxErrors.placeAndReason(e);
    }
}
