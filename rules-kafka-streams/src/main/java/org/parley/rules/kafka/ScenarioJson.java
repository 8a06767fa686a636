package org.parley.rules.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * The scenario format's objects (an agreement, a detainee, a batch, a list, remains) read
 * from and written to JSON, one object at a time.
 *
 * <p>Interim: the scenario reader lives in the command-line module today and reads whole
 * files only; this class binds the same field names with Jackson, with the format's defaults
 * and its strictness (unknown fields, JSON {@code null} in a required field, wrong types
 * are problems naming the JSON path). It is meant to give way to the {@code rules-json}
 * module's reader and writer when that module is in main; nothing outside
 * {@link EventCodec} uses it.
 */
final class ScenarioJson {

    /** Fields that must be present, with a value other than {@code null}, per object. */
    private static final Map<Class<?>, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(Agreement.class, List.of("id", "signedOn", "parties", "terms")),
            Map.entry(Party.class, List.of("code")),
            Map.entry(Detainee.class, List.of("id", "heldBy")),
            Map.entry(Batch.class, List.of("id", "date", "transfers")),
            Map.entry(Transfer.class, List.of("detainee", "basis")),
            Map.entry(DetaineeList.class, List.of("requestedBy", "detainees")),
            Map.entry(Remains.class, List.of("id", "date", "from", "to", "count")),
            Map.entry(AllForAllTerm.class, List.of("categories", "completeBy")),
            Map.entry(AgeLimitTerm.class, List.of("maxAgeExclusive")),
            Map.entry(CadenceTerm.class, List.of("schedule")),
            Map.entry(ParityTerm.class, List.of("scope")),
            Map.entry(SimultaneityTerm.class, List.of("windowMinutes")),
            Map.entry(RemainsTerm.class, List.of("from", "commitment", "completeBy")));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The defaults of the format for optional fields ({@code null} for an absent Optional). */
    private static final Map<Class<?>, Map<String, JsonNode>> DEFAULTS = Map.ofEntries(
            Map.entry(Party.class, Map.of()),
            Map.entry(Detainee.class, Map.of("name", NODES.nullNode(), "returnTo", NODES.nullNode(),
                    "status", NODES.textNode("MILITARY"), "birthDate", NODES.nullNode(),
                    "condition", NODES.textNode("HEALTHY"), "consent", NODES.textNode("UNKNOWN"))),
            Map.entry(Batch.class, Map.of("unilateral", NODES.booleanNode(false))),
            Map.entry(Transfer.class, Map.of("at", NODES.nullNode())),
            Map.entry(AgeLimitTerm.class, Map.of("minAge", NODES.numberNode(0),
                    "referenceDate", NODES.textNode("AGREEMENT_DATE"))),
            Map.entry(WoundedPriorityTerm.class, Map.of("strict", NODES.booleanNode(false))),
            Map.entry(CadenceTerm.class, Map.of("severity", NODES.textNode("WARNING"))),
            Map.entry(ParityTerm.class, Map.of("exempt", NODES.arrayNode())),
            Map.entry(ConsentTerm.class, Map.of("requireRecorded", NODES.booleanNode(false))));

    private static final Map<String, Class<? extends Term>> BUILT_IN = Map.of(
            AllForAllTerm.TYPE, AllForAllTerm.class, AgeLimitTerm.TYPE, AgeLimitTerm.class,
            WoundedPriorityTerm.TYPE, WoundedPriorityTerm.class, CadenceTerm.TYPE, CadenceTerm.class,
            ParityTerm.TYPE, ParityTerm.class, SimultaneityTerm.TYPE, SimultaneityTerm.class,
            AgreedListsTerm.TYPE, AgreedListsTerm.class, ConsentTerm.TYPE, ConsentTerm.class,
            EligibilityTerm.TYPE, EligibilityTerm.class, RemainsTerm.TYPE, RemainsTerm.class);

    private final JsonMapper mapper;

    ScenarioJson() {
        SimpleModule module = new SimpleModule("parley-scenario-objects");
        module.addDeserializer(ReferenceDate.class, new JsonDeserializer<>() {
            @Override
            public ReferenceDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                if (text == null) {
                    return (ReferenceDate) context.handleUnexpectedToken(ReferenceDate.class, parser);
                }
                return switch (text) {
                    case "AGREEMENT_DATE" -> ReferenceDate.AGREEMENT_DATE;
                    case "EXCHANGE_DATE" -> ReferenceDate.EXCHANGE_DATE;
                    default -> {
                        try {
                            yield ReferenceDate.fixed(LocalDate.parse(text));
                        } catch (DateTimeParseException e) {
                            throw InvalidFormatException.from(parser,
                                    "expected AGREEMENT_DATE, EXCHANGE_DATE or a date (YYYY-MM-DD)",
                                    text, ReferenceDate.class);
                        }
                    }
                };
            }
        });
        module.addDeserializer(Schedule.class, new JsonDeserializer<>() {
            @Override
            public Schedule deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = context.readTree(parser);
                if (node.has("dates") && !node.has("from") && !node.has("to") && !node.has("every")) {
                    List<LocalDate> dates = new ArrayList<>();
                    for (JsonNode date : node.get("dates")) {
                        dates.add(scheduleDate(parser, date));
                    }
                    return Schedule.of(dates);
                }
                if (!node.has("dates") && node.has("from") && node.has("to")
                        && node.path("every").asText("").equals("DAILY") && node.size() == 3) {
                    return Schedule.daily(scheduleDate(parser, node.get("from")), scheduleDate(parser, node.get("to")));
                }
                throw InvalidFormatException.from(parser,
                        "expected an object with either dates, or from, to and every (DAILY)",
                        node.toString(), Schedule.class);
            }
        });
        module.addSerializer(Term.class, new JsonSerializer<>() {
            @Override
            public void serialize(Term term, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeStartObject();
                json.writeStringField("type", term.type());
                if (term instanceof CustomTerm custom) {
                    for (Map.Entry<String, Object> parameter : custom.parameters().entrySet()) {
                        json.writeFieldName(parameter.getKey());
                        provider.defaultSerializeValue(parameter.getValue(), json);
                    }
                } else {
                    for (RecordComponent component : term.getClass().getRecordComponents()) {
                        json.writeFieldName(component.getName());
                        try {
                            provider.defaultSerializeValue(component.getAccessor().invoke(term), json);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("cannot read " + component.getName(), e);
                        }
                    }
                }
                json.writeEndObject();
            }
        });
        module.addSerializer(ReferenceDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(ReferenceDate date, JsonGenerator json, SerializerProvider provider)
                    throws IOException {
                json.writeString(date.fixed().map(LocalDate::toString).orElse(date.mode().name()));
            }
        });
        module.addSerializer(Schedule.class, new JsonSerializer<>() {
            @Override
            public void serialize(Schedule schedule, JsonGenerator json, SerializerProvider provider)
                    throws IOException {
                json.writeStartObject();
                json.writeFieldName("dates");
                provider.defaultSerializeValue(schedule.dates(), json);
                json.writeEndObject();
            }
        });
        module.addSerializer(ZoneId.class, new JsonSerializer<>() {
            @Override
            public void serialize(ZoneId zone, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(zone.getId());
            }
        });
        module.addDeserializer(ZoneId.class, new JsonDeserializer<>() {
            @Override
            public ZoneId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                try {
                    return ZoneId.of(text);
                } catch (DateTimeException | NullPointerException e) {
                    throw InvalidFormatException.from(parser, "expected an IANA time zone id", text, ZoneId.class);
                }
            }
        });
        this.mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.DateTime, LogicalType.Enum)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }

    private static LocalDate scheduleDate(JsonParser parser, JsonNode node) throws IOException {
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(parser, "expected a date (YYYY-MM-DD)", node.asText(), LocalDate.class);
        }
    }

    /** The JSON of one object of the format, in one line. */
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** The JSON tree of one object of the format. */
    JsonNode treeOf(Object value) {
        return mapper.valueToTree(value);
    }

    /** A tree of JSON as a mapper reads it; used for the envelope of an event. */
    JsonNode tree(String json) throws BadEventException {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadEventException("not JSON: " + e.getOriginalMessage()
                    + Optional.ofNullable(e.getLocation()).map(l -> " at line " + l.getLineNr()
                    + ", column " + l.getColumnNr()).orElse(""));
        }
    }

    Agreement agreement(JsonNode node, String at) throws BadEventException {
        ObjectNode copy = object(node, at, Agreement.class);
        if (!copy.has("title") || copy.get("title").isNull()) {
            copy.set("title", copy.get("id"));
        }
        if (!copy.has("timeZone") || copy.get("timeZone").isNull()) {
            copy.put("timeZone", "Z");
        }
        if (!copy.has("asOf")) {
            copy.putNull("asOf");
        }
        JsonNode parties = copy.get("parties");
        if (!parties.isArray()) {
            throw new BadEventException(at + ".parties: expected an array of two parties");
        }
        for (int i = 0; i < parties.size(); i++) {
            ObjectNode party = object(parties.get(i), at + ".parties[" + i + "]", Party.class);
            if (!party.has("name") || party.get("name").isNull()) {
                party.set("name", party.get("code"));
            }
            ((com.fasterxml.jackson.databind.node.ArrayNode) parties).set(i, party);
        }
        JsonNode terms = copy.get("terms");
        if (!terms.isArray()) {
            throw new BadEventException(at + ".terms: expected an array of terms");
        }
        List<Term> read = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            read.add(term(terms.get(i), at + ".terms[" + i + "]"));
        }
        copy.set("terms", NODES.arrayNode());
        Agreement bare = bind(copy, Agreement.class, at);
        return construct(at, () -> bare.withTerms(read));
    }

    Detainee detainee(JsonNode node, String at) throws BadEventException {
        return bind(object(node, at, Detainee.class), Detainee.class, at);
    }

    Batch batch(JsonNode node, String at) throws BadEventException {
        ObjectNode copy = object(node, at, Batch.class);
        JsonNode transfers = copy.get("transfers");
        if (!transfers.isArray()) {
            throw new BadEventException(at + ".transfers: expected an array of transfers");
        }
        for (int i = 0; i < transfers.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) transfers)
                    .set(i, object(transfers.get(i), at + ".transfers[" + i + "]", Transfer.class));
        }
        return bind(copy, Batch.class, at);
    }

    DetaineeList list(JsonNode node, String at) throws BadEventException {
        return bind(object(node, at, DetaineeList.class), DetaineeList.class, at);
    }

    Remains remains(JsonNode node, String at) throws BadEventException {
        Remains remains = bind(object(node, at, Remains.class), Remains.class, at);
        if (remains.count() < 0) {
            throw new BadEventException(at + ".count: " + remains.count() + " is negative; expected 0 or more");
        }
        return remains;
    }

    LocalDate date(JsonNode node, String at) throws BadEventException {
        if (node == null || !node.isTextual()) {
            throw new BadEventException(at + ": expected a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new BadEventException(at + ": " + node + " is not a date (YYYY-MM-DD)");
        }
    }

    private Term term(JsonNode node, String at) throws BadEventException {
        if (node == null || !node.isObject()) {
            throw new BadEventException(at + ": expected a term object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new BadEventException(at + ".type: missing required field; expected a term type");
        }
        ObjectNode parameters = ((ObjectNode) node).deepCopy();
        parameters.remove("type");
        Class<? extends Term> record = BUILT_IN.get(type.textValue());
        if (record == null) {
            return construct(at, () -> new CustomTerm(type.textValue(), customParameters(parameters)));
        }
        return bind(object(parameters, at, record), record, at);
    }

    /** A custom term's parameters as Java values: integers as Long, dates as LocalDate. */
    private static Map<String, Object> customParameters(ObjectNode node) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            parameters.put(field.getKey(), customValue(value));
        }
        return parameters;
    }

    private static Object customValue(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isArray()) {
            List<String> strings = new ArrayList<>();
            value.forEach(element -> strings.add(element.asText()));
            return List.copyOf(strings);
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    /** A copy of an object with the defaults filled in, after checking its required fields. */
    private static ObjectNode object(JsonNode node, String at, Class<?> type) throws BadEventException {
        if (node == null || !node.isObject()) {
            throw new BadEventException(at + ": expected " + article(type) + " object, got "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        for (String required : REQUIRED.getOrDefault(type, List.of())) {
            JsonNode value = copy.get(required);
            if (value == null || value.isNull()) {
                throw new BadEventException(at + "." + required + ": missing required field");
            }
        }
        for (Map.Entry<String, JsonNode> field : DEFAULTS.getOrDefault(type, Map.of()).entrySet()) {
            JsonNode value = copy.get(field.getKey());
            if (value == null || value.isNull()) {
                copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }

    private static String article(Class<?> type) {
        String name = switch (type.getSimpleName()) {
            case "DetaineeList" -> "list";
            case "Remains" -> "remains";
            default -> type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        };
        return (name.matches("[aeiou].*") ? "an " : "a ") + name;
    }

    private <T> T bind(ObjectNode node, Class<T> type, String at) throws BadEventException {
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : "; expected one of "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new BadEventException(path(at, e) + ": unknown field" + known);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new BadEventException(path(at, e) + ": " + cause.getMessage());
        } catch (InvalidFormatException e) {
            throw new BadEventException(path(at, e) + ": " + show(e.getValue()) + " is not " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new BadEventException(path(at, e) + ": expected " + expected(targetOf(e)));
        } catch (JsonProcessingException e) {
            throw new BadEventException(at + ": " + e.getOriginalMessage());
        }
    }

    private static Class<?> targetOf(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatched) {
            return mismatched.getTargetType();
        }
        return Object.class;
    }

    private static String show(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the format";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class) {
            return "an instant such as 2025-06-09T09:00:00Z";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class) {
            return "an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == ReferenceDate.class) {
            return "AGREEMENT_DATE, EXCHANGE_DATE or a date (YYYY-MM-DD)";
        }
        if (type == Schedule.class) {
            return "an object with either dates, or from, to and every (DAILY)";
        }
        if (type == ZoneId.class) {
            return "an IANA time zone id";
        }
        return article(type) + " object";
    }

    /** The JSON path of the place a Jackson exception names, below {@code at}. */
    private static String path(String at, JsonMappingException e) {
        StringBuilder path = new StringBuilder(at);
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private interface Construction<T> {
        T get();
    }

    private static <T> T construct(String at, Construction<T> construction) throws BadEventException {
        try {
            return construction.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadEventException(at + ": " + e.getMessage());
        }
    }
}
