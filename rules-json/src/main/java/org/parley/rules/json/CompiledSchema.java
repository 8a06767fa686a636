package org.parley.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.parley.rules.model.TermDeclaration;

/**
 * The scenario schema, extended with some custom terms, compiled by the validator for each
 * part of a file that is read on its own: the agreement, a detainee, a list, a batch, a
 * handover of remains. It is compiled when a part is first validated, not before: the quick
 * path of the reader checks the agreement with {@link SureCheck} on the schema's tree, and
 * asks the validator only where that check is not sure.
 */
final class CompiledSchema {

    /** The parts of a scenario that are validated one by one, by their definitions' names. */
    enum Part {
        AGREEMENT("agreement"), DETAINEE("detainee"), LIST("list"), BATCH("batch"), REMAINS("remains");

        final String definition;

        Part(String definition) {
            this.definition = definition;
        }
    }

    private final ObjectNode tree;
    private final SchemaProblems problems;
    private final SureCheck sure;
    private volatile Map<Part, Schema> parts;

    CompiledSchema(Collection<TermDeclaration> customTerms) {
        this.tree = ScenarioSchema.tree(customTerms);
        this.problems = new SchemaProblems(tree);
        this.sure = new SureCheck(tree);
    }

    /** The parts compiled by the validator, on first use. */
    private Map<Part, Schema> parts() {
        Map<Part, Schema> compiled = parts;
        if (compiled == null) {
            synchronized (this) {
                compiled = parts;
                if (compiled == null) {
                    compiled = compile(tree);
                    parts = compiled;
                }
            }
        }
        return compiled;
    }

    private static Map<Part, Schema> compile(ObjectNode tree) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(ScenarioSchema.ID, tree.toString()))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Map<Part, Schema> compiled = new java.util.EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(ScenarioSchema.ID + "#/$defs/" + part.definition));
            schema.initializeValidators();
            compiled.put(part, schema);
        }
        return compiled;
    }

    /** The schema's tree, for the names of the top-level fields. */
    ObjectNode tree() {
        return tree;
    }

    /**
     * Validates one part, filling in the defaults of the fields it leaves out, and adds a
     * problem line for each error.
     *
     * @return whether the part is valid
     */
    boolean validate(Part part, JsonNode node, JsonPath at, Problems found) {
        List<Error> errors = parts().get(part).validate(node);
        if (errors.isEmpty()) {
            applyDefaults(node, tree.get("$defs").get(part.definition));
            return true;
        }
        problems.add(errors, node, at, found);
        return false;
    }

    /**
     * Whether one part is surely valid ({@link SureCheck}), without the validator; if so, fills
     * in the defaults of the fields it leaves out, as {@link #validate} does.
     *
     * @return true where the validator would find the part valid; false where it would not,
     *         or where the check is not sure (the part is then left as it was)
     */
    boolean surelyValid(Part part, JsonNode node) {
        JsonNode definition = tree.get("$defs").get(part.definition);
        if (sure.check(definition, node) != SureCheck.Verdict.VALID) {
            return false;
        }
        applyDefaults(node, definition);
        return true;
    }

    /** What the check without the validator says of one part (for the properties that compare it). */
    SureCheck.Verdict sureVerdict(Part part, JsonNode node) {
        return sure.check(tree.get("$defs").get(part.definition), node);
    }

    /** The validator's errors of one part, its defaults not filled in (for the same properties). */
    List<Error> errors(Part part, JsonNode node) {
        return parts().get(part).validate(node);
    }

    /**
     * Fills in the schema's {@code default} of every field a valid part leaves out or gives
     * as null, in the part and in the objects it holds; a term takes the defaults of its
     * type's definition. (The validator's walk does the same at twice the cost of a
     * validation.)
     */
    private void applyDefaults(JsonNode node, JsonNode definition) {
        JsonNode schema = ScenarioSchema.resolve(tree, definition);
        if (!(node instanceof ObjectNode object) || schema == null) {
            return;
        }
        for (JsonNode branch : schema.path("allOf")) {
            JsonNode type = branch.at("/if/properties/type/const");
            if (type.isTextual() && type.equals(object.get("type"))) {
                applyDefaults(object, branch.get("then"));
            }
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode field = ScenarioSchema.resolve(tree, property.getValue());
            JsonNode value = object.get(property.getKey());
            if ((value == null || value.isNull()) && field.has("default")) {
                object.set(property.getKey(), field.get("default").deepCopy());
            } else if (value != null && value.isObject()) {
                applyDefaults(value, field);
            } else if (value != null && value.isArray() && field.has("items")) {
                for (JsonNode element : value) {
                    applyDefaults(element, field.get("items"));
                }
            }
        });
    }
}
