package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;

/**
 * Writes exchange records as scenario files, which a {@link ScenarioReader} reads back into
 * equal records: {@code "$schema"} first, naming {@link ScenarioSchema#ID}, then the
 * agreement and the facts, every field written out (absent optional ones left out).
 *
 * <p>A writer is immutable and thread-safe.
 */
public final class ScenarioWriter {

    private static final ObjectMapper MAPPER = ScenarioModule.mapper(Map.of());

    /** The document a scenario file holds: its schema, then the record's parts. */
    private record Document(String $schema, Object agreement, Object detainees, Object lists, Object batches,
                            Object remains) {
    }

    /** Creates a writer. */
    public ScenarioWriter() {
        // Nothing to configure: the format is the schema's.
    }

    /**
     * The record as the text of a scenario file, on one line.
     *
     * @param record the record
     * @return the JSON text
     * @throws NullPointerException if the record is null
     */
    public String write(ExchangeRecord record) {
        StringWriter text = new StringWriter();
        try {
            write(record, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter failed", e);
        }
        return text.toString();
    }

    /**
     * Writes the record as a scenario file, in UTF-8; the stream is not closed.
     *
     * @param record the record
     * @param out    where to write
     * @throws IOException if the stream fails
     */
    public void write(ExchangeRecord record, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(Objects.requireNonNull(out, "out"))) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            MAPPER.writeValue(json, document(record));
        }
    }

    /**
     * One part of a scenario as the format writes it in a file, on one line: what
     * {@link ScenarioParts} reads back into an equal part.
     *
     * @param part an {@link Agreement}, a {@link Detainee}, a {@link Batch}, a {@link DetaineeList} or
     *             a {@link Remains}
     * @return the JSON text of the part
     * @throws IllegalArgumentException if the part is none of these
     * @throws NullPointerException     if the part is null
     */
    public String writePart(Object part) {
        Objects.requireNonNull(part, "part");
        if (!(part instanceof Agreement || part instanceof Detainee || part instanceof Batch
                || part instanceof DetaineeList || part instanceof Remains)) {
            throw new IllegalArgumentException("not a part of a scenario: " + part.getClass().getName());
        }
        try {
            return MAPPER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a part of a scenario cannot be written", e);
        }
    }

    private static void write(ExchangeRecord record, Writer out) throws IOException {
        MAPPER.writeValue(out, document(record));
    }

    private static Document document(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        return new Document(ScenarioSchema.ID, record.agreement(), record.detainees(), record.lists(),
                record.batches(), record.remains());
    }
}
