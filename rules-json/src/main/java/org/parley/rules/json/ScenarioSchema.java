package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.rules.model.ParameterType;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;

/**
 * The JSON Schema (draft 2020-12) of the scenario format: the format's reference, which the
 * {@link ScenarioReader} validates every file against.
 *
 * <p>The schema is the resource {@value #RESOURCE} of this jar, and {@code docs/scenario.schema.json}
 * in the source tree; its {@code $id} is {@value #ID}, which a scenario names in its
 * {@code "$schema"} key so that an editor checks and completes it:
 * <pre>{@code
 * { "$schema": "https://parley.org/schemas/scenario/1/scenario.schema.json", "agreement": ... }
 * }</pre>
 * {@link #text(Collection)} gives the schema extended with the custom terms of rule files, so
 * that an editor checks their parameters too.
 */
public final class ScenarioSchema {

    /** The stable {@code $id} of the schema; a new major version of the format gets a new one. */
    public static final String ID = "https://parley.org/schemas/scenario/1/scenario.schema.json";

    /** The classpath resource of the schema. */
    public static final String RESOURCE = "/org/parley/rules/json/scenario.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode BUILT_IN = load();

    private ScenarioSchema() {
    }

    /**
     * The schema of the built-in terms, as published.
     *
     * @return the schema's text, pretty-printed
     */
    public static String text() {
        return text(List.of());
    }

    /**
     * The schema extended with custom terms: their types join the term types, and each has
     * a definition of its parameters (types, required ones, defaults, descriptions), with
     * unknown parameters rejected.
     *
     * @param customTerms the declarations of the custom terms, as a validator's
     *                    {@link org.parley.rules.Validator#termDeclarations()} gives them
     * @return the schema's text, pretty-printed
     * @throws NullPointerException if the collection or a declaration is null
     */
    public static String text(Collection<TermDeclaration> customTerms) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(customTerms)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema cannot be written", e);
        }
    }

    /** The schema as a tree, extended with the custom terms in order of their types; a new tree each call. */
    static ObjectNode tree(Collection<TermDeclaration> customTerms) {
        ObjectNode schema = BUILT_IN.deepCopy();
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        ArrayNode types = (ArrayNode) defs.get("termType").get("enum");
        ArrayNode cases = (ArrayNode) defs.get("term").get("allOf");
        List<TermDeclaration> sorted = customTerms.stream().map(t -> Objects.requireNonNull(t, "declaration"))
                .sorted(Comparator.comparing(TermDeclaration::type)).toList();
        for (TermDeclaration term : sorted) {
            types.add(term.type());
            ObjectNode condition = cases.addObject();
            ObjectNode when = condition.putObject("if");
            when.putObject("properties").putObject("type").put("const", term.type());
            when.putArray("required").add("type");
            condition.putObject("then").put("$ref", "#/$defs/" + term.type());
            defs.set(term.type(), definition(term));
        }
        return schema;
    }

    private static ObjectNode definition(TermDeclaration term) {
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        definition.put("type", "object");
        definition.put("description", term.description());
        ObjectNode properties = definition.putObject("properties");
        properties.putObject("type").put("const", term.type()).put("description", "The term's type.");
        ArrayNode required = JsonNodeFactory.instance.arrayNode();
        for (TermParameter parameter : term.parameters()) {
            ObjectNode property = properties.putObject(parameter.name());
            parameterType(property, parameter);
            parameter.defaultValue().ifPresent(value -> property.set("default", MAPPER.valueToTree(
                    value instanceof java.time.LocalDate date ? date.toString() : value)));
            property.put("description", parameter.description());
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        if (!required.isEmpty()) {
            definition.set("required", required);
        }
        definition.put("additionalProperties", false);
        return definition;
    }

    private static void parameterType(ObjectNode property, TermParameter parameter) {
        // An optional parameter may be null, which means absent, as everywhere in the format.
        boolean nullable = !parameter.required();
        ParameterType type = parameter.type();
        switch (type) {
            case INTEGER -> {
                typed(property, "integer", nullable);
                property.put("minimum", Long.MIN_VALUE);
                property.put("maximum", Long.MAX_VALUE);
            }
            case STRING -> typed(property, "string", nullable);
            case BOOLEAN -> typed(property, "boolean", nullable);
            case DATE -> {
                typed(property, "string", nullable);
                property.put("format", "date");
            }
            case STRING_LIST -> {
                typed(property, "array", nullable);
                property.putObject("items").put("type", "string");
            }
            case ENUM -> {
                ArrayNode values = property.putArray("enum");
                parameter.values().forEach(values::add);
                if (nullable) {
                    values.addNull();
                }
            }
        }
    }

    private static void typed(ObjectNode property, String type, boolean nullable) {
        if (nullable) {
            property.putArray("type").add(type).add("null");
        } else {
            property.put("type", type);
        }
    }

    private static ObjectNode load() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + RESOURCE + " is missing from the jar");
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema " + RESOURCE + " cannot be read", e);
        }
    }

    /** The definition of a part of the format, such as {@code detainee}, with its $ref resolved. */
    static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode current = node;
        // Refs in the schema are local (#/$defs/...); a few steps at most.
        for (int i = 0; i < 8 && current != null && current.has("$ref"); i++) {
            current = schema.at(current.get("$ref").textValue().substring(1));
        }
        return current;
    }
}
