package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Status;
import org.parley.rules.model.Transfer;

/**
 * Jackson databind set to refuse, for the facts of a scenario (detainees, lists, batches,
 * handovers of remains), everything their schema refuses, and some of what it accepts: the
 * quick path of {@link StrictStream}. Whatever it refuses is read again by the schema, which
 * alone words the problems; {@code StrictReadingProperties} shows on generated bad facts that
 * nothing the schema refuses is bound here.
 *
 * <p>What databind is told to refuse: unknown and repeated fields; any value of another JSON
 * type than the field's (no coercion between strings, numbers and booleans, no number for an
 * enum, no single value for an array); null where the schema has no null. What is taken from
 * the schema itself: the pattern of ids (with the validator's regular expressions), the date and
 * date-time formats (the validator's own format checks, then Jackson's java.time binding, as the
 * checking path binds), and the defaults of omitted fields. The enums are checked at start
 * against the schema's.
 */
final class StrictBinding {

    /** The most distinct dates and instants remembered per reading: records repeat few of them. */
    private static final int REMEMBERED = 1 << 16;

    /** A detainee as written, before the schema's defaults; every field may be null or absent. */
    record DetaineeFields(String id, Optional<String> name, String heldBy, Optional<String> returnTo, Status status,
                          Optional<LocalDate> birthDate, Condition condition, Consent consent) {
    }

    /** A batch as written, before the schema's defaults. */
    record BatchFields(String id, LocalDate date, Boolean unilateral, List<TransferFields> transfers) {
    }

    /** A transfer as written. */
    record TransferFields(String detainee, Basis basis, Optional<Instant> at) {
    }

    /** A list as written. */
    record ListFields(String requestedBy, List<String> detainees) {
    }

    /** A handover of remains as written. */
    record RemainsFields(String id, LocalDate date, String from, String to, Integer count) {
    }

    private final ObjectReader detainee;
    private final ObjectReader batch;
    private final ObjectReader list;
    private final ObjectReader remains;
    private final RegularExpression idPattern;
    /** Whether the id pattern is {@link SchemaProblems#NOT_BLANK}, one class: one character matching is enough. */
    private final boolean idIsOneClass;
    /** The ASCII characters that the id pattern matches on their own. */
    private final boolean[] idCharacter = new boolean[128];
    private final Status defaultStatus;
    private final Condition defaultCondition;
    private final Consent defaultConsent;
    private final boolean defaultUnilateral;

    StrictBinding(JsonNode schema, JsonMapper scenarioMapper) {
        JsonNode defs = schema.get("$defs");
        sameValues(defs.at("/detainee/properties/status/enum"), Status.values());
        sameValues(defs.at("/detainee/properties/condition/enum"), Condition.values());
        sameValues(defs.at("/detainee/properties/consent/enum"), Consent.values());
        sameValues(defs.at("/basis/enum"), Basis.values());
        this.idPattern = JDKRegularExpressionFactory.getInstance()
                .getRegularExpression(defs.at("/id/pattern").textValue());
        this.idIsOneClass = SchemaProblems.NOT_BLANK.equals(defs.at("/id/pattern").textValue());
        for (char c = 0; c < idCharacter.length; c++) {
            idCharacter[c] = idPattern.matches(String.valueOf(c));
        }
        this.defaultStatus = Status.valueOf(defs.at("/detainee/properties/status/default").textValue());
        this.defaultCondition = Condition.valueOf(defs.at("/detainee/properties/condition/default").textValue());
        this.defaultConsent = Consent.valueOf(defs.at("/detainee/properties/consent/default").textValue());
        this.defaultUnilateral = defs.at("/batch/properties/unilateral/default").booleanValue();

        JsonMapper strict = scenarioMapper.rebuild()
                .addModule(new SimpleModule("parley-strict")
                        .addDeserializer(LocalDate.class,
                                new Checked<>(new DateFormat(), LocalDateDeserializer.INSTANCE))
                        .addDeserializer(Instant.class,
                                new Checked<>(new DateTimeFormat(), InstantDeserializer.INSTANT)))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                .withCoercionConfigDefaults(config -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        config.setCoercion(shape, CoercionAction.Fail);
                    }
                    config.setAcceptBlankAsEmpty(false);
                })
                .build();
        for (LogicalType type : LogicalType.values()) {
            strict.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        this.detainee = strict.readerFor(DetaineeFields.class);
        this.batch = strict.readerFor(BatchFields.class);
        this.list = strict.readerFor(ListFields.class);
        this.remains = strict.readerFor(RemainsFields.class);
    }

    /** What one reading remembers: the dates and instants it has checked and bound. */
    static final class Remembered {
        final Map<String, Object> values = new HashMap<>();
        final ObjectReader detainee;
        final ObjectReader batch;
        final ObjectReader list;
        final ObjectReader remains;

        private Remembered(StrictBinding binding) {
            this.detainee = binding.detainee.withAttribute(Remembered.class, this);
            this.batch = binding.batch.withAttribute(Remembered.class, this);
            this.list = binding.list.withAttribute(Remembered.class, this);
            this.remains = binding.remains.withAttribute(Remembered.class, this);
        }
    }

    /** The memory of a new reading. */
    Remembered reading() {
        return new Remembered(this);
    }

    /**
     * Binds a detainee at the parser's current START_OBJECT.
     *
     * @throws IOException      if databind refuses it
     * @throws RuntimeException if a value is not what the schema asks
     */
    Detainee detainee(JsonParser parser, Remembered remembered) throws IOException {
        DetaineeFields d = read(remembered.detainee, parser);
        return new Detainee(id(d.id()), orEmpty(d.name()), d.heldBy(), orEmpty(d.returnTo()),
                d.status() == null ? defaultStatus : d.status(), orEmpty(d.birthDate()),
                d.condition() == null ? defaultCondition : d.condition(),
                d.consent() == null ? defaultConsent : d.consent());
    }

    /** Binds a batch at the parser's current START_OBJECT; see {@link #detainee}. */
    Batch batch(JsonParser parser, Remembered remembered) throws IOException {
        BatchFields b = read(remembered.batch, parser);
        List<Transfer> transfers = new ArrayList<>(b.transfers().size());
        for (TransferFields t : b.transfers()) {
            transfers.add(new Transfer(t.detainee(), t.basis(), orEmpty(t.at())));
        }
        return new Batch(id(b.id()), b.date(), b.unilateral() == null ? defaultUnilateral : b.unilateral(), transfers);
    }

    /** Binds a list at the parser's current START_OBJECT; see {@link #detainee}. */
    DetaineeList list(JsonParser parser, Remembered remembered) throws IOException {
        ListFields l = read(remembered.list, parser);
        return new DetaineeList(l.requestedBy(), l.detainees());
    }

    /** Binds a handover of remains at the parser's current START_OBJECT; see {@link #detainee}. */
    Remains remains(JsonParser parser, Remembered remembered) throws IOException {
        RemainsFields r = read(remembered.remains, parser);
        return new Remains(id(r.id()), r.date(), r.from(), r.to(), r.count());
    }

    private static <T> T read(ObjectReader reader, JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new Refused();
        }
        return reader.readValue(parser);
    }

    /** An id the schema's pattern accepts. */
    private String id(String id) {
        if (id == null) {
            throw new Refused();
        }
        // Most ids begin with a character the pattern matches: no need to run it.
        char first = id.isEmpty() ? 0 : id.charAt(0);
        if (!(idIsOneClass && first < idCharacter.length && idCharacter[first]) && !idPattern.matches(id)) {
            throw new Refused();
        }
        return id;
    }

    /** A field that is null where the schema has null, not one that is absent from an Optional. */
    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static void sameValues(JsonNode schemaEnum, Enum<?>[] values) {
        List<String> inSchema = new ArrayList<>();
        schemaEnum.forEach(value -> {
            if (!value.isNull()) {
                inSchema.add(value.textValue());
            }
        });
        List<String> inJava = Arrays.stream(values).map(Enum::name).toList();
        if (!inSchema.equals(inJava)) {
            throw new IllegalStateException("the schema's values " + inSchema + " are not those of the enum " + inJava);
        }
    }

    /** Thrown where a fact is not what the schema asks; the checking path says why. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    /**
     * A string the validator's format accepts, bound by Jackson's own java.time binding;
     * remembered, since a large record repeats few dates.
     */
    private static final class Checked<T> extends JsonDeserializer<T> {

        private final Format format;
        private final JsonDeserializer<T> binding;

        Checked(Format format, JsonDeserializer<T> binding) {
            this.format = format;
            this.binding = binding;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new Refused();
            }
            Remembered remembered = (Remembered) context.getAttribute(Remembered.class);
            String text = parser.getText();
            Object known = remembered.values.get(text);
            if (known != null && known.getClass() == handledType()) {
                return (T) known;
            }
            if (!format.matches(null, text)) {
                throw new Refused();
            }
            T value = binding.deserialize(parser, context);
            if (remembered.values.size() < REMEMBERED) {
                remembered.values.put(text, value);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return binding.handledType();
        }
    }
}
