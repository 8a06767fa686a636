package org.parley.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.parley.rules.json.CompiledSchema.Part;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;

/**
 * Reads one part of a scenario on its own (an agreement, a detainee, a batch, a list, a
 * handover of remains), as a host that carries the parts in messages of its own receives
 * them: each part is validated against the same schema, checked and bound with the same
 * defaults as in a whole file, and every problem is a line naming its JSON path below the
 * path the caller gives, as {@link ScenarioReader} names them:
 * <pre>{@code
 * ScenarioParts parts = new ScenarioReader(validator.termDeclarations()).parts();
 * Detainee detainee = parts.detainee(envelope.get("payload"), "$.payload");
 * // or ScenarioException: $.payload.birthDate: "2001-13-01" is not a date (YYYY-MM-DD)
 * }</pre>
 * The custom terms of an agreement are checked against the declarations the reader was
 * given. What relates a part to the rest of a file is not checked here, since there is no
 * file: unique ids, a {@code birthDate} after the record's {@code asOf}, the counts of facts.
 * The limit of transfers per batch is the reader's; the other limits of the reader bound
 * the reading of text, which the caller did when it made the tree.
 * {@link ScenarioWriter#writePart(Object)} writes the parts back.
 *
 * <p>The tree given is not changed (the defaults are filled in on a copy). Instances are
 * immutable and thread-safe; get one from {@link ScenarioReader#parts()}.
 */
public final class ScenarioParts {

    private final PartBinder binder;

    ScenarioParts(PartBinder binder) {
        this.binder = binder;
    }

    /**
     * Reads an agreement, with the relations between its values checked as in a file.
     *
     * @param part the agreement's JSON object
     * @param path the JSON path of the part, which begins the path of each problem, such as {@code $.payload}
     * @return the agreement, never null
     * @throws ScenarioException        with every problem found, if it is not a valid agreement
     * @throws IllegalArgumentException if the path does not begin with {@code $}
     */
    public Agreement agreement(JsonNode part, String path) throws ScenarioException {
        Problems problems = new Problems();
        Agreement agreement = binder.agreement(copy(part), at(path), problems);
        return result(agreement, problems);
    }

    /**
     * Reads a detainee.
     *
     * @param part the detainee's JSON object
     * @param path the JSON path of the part, which begins the path of each problem
     * @return the detainee, never null
     * @throws ScenarioException        with every problem found, if it is not a valid detainee
     * @throws IllegalArgumentException if the path does not begin with {@code $}
     */
    public Detainee detainee(JsonNode part, String path) throws ScenarioException {
        return fact(Part.DETAINEE, part, path, Detainee.class);
    }

    /**
     * Reads a batch.
     *
     * @param part the batch's JSON object
     * @param path the JSON path of the part, which begins the path of each problem
     * @return the batch, never null
     * @throws ScenarioException        with every problem found, if it is not a valid batch
     * @throws IllegalArgumentException if the path does not begin with {@code $}
     */
    public Batch batch(JsonNode part, String path) throws ScenarioException {
        return fact(Part.BATCH, part, path, Batch.class);
    }

    /**
     * Reads a list of detainees requested by a party.
     *
     * @param part the list's JSON object
     * @param path the JSON path of the part, which begins the path of each problem
     * @return the list, never null
     * @throws ScenarioException        with every problem found, if it is not a valid list
     * @throws IllegalArgumentException if the path does not begin with {@code $}
     */
    public DetaineeList list(JsonNode part, String path) throws ScenarioException {
        return fact(Part.LIST, part, path, DetaineeList.class);
    }

    /**
     * Reads a handover of remains.
     *
     * @param part the JSON object of the handover
     * @param path the JSON path of the part, which begins the path of each problem
     * @return the handover, never null
     * @throws ScenarioException        with every problem found, if it is not a valid handover
     * @throws IllegalArgumentException if the path does not begin with {@code $}
     */
    public Remains remains(JsonNode part, String path) throws ScenarioException {
        return fact(Part.REMAINS, part, path, Remains.class);
    }

    private <T> T fact(Part kind, JsonNode part, String path, Class<T> type) throws ScenarioException {
        JsonPath at = at(path);
        JsonNode node = copy(part);
        Problems problems = new Problems();
        T bound = binder.validate(kind, node, at, problems) ? binder.bind(node, at, type, problems) : null;
        return result(bound, problems);
    }

    private static <T> T result(T bound, Problems problems) throws ScenarioException {
        if (bound == null || !problems.isEmpty()) {
            throw problems.exception();
        }
        return bound;
    }

    private static JsonNode copy(JsonNode part) {
        return Objects.requireNonNull(part, "part").deepCopy();
    }

    private static JsonPath at(String path) {
        if (!Objects.requireNonNull(path, "path").startsWith(JsonPath.ROOT.text())) {
            throw new IllegalArgumentException("a JSON path begins with $, got " + Text.quoted(Text.cut(path)));
        }
        return new JsonPath(path);
    }
}
