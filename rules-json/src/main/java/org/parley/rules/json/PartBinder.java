package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.rules.json.CompiledSchema.Part;
import org.parley.rules.model.Agreement;

/**
 * Validates, checks and binds one part of a scenario (the agreement, a detainee, a list, a
 * batch, a handover of remains) on its own tree: what the streaming reader does for each part
 * of a file, and {@link ScenarioParts} for a part alone.
 */
final class PartBinder {

    private final CompiledSchema schema;
    private final JsonMapper mapper;
    private final ReaderLimits limits;

    PartBinder(CompiledSchema schema, JsonMapper mapper, ReaderLimits limits) {
        this.schema = schema;
        this.mapper = mapper;
        this.limits = limits;
    }

    /**
     * Validates an agreement, fills in its defaults, checks the relations between its values
     * and binds it.
     *
     * @return the agreement, or null with the problems added
     */
    Agreement agreement(JsonNode node, JsonPath at, Problems problems) {
        if (!schema.validate(Part.AGREEMENT, node, at, problems)) {
            return null;
        }
        return checkedAndBound(node, at, problems);
    }

    /**
     * The agreement as the quick path reads it: {@link #agreement}, but checked against the
     * schema without the validator ({@link CompiledSchema#surelyValid}), so that the schema is
     * not compiled for a valid file.
     *
     * @return the agreement, or null where the check is not sure that it is valid or a problem
     *         was added; the checking path then reads the file again and words its problems
     */
    Agreement surelyValidAgreement(JsonNode node, JsonPath at, Problems problems) {
        if (!schema.surelyValid(Part.AGREEMENT, node)) {
            return null;
        }
        return checkedAndBound(node, at, problems);
    }

    /** A valid agreement, its schema defaults filled in: the other defaults, the checks, the binding. */
    private Agreement checkedAndBound(JsonNode node, JsonPath at, Problems problems) {
        ObjectNode object = (ObjectNode) node;
        // The defaults the schema cannot state: they are other fields' values.
        if (object.path("title").isNull() || object.path("title").isMissingNode()) {
            object.set("title", object.get("id"));
        }
        for (JsonNode party : object.get("parties")) {
            if (party.path("name").isNull() || party.path("name").isMissingNode()) {
                ((ObjectNode) party).set("name", party.get("code"));
            }
        }
        return ScenarioChecks.agreement(object, at, problems) ? bind(node, at, Agreement.class, problems) : null;
    }

    /**
     * Validates a fact (not the agreement) against the limit of transfers per batch and the
     * schema, filling in its defaults.
     *
     * @return whether it is valid; if not, the problems are added
     */
    boolean validate(Part part, JsonNode node, JsonPath at, Problems problems) {
        if (part == Part.BATCH && node.path("transfers").size() > limits.maxTransfersPerBatch()) {
            problems.add(at.field("transfers"), node.get("transfers").size()
                    + " transfers is more than the limit of " + limits.maxTransfersPerBatch() + " per batch");
            return false;
        }
        return schema.validate(part, node, at, problems);
    }

    /**
     * Binds a part that the schema and the checks found valid. Should a record still refuse
     * it, its reason becomes a problem at the part's path rather than an exception.
     *
     * @return the record, or null with the problem added
     */
    <T> T bind(JsonNode node, JsonPath at, Class<T> type, Problems problems) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            // The record's own reason (a constructor's IllegalArgumentException) or Jackson's,
            // without the location Jackson appends: the path says where.
            String reason = cause instanceof JsonProcessingException jackson ? jackson.getOriginalMessage()
                    : cause.getMessage();
            problems.add(at, Text.printable(String.valueOf(reason)));
            return null;
        }
    }
}
