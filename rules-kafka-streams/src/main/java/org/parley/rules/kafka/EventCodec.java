package org.parley.rules.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes the events of an agreement's stream: a small JSON envelope,
 * {@code {"type": "DETAINEE_ADDED", "payload": {...}}}, whose payload is the scenario
 * format's object for the fact (a detainee, a batch, a list, remains, the agreement).
 * Removals of facts with an id carry the id ({@code {"type": "BATCH_REMOVED", "id": "B1"}}),
 * a new date to judge at carries it ({@code {"type": "AS_OF", "asOf": "2025-06-30"}}).
 *
 * <p>Reading is strict: the value must be UTF-8 JSON, the envelope must have exactly the
 * fields of its type, and the payload must be a valid object of the format; every refusal is
 * a {@link BadEventException} whose message names the place ({@code $.payload.birthDate}).
 * A codec is immutable and thread-safe.
 */
public final class EventCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ROOT = "$";
    private static final String PAYLOAD = "$.payload";

    private final ScenarioJson json = new ScenarioJson();

    /** Creates a codec for the built-in term types and any custom term. */
    public EventCodec() {
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
        JsonNode root = json.tree(Objects.requireNonNull(text, "text"));
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
            throw new BadEventException(ROOT + ".type: \"" + typeNode.textValue()
                    + "\" is not an event type; expected one of " + types());
        }
        return switch (type) {
            case AGREEMENT -> new ExchangeEvent.AgreementStated(json.agreement(payload(root, type), PAYLOAD));
            case DETAINEE_ADDED -> new ExchangeEvent.DetaineeAdded(json.detainee(payload(root, type), PAYLOAD));
            case DETAINEE_CORRECTED -> new ExchangeEvent.DetaineeCorrected(json.detainee(payload(root, type), PAYLOAD));
            case DETAINEE_REMOVED -> new ExchangeEvent.DetaineeRemoved(id(root, type));
            case BATCH_ADDED -> new ExchangeEvent.BatchAdded(json.batch(payload(root, type), PAYLOAD));
            case BATCH_CORRECTED -> new ExchangeEvent.BatchCorrected(json.batch(payload(root, type), PAYLOAD));
            case BATCH_REMOVED -> new ExchangeEvent.BatchRemoved(id(root, type));
            case LIST_ADDED -> new ExchangeEvent.ListAdded(json.list(payload(root, type), PAYLOAD));
            case LIST_REMOVED -> new ExchangeEvent.ListRemoved(json.list(payload(root, type), PAYLOAD));
            case REMAINS_ADDED -> new ExchangeEvent.RemainsAdded(json.remains(payload(root, type), PAYLOAD));
            case REMAINS_CORRECTED -> new ExchangeEvent.RemainsCorrected(json.remains(payload(root, type), PAYLOAD));
            case REMAINS_REMOVED -> new ExchangeEvent.RemainsRemoved(id(root, type));
            case AS_OF -> {
                fields(root, type, "asOf");
                yield new ExchangeEvent.AsOfChanged(json.date(root.get("asOf"), ROOT + ".asOf"));
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
        ObjectNode root = NODES.objectNode();
        root.put("type", event.type().name());
        if (event instanceof ExchangeEvent.AgreementStated e) {
            payload(root, e.agreement());
        } else if (event instanceof ExchangeEvent.DetaineeAdded e) {
            payload(root, e.detainee());
        } else if (event instanceof ExchangeEvent.DetaineeCorrected e) {
            payload(root, e.detainee());
        } else if (event instanceof ExchangeEvent.DetaineeRemoved e) {
            root.put("id", e.id());
        } else if (event instanceof ExchangeEvent.BatchAdded e) {
            payload(root, e.batch());
        } else if (event instanceof ExchangeEvent.BatchCorrected e) {
            payload(root, e.batch());
        } else if (event instanceof ExchangeEvent.BatchRemoved e) {
            root.put("id", e.id());
        } else if (event instanceof ExchangeEvent.ListAdded e) {
            payload(root, e.list());
        } else if (event instanceof ExchangeEvent.ListRemoved e) {
            payload(root, e.list());
        } else if (event instanceof ExchangeEvent.RemainsAdded e) {
            payload(root, e.remains());
        } else if (event instanceof ExchangeEvent.RemainsCorrected e) {
            payload(root, e.remains());
        } else if (event instanceof ExchangeEvent.RemainsRemoved e) {
            root.put("id", e.id());
        } else if (event instanceof ExchangeEvent.AsOfChanged e) {
            root.put("asOf", e.asOf().toString());
        }
        return root.toString();
    }

    /**
     * The scenario format's JSON of one fact or of an agreement, in one line.
     *
     * @param fact an agreement, detainee, batch, list or remains
     * @return its JSON
     */
    public String write(Object fact) {
        return json.write(Objects.requireNonNull(fact, "fact"));
    }

    private void payload(ObjectNode root, Object fact) {
        root.set("payload", json.treeOf(fact));
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
