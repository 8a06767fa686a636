package org.parley.rules.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioParts;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.json.ScenarioWriter;
import org.parley.rules.json.SyntaxErrors;
import org.parley.rules.json.Text;
import org.parley.rules.model.TermDeclaration;

/**
 * Reads and writes the events of an agreement's stream: a small JSON envelope,
 * {@code {"type": "DETAINEE_ADDED", "payload": {...}}}, whose payload is the scenario
 * format's object for the fact (a detainee, a batch, a list, remains, the agreement), read
 * and written by {@code rules-json} ({@link ScenarioParts}, {@link ScenarioWriter#writePart(Object)}):
 * the same schema, defaults and problem lines as a scenario file.
 * Removals of facts with an id carry the id ({@code {"type": "BATCH_REMOVED", "id": "B1"}}),
 * a new date to judge at carries it ({@code {"type": "AS_OF", "asOf": "2025-06-30"}}).
 *
 * <p>Reading is strict: the value must be UTF-8 JSON, the envelope must have exactly the
 * fields of its type, and the payload must be a valid object of the format; every refusal is
 * a {@link BadEventException} whose message names the place ({@code $.payload.birthDate});
 * when a payload has several problems, the message has them all, one line each.
 * A codec is immutable and thread-safe.
 */
public final class EventCodec {

    private static final String ROOT = "$";
    private static final String PAYLOAD = "$.payload";
    /** The envelope's reader: plain JSON, a repeated key refused. */
    private static final JsonMapper ENVELOPE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ScenarioWriter WRITER = new ScenarioWriter();

    private final ScenarioParts parts;

    /** Creates a codec for the built-in term types. */
    public EventCodec() {
        this(List.of());
    }

    /**
     * Creates a codec that also reads the custom terms that rule files declare, such as those
     * of {@link org.parley.rules.Validator#termDeclarations()}: their parameters are checked
     * against the declarations, with the declared defaults filled in.
     *
     * @param customTerms the declarations of the custom terms
     * @throws NullPointerException     if the collection or a declaration is null
     * @throws IllegalArgumentException if two declarations have the same type
     */
    public EventCodec(Collection<TermDeclaration> customTerms) {
        this.parts = new ScenarioReader(customTerms).parts();
    }

    /**
     * Reads one event.
     *
     * @param value the record's value
     * @return the event
     * @throws BadEventException if the value is not an event of the format
     */
    public ExchangeEvent decode(byte[] value) throws BadEventException {
        Objects.requireNonNull(value, "value");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw new BadEventException("not JSON: the value is not UTF-8 text");
        }
        return decode(text);
    }

    /**
     * Reads one event from its text.
     *
     * @param text the record's value as text
     * @return the event
     * @throws BadEventException if the text is not an event of the format
     */
    public ExchangeEvent decode(String text) throws BadEventException {
        JsonNode root = tree(Objects.requireNonNull(text, "text"));
        if (root == null || root.isMissingNode()) {
            throw new BadEventException("not JSON: the value is empty");
        }
        if (!root.isObject()) {
            throw new BadEventException(ROOT + ": expected an event object with a type, got "
                    + root.getNodeType().name().toLowerCase());
        }
        JsonNode typeNode = root.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new BadEventException(ROOT + ".type: missing required field; expected one of " + types());
        }
        EventType type;
        try {
            type = EventType.valueOf(typeNode.textValue());
        } catch (IllegalArgumentException e) {
            throw new BadEventException(ROOT + ".type: " + Text.quoted(typeNode.textValue())
                    + " is not an event type; expected one of " + types());
        }
        try {
            return event(root, type);
        } catch (ScenarioException e) {
            throw new BadEventException(String.join("\n", e.problemLines(Integer.MAX_VALUE)));
        }
    }

    private ExchangeEvent event(JsonNode root, EventType type) throws BadEventException, ScenarioException {
        return switch (type) {
            case AGREEMENT -> new ExchangeEvent.AgreementStated(parts.agreement(payload(root, type), PAYLOAD));
            case DETAINEE_ADDED -> new ExchangeEvent.DetaineeAdded(parts.detainee(payload(root, type), PAYLOAD));
            case DETAINEE_CORRECTED -> new ExchangeEvent.DetaineeCorrected(parts.detainee(payload(root, type), PAYLOAD));
            case DETAINEE_REMOVED -> new ExchangeEvent.DetaineeRemoved(id(root, type));
            case BATCH_ADDED -> new ExchangeEvent.BatchAdded(parts.batch(payload(root, type), PAYLOAD));
            case BATCH_CORRECTED -> new ExchangeEvent.BatchCorrected(parts.batch(payload(root, type), PAYLOAD));
            case BATCH_REMOVED -> new ExchangeEvent.BatchRemoved(id(root, type));
            case LIST_ADDED -> new ExchangeEvent.ListAdded(parts.list(payload(root, type), PAYLOAD));
            case LIST_REMOVED -> new ExchangeEvent.ListRemoved(parts.list(payload(root, type), PAYLOAD));
            case REMAINS_ADDED -> new ExchangeEvent.RemainsAdded(parts.remains(payload(root, type), PAYLOAD));
            case REMAINS_CORRECTED -> new ExchangeEvent.RemainsCorrected(parts.remains(payload(root, type), PAYLOAD));
            case REMAINS_REMOVED -> new ExchangeEvent.RemainsRemoved(id(root, type));
            case AS_OF -> {
                fields(root, type, "asOf");
                yield new ExchangeEvent.AsOfChanged(date(root.get("asOf"), ROOT + ".asOf"));
            }
        };
    }

    /**
     * Writes one event, as {@link #decode(String)} reads it back.
     *
     * @param event the event
     * @return its JSON, in one line
     */
    public String encode(ExchangeEvent event) {
        String rest;
        if (event instanceof ExchangeEvent.AgreementStated e) {
            rest = payload(e.agreement());
        } else if (event instanceof ExchangeEvent.DetaineeAdded e) {
            rest = payload(e.detainee());
        } else if (event instanceof ExchangeEvent.DetaineeCorrected e) {
            rest = payload(e.detainee());
        } else if (event instanceof ExchangeEvent.DetaineeRemoved e) {
            rest = field("id", e.id());
        } else if (event instanceof ExchangeEvent.BatchAdded e) {
            rest = payload(e.batch());
        } else if (event instanceof ExchangeEvent.BatchCorrected e) {
            rest = payload(e.batch());
        } else if (event instanceof ExchangeEvent.BatchRemoved e) {
            rest = field("id", e.id());
        } else if (event instanceof ExchangeEvent.ListAdded e) {
            rest = payload(e.list());
        } else if (event instanceof ExchangeEvent.ListRemoved e) {
            rest = payload(e.list());
        } else if (event instanceof ExchangeEvent.RemainsAdded e) {
            rest = payload(e.remains());
        } else if (event instanceof ExchangeEvent.RemainsCorrected e) {
            rest = payload(e.remains());
        } else if (event instanceof ExchangeEvent.RemainsRemoved e) {
            rest = field("id", e.id());
        } else if (event instanceof ExchangeEvent.AsOfChanged e) {
            rest = field("asOf", e.asOf().toString());
        } else {
            throw new IllegalArgumentException("not an event of the stream: " + event);
        }
        return "{" + field("type", event.type().name()) + "," + rest + "}";
    }

    /**
     * The scenario format's JSON of one fact or of an agreement, in one line.
     *
     * @param fact an agreement, detainee, batch, list or remains
     * @return its JSON
     */
    public String write(Object fact) {
        return WRITER.writePart(Objects.requireNonNull(fact, "fact"));
    }

    private static String payload(Object fact) {
        return "\"payload\":" + WRITER.writePart(fact);
    }

    private static String field(String name, String value) {
        return "\"" + name + "\":" + TextNode.valueOf(value);
    }

    /** The envelope as a tree; text that is not JSON is refused with the parser's reason and place. */
    private static JsonNode tree(String json) throws BadEventException {
        try {
            return ENVELOPE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadEventException("not JSON" + SyntaxErrors.placeAndReason(e));
        }
    }

    private static LocalDate date(JsonNode node, String at) throws BadEventException {
        if (node == null || !node.isTextual()) {
            throw new BadEventException(at + ": expected a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeException e) {
            throw new BadEventException(at + ": " + Text.quoted(node.textValue()) + " is not a date (YYYY-MM-DD)");
        }
    }

    private static JsonNode payload(JsonNode root, EventType type) throws BadEventException {
        fields(root, type, "payload");
        return root.get("payload");
    }

    private static String id(JsonNode root, EventType type) throws BadEventException {
        fields(root, type, "id");
        JsonNode id = root.get("id");
        if (!id.isTextual() || id.textValue().isBlank()) {
            throw new BadEventException(ROOT + ".id: expected a non-blank string");
        }
        return id.textValue();
    }

    /** Checks that the envelope has {@code type} and exactly the given field besides. */
    private static void fields(JsonNode root, EventType type, String field) throws BadEventException {
        Set<String> allowed = Set.of("type", field);
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadEventException(ROOT + "." + unknown.get(0) + ": unknown field; an event of type " + type
                    + " has the fields type and " + field);
        }
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new BadEventException(ROOT + "." + field + ": missing required field for an event of type " + type);
        }
    }

    private static String types() {
        return Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
