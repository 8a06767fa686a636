package org.parley.rules.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.Term;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;

/**
 * Jackson's binding of the rules-api records to the scenario format, kept here so that
 * rules-api stays free of Jackson: the records bind by their components, which are named as
 * the format's fields; this module adds the few types whose JSON is not their components
 * (a term, named by its {@code type}; a reference date; a schedule; a time zone).
 *
 * <p>Reading binds values the schema has validated, its defaults applied: what is left to
 * do is to pick the record of a term's type and turn a custom term's parameters into the
 * Java values of their declared types.
 */
final class ScenarioModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The record of each built-in term type, derived from the permits of {@link Term}. */
    private static final Map<String, Class<? extends Term>> BUILT_IN = builtInTerms();

    ScenarioModule(Map<String, TermDeclaration> customTerms) {
        super("parley-scenario");
        Map<String, TermDeclaration> declarations = Map.copyOf(customTerms);
        addDeserializer(Term.class, new JsonDeserializer<>() {
            @Override
            public Term deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                ObjectNode node = parser.readValueAsTree();
                String type = node.remove("type").textValue();
                Class<? extends Term> builtIn = BUILT_IN.get(type);
                if (builtIn != null) {
                    return parser.getCodec().treeToValue(node, builtIn);
                }
                return custom(declarations.get(type), node);
            }
        });
        addDeserializer(ReferenceDate.class, new JsonDeserializer<>() {
            @Override
            public ReferenceDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                return switch (text) {
                    case "AGREEMENT_DATE" -> ReferenceDate.AGREEMENT_DATE;
                    case "EXCHANGE_DATE" -> ReferenceDate.EXCHANGE_DATE;
                    default -> ReferenceDate.fixed(LocalDate.parse(text));
                };
            }
        });
        addDeserializer(Schedule.class, new JsonDeserializer<>() {
            @Override
            public Schedule deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = parser.readValueAsTree();
                if (node.has("dates")) {
                    List<LocalDate> dates = new ArrayList<>();
                    node.get("dates").forEach(date -> dates.add(LocalDate.parse(date.textValue())));
                    return Schedule.of(dates);
                }
                return Schedule.daily(LocalDate.parse(node.get("from").textValue()),
                        LocalDate.parse(node.get("to").textValue()));
            }
        });
        addDeserializer(ZoneId.class, new JsonDeserializer<>() {
            @Override
            public ZoneId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String id = parser.getValueAsString();
                // UTC written out reads as the default, so both give equal agreements.
                return id.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(id);
            }
        });
        addSerializer(Term.class, new JsonSerializer<>() {
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
                        provider.defaultSerializeValue(valueOf(component, term), json);
                    }
                }
                json.writeEndObject();
            }
        });
        addSerializer(ReferenceDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(ReferenceDate date, JsonGenerator json, SerializerProvider provider)
                    throws IOException {
                json.writeString(date.fixed().map(LocalDate::toString).orElse(date.mode().name()));
            }
        });
        addSerializer(Schedule.class, new JsonSerializer<>() {
            @Override
            public void serialize(Schedule schedule, JsonGenerator json, SerializerProvider provider)
                    throws IOException {
                json.writeStartObject();
                json.writeFieldName("dates");
                provider.defaultSerializeValue(schedule.dates(), json);
                json.writeEndObject();
            }
        });
        addSerializer(ZoneId.class, new JsonSerializer<>() {
            @Override
            public void serialize(ZoneId zone, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
            }
        });
    }

    /**
     * Jackson's own java.time binding of the two java.time types of the format (a time zone is
     * bound above), as {@code JavaTimeModule} sets them with its default features: the whole
     * module would load and set up some fifty (de)serializers of types the format never has,
     * on the path of a cold run.
     */
    private static SimpleModule javaTime() {
        JacksonFeatureSet<JavaTimeFeature> features = JacksonFeatureSet.fromDefaults(JavaTimeFeature.values());
        return new SimpleModule("parley-java-time")
                .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE.withFeatures(features))
                .addDeserializer(Instant.class, InstantDeserializer.INSTANT.withFeatures(features))
                .addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE)
                .addSerializer(Instant.class, InstantSerializer.INSTANCE.withFeatures(features));
    }

    /** A mapper that reads and writes the records in the scenario format. */
    static JsonMapper mapper(Map<String, TermDeclaration> customTerms) {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(javaTime())
                .addModule(new ScenarioModule(customTerms))
                // Exact decimals, so that 1e400 is too large rather than Infinity.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
    }

    /** A custom term whose parameters the schema has checked against its declaration. */
    private static CustomTerm custom(TermDeclaration declaration, ObjectNode node) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            TermParameter parameter = declaration.parameter(field.getKey()).orElseThrow();
            parameters.put(field.getKey(), switch (parameter.type()) {
                case INTEGER -> value.longValue();
                case BOOLEAN -> value.booleanValue();
                case DATE -> LocalDate.parse(value.textValue());
                case STRING_LIST -> {
                    List<String> strings = new ArrayList<>();
                    value.forEach(element -> strings.add(element.textValue()));
                    yield List.copyOf(strings);
                }
                case STRING, ENUM -> value.textValue();
            });
        }
        return new CustomTerm(declaration.type(), parameters);
    }

    private static Object valueOf(RecordComponent component, Term term) {
        try {
            return component.getAccessor().invoke(term);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + term.type(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Term>> builtInTerms() {
        Map<String, Class<? extends Term>> terms = new HashMap<>();
        for (Class<?> permitted : Term.class.getPermittedSubclasses()) {
            if (permitted != CustomTerm.class) {
                try {
                    terms.put((String) permitted.getField("TYPE").get(null), (Class<? extends Term>) permitted);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(permitted + " has no TYPE", e);
                }
            }
        }
        return Map.copyOf(terms);
    }
}
