package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.parley.rules.model.ExchangeRecord;

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

    private static void write(ExchangeRecord record, Writer out) throws IOException {
        MAPPER.writeValue(out, document(record));
    }

    private static Document document(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        return new Document(ScenarioSchema.ID, record.agreement(), record.detainees(), record.lists(),
                record.batches(), record.remains());
    }
}
