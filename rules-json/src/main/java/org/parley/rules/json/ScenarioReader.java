package org.parley.rules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.TermDeclaration;

/**
 * Reads a scenario file (an agreement and the record of what happened under it, in the
 * format the {@linkplain ScenarioSchema JSON Schema} states) into an {@link ExchangeRecord},
 * or reports every problem that keeps it from being read.
 *
 * <pre>{@code
 * try {
 *     ExchangeRecord record = new ScenarioReader().read(Path.of("scenario.json"));
 * } catch (ScenarioException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <h2>Problems</h2>
 * Each problem is one line, {@code $.json.path: what is wrong and what was expected}:
 * <pre>
 * $.detainees[3].birthDate: "2001-13-01" is not a date (YYYY-MM-DD)
 * $.batches[0].unilateral: expected true or false, got "yes"
 * $.detainees[0].birthdate: unknown field; expected one of id, name, heldBy, returnTo, ...
 * $.agreement.terms[1].maxAgeExclusive: missing required field; expected a whole number (0 or more)
 * $.agreement.terms[0].startOn: "soon" is not a date (YYYY-MM-DD)
 * </pre>
 * Every problem of a file is reported, in document order, except where the file is not valid
 * JSON or is past a limit: then that problem ends the reading, since nothing after it can be
 * trusted. If there is any problem, no record is returned.
 *
 * <h2>What is checked</h2>
 * Each part of the file (the agreement, each detainee, list, batch and handover of remains)
 * is validated against the schema on its own, as it is read, and bound to its record with
 * the schema's defaults; a custom term against the parameters its rule file declares
 * ({@link TermDeclaration}). Then the relations between values that a schema cannot state:
 * unique ids of detainees, batches and remains; distinct party codes; each term type at most
 * once; {@code maxAgeExclusive} greater than {@code minAge}; a daily schedule's {@code to} on
 * or after its {@code from} and at most {@value org.parley.rules.model.Schedule#MAX_DAYS}
 * days after it; ALL_FOR_ALL covering YOUNG only beside an AGE_LIMIT term; {@code timeZone}
 * an IANA zone id; {@code asOf} not before {@code signedOn}; no {@code birthDate} after the
 * record's {@code asOf}. A {@code "$schema"} key at the top is accepted and ignored.
 *
 * <p>A file is read first by a quick path that binds each fact straight from the tokens with
 * Jackson databind, set to refuse everything the schema refuses (and some of what it
 * accepts); only where the quick path cannot vouch for the file is it read again against the
 * schema, part by part, which finds and words every problem. Either way the result is the
 * same: the record, or the same problems at the same paths. A stream is kept in memory while
 * it is read, so that it can be read again.
 *
 * <p>References between facts (a transfer or a list naming an unknown detainee, a party code
 * that is not a party's) are not problems here: a validator reports them as violations, so
 * that the rest of the record is still judged.
 *
 * <h2>Limits</h2>
 * A reader stops at the {@link ReaderLimits} it was given, with one problem line naming the
 * place and the limit, such as {@code $.detainees: 2000001 detainees is more than the limit
 * of 2000000}. Bytes that are not UTF-8 are a problem like a syntax error.
 *
 * <h2>Progress</h2>
 * {@link #read(Path, ReadingProgress)} and {@link #read(InputStream, ReadingProgress)} tell a
 * {@link ReadingProgress} the facts bound and the bytes read as the reading goes, of the
 * file's size when it is a file, for a progress display of large files; the other methods
 * tell nobody. A file the quick path cannot vouch for is read a second time by the checking
 * path, and its progress starts again from zero, in facts and in bytes.
 *
 * <p>A reader is immutable and thread-safe.
 */
public final class ScenarioReader {

    private final Map<String, TermDeclaration> customTerms;
    private final ReaderLimits limits;
    private final CompiledSchema schema;
    private final JsonFactory factory;
    private final JsonMapper mapper;
    private final ScenarioParts parts;
    private final StrictBinding strict;

    /** Creates a reader of the built-in term types, with the default limits. */
    public ScenarioReader() {
        this(List.of());
    }

    /**
     * Creates a reader that also knows the custom terms that rule files declare, such as
     * those of {@link org.parley.rules.Validator#termDeclarations()}, with the default limits.
     * A term of such a type is read as a {@link org.parley.rules.model.CustomTerm} whose
     * parameters are checked against its declaration, with the declared defaults filled in:
     * whole numbers as {@link Long}, dates as {@link java.time.LocalDate}, lists of strings as
     * {@link List}.
     *
     * @param customTerms the declarations of the custom terms
     * @throws NullPointerException     if the collection or a declaration is null
     * @throws IllegalArgumentException if two declarations have the same type
     */
    public ScenarioReader(Collection<TermDeclaration> customTerms) {
        this(customTerms, ReaderLimits.defaults());
    }

    /**
     * Creates a reader that also knows some custom terms (see {@link #ScenarioReader(Collection)})
     * and stops at the given limits.
     *
     * @param customTerms the declarations of the custom terms
     * @param limits      how much the reader reads before it rejects a file
     * @throws NullPointerException     if an argument or a declaration is null
     * @throws IllegalArgumentException if two declarations have the same type
     */
    public ScenarioReader(Collection<TermDeclaration> customTerms, ReaderLimits limits) {
        Map<String, TermDeclaration> byType = new LinkedHashMap<>();
        for (TermDeclaration declaration : Objects.requireNonNull(customTerms, "customTerms")) {
            if (byType.put(Objects.requireNonNull(declaration, "declaration").type(), declaration) != null) {
                throw new IllegalArgumentException("term type " + declaration.type() + " is declared twice");
            }
        }
        this.customTerms = Map.copyOf(byType);
        this.limits = Objects.requireNonNull(limits, "limits");
        this.schema = new CompiledSchema(byType.values());
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The lengths and the depth are checked by LimitedParser, with the reader's own
                // messages; Jackson's constraints stay as a bound on what it decodes meanwhile.
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth() + 1)
                        .maxStringLength(Math.max(limits.maxStringLength(), Integer.MAX_VALUE / 4))
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxDocumentLength(-1)
                        .build())
                .build();
        this.mapper = ScenarioModule.mapper(this.customTerms);
        this.parts = new ScenarioParts(new PartBinder(schema, mapper, this.limits));
        this.strict = new StrictBinding(schema.tree(), mapper);
    }

    /**
     * The reader of single parts of a scenario (an agreement, a detainee, a batch, a list,
     * remains), with this reader's schema, custom terms and limit of transfers per batch.
     *
     * @return the reader of parts, never null
     */
    public ScenarioParts parts() {
        return parts;
    }

    /**
     * A reader that knows the same custom terms as this one and stops at other limits.
     *
     * @param newLimits the limits of the new reader
     * @return the new reader; this one is unchanged
     * @throws NullPointerException if the limits are null
     */
    public ScenarioReader withLimits(ReaderLimits newLimits) {
        return new ScenarioReader(customTerms.values(), newLimits);
    }

    /**
     * The limits of this reader.
     *
     * @return the limits, never null
     */
    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Reads a scenario file, which must be a regular file: a named pipe, a device or a
     * folder is refused before it is opened, so that reading never waits for a writer. A
     * file larger than the size limit is rejected before it is read.
     *
     * @param file the file, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws IOException       if the file cannot be read, does not exist or is not a regular file
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(Path file) throws IOException, ScenarioException {
        regularFileSize(file);
        return read(file, new FactCount(), in -> in);
    }

    /**
     * Reads a scenario file as {@link #read(Path)} does, telling {@code progress} how many
     * facts have been bound and how many of the file's bytes have been read as the reading
     * goes; both start again from zero if the reading falls back to the checking path.
     *
     * @param file     the file, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @param progress hears the facts bound and the bytes read of the file's size
     * @return the record, never null
     * @throws IOException       if the file cannot be read, does not exist or is not a regular file
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(Path file, ReadingProgress progress) throws IOException, ScenarioException {
        Objects.requireNonNull(progress, "progress");
        long size = regularFileSize(file);
        FactCount facts = new FactCount();
        return read(file, facts, in -> new Reporting(in, OptionalLong.of(size), progress, facts));
    }

    /**
     * Reads a scenario from a stream as {@link #read(InputStream)} does, telling
     * {@code progress} how many facts have been bound and how many bytes have been read as
     * the reading goes; the size of a stream is not known. Both start again from zero if
     * the reading falls back to the checking path (which reads again what the quick path
     * read, kept in memory, then the rest of the stream).
     *
     * @param in       the scenario, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @param progress hears the facts bound and the bytes read
     * @return the record, never null
     * @throws IOException       if the stream cannot be read
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(InputStream in, ReadingProgress progress) throws IOException, ScenarioException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(progress, "progress");
        FactCount facts = new FactCount();
        return read(in, facts, read -> new Reporting(read, OptionalLong.empty(), progress, facts));
    }

    /** The size of a regular file within the size limit; refuses anything else before it is opened. */
    private long regularFileSize(Path file) throws IOException, ScenarioException {
        BasicFileAttributes attributes = Files.readAttributes(Objects.requireNonNull(file, "file"),
                BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException("is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("is not a regular file (a pipe or a device); give a file, or - for standard input");
        }
        if (attributes.size() > limits.maxFileBytes()) {
            throw new ScenarioException(List.of(JsonPath.ROOT + ": the file is " + attributes.size()
                    + " bytes, more than the limit of " + limits.maxFileBytes()));
        }
        return attributes.size();
    }

    /** A checked regular file: by the quick path, and if it gives up, opened again for the checking path. */
    private ExchangeRecord read(Path file, FactCount facts, UnaryOperator<InputStream> opened)
            throws IOException, ScenarioException {
        // NOFOLLOW is not wanted: a link to a regular file is a regular file, as checked before.
        try (InputStream in = opened.apply(Files.newInputStream(file, new LinkOption[0]))) {
            Optional<ExchangeRecord> record = quick(() -> factory.createParser(new Bounded(in, limits.maxFileBytes())),
                    facts);
            if (record.isPresent()) {
                return record.get();
            }
        }
        facts.restart();
        try (InputStream in = opened.apply(Files.newInputStream(file, new LinkOption[0]))) {
            return checked(in, facts);
        }
    }

    /**
     * Reads a scenario from a stream, as a stream: to the end of the scenario, or until it is
     * past the size limit; the stream is not closed.
     *
     * @param in the scenario, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws IOException       if the stream cannot be read
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(InputStream in) throws IOException, ScenarioException {
        return read(Objects.requireNonNull(in, "in"), new FactCount(), read -> read);
    }

    /**
     * A stream, by the quick path, and if it gives up, by the checking path on what was read
     * and the rest; {@code opened} wraps what each path reads.
     */
    private ExchangeRecord read(InputStream in, FactCount facts, UnaryOperator<InputStream> opened)
            throws IOException, ScenarioException {
        Recording recording = new Recording(in);
        Optional<ExchangeRecord> record = quick(() -> factory.createParser(
                new Bounded(opened.apply(recording), limits.maxFileBytes())), facts);
        if (record.isPresent()) {
            return record.get();
        }
        facts.restart();
        return checked(opened.apply(recording.replay()), facts);
    }

    /**
     * Reads a scenario by the quick path alone: a record where it vouches for the content,
     * else empty (then {@link #checked} reads it).
     */
    Optional<ExchangeRecord> quick(String json) throws IOException {
        return utf8Length(json) > limits.maxFileBytes() ? Optional.empty()
                : quick(() -> factory.createParser(json), new FactCount());
    }

    /** Reads a scenario by the checking path alone, as the reader did before it had a quick path. */
    ExchangeRecord checked(String json) throws ScenarioException {
        if (utf8Length(json) > limits.maxFileBytes()) {
            throw new ScenarioException(List.of(JsonPath.ROOT + ": the file is " + utf8Length(json)
                    + " bytes, more than the limit of " + limits.maxFileBytes()));
        }
        try (JsonParser parser = factory.createParser(json)) {
            return new ScenarioStream(new LimitedParser(parser, limits), limits, schema, mapper, new FactCount()).read();
        } catch (IOException e) {
            throw new IllegalStateException("reading text in memory failed", e);
        }
    }

    /** A parser of the source, opened by the quick path. */
    @FunctionalInterface
    private interface Source {
        JsonParser open() throws IOException;
    }

    /** The quick path on a parser, which it closes; the source is not closed. */
    private Optional<ExchangeRecord> quick(Source source, FactCount facts) throws IOException {
        try (JsonParser parser = source.open()) {
            return new StrictStream(new LimitedParser(parser, limits), limits, schema, mapper, strict, facts).read();
        } catch (Bounded.PastSize e) {
            return Optional.empty();
        }
    }

    /** The checking path on a stream: every problem found and worded. */
    private ExchangeRecord checked(InputStream in, FactCount facts) throws IOException, ScenarioException {
        Bounded bounded = new Bounded(in, limits.maxFileBytes());
        try (JsonParser parser = factory.createParser(bounded)) {
            return new ScenarioStream(new LimitedParser(parser, limits), limits, schema, mapper, facts).read();
        } catch (Bounded.PastSize e) {
            throw new ScenarioException(List.of(JsonPath.ROOT + ": the file is more than the limit of "
                    + limits.maxFileBytes() + " bytes"));
        }
    }

    /**
     * Reads a scenario from its bytes.
     *
     * @param json the scenario, in UTF-8 (or another encoding JSON allows, with a byte order mark)
     * @return the record, never null
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(byte[] json) throws ScenarioException {
        Objects.requireNonNull(json, "json");
        if (json.length > limits.maxFileBytes()) {
            throw new ScenarioException(List.of(JsonPath.ROOT + ": the file is " + json.length
                    + " bytes, more than the limit of " + limits.maxFileBytes()));
        }
        try {
            Optional<ExchangeRecord> record = quick(() -> factory.createParser(json), new FactCount());
            return record.isPresent() ? record.get() : checked(new ByteArrayInputStream(json), new FactCount());
        } catch (IOException e) {
            // Bytes in memory do not fail to be read.
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }

    /**
     * Reads a scenario from its text. Its size is that of the text in UTF-8.
     *
     * @param json the scenario
     * @return the record, never null
     * @throws ScenarioException with every problem found, if the content is not a valid scenario
     */
    public ExchangeRecord read(String json) throws ScenarioException {
        long bytes = utf8Length(Objects.requireNonNull(json, "json"));
        if (bytes > limits.maxFileBytes()) {
            throw new ScenarioException(List.of(JsonPath.ROOT + ": the file is " + bytes
                    + " bytes, more than the limit of " + limits.maxFileBytes()));
        }
        // Parsed as characters, so that a lone surrogate is reported as it is, not as "?".
        try {
            Optional<ExchangeRecord> record = quick(() -> factory.createParser(json), new FactCount());
            if (record.isPresent()) {
                return record.get();
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading text in memory failed", e);
        }
        return checked(json);
    }

    /** The length of the text in UTF-8, as a file would have it. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * A stream that keeps what is read from it, so that the checking path can read it again
     * from the start when the quick path gives up; closing it leaves the stream it reads open.
     */
    private static final class Recording extends FilterInputStream {

        private final List<byte[]> chunks = new ArrayList<>();

        Recording(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                chunks.add(new byte[] {(byte) b});
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                chunks.add(Arrays.copyOfRange(buffer, offset, offset + n));
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes must be kept too: read them.
            return readNBytes((int) Math.min(n, Integer.MAX_VALUE)).length;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The caller's stream stays open; the reader does not close it.
        }

        /** What was read, then the rest of the stream; what was kept is let go. */
        InputStream replay() {
            List<InputStream> parts = new ArrayList<>();
            for (byte[] chunk : chunks) {
                parts.add(new ByteArrayInputStream(chunk));
            }
            chunks.clear();
            parts.add(in);
            return new SequenceInputStream(Collections.enumeration(parts));
        }
    }

    /**
     * A stream that tells a listener how many bytes have been read from it, and how many
     * facts the reading has bound so far, after each read.
     */
    private static final class Reporting extends FilterInputStream {

        private final OptionalLong total;
        private final ReadingProgress progress;
        private final FactCount facts;
        private long read;

        Reporting(InputStream in, OptionalLong total, ReadingProgress progress, FactCount facts) {
            super(in);
            this.total = total;
            this.progress = progress;
            this.facts = facts;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
                progress.progressed(facts.count(), read, total);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                progress.progressed(facts.count(), read, total);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                read += skipped;
                progress.progressed(facts.count(), read, total);
            }
            return skipped;
        }
    }

    /** A stream that fails once more than {@code limit} bytes have been read from it. */
    private static final class Bounded extends FilterInputStream {

        /** Thrown when the stream is past its size. */
        static final class PastSize extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PastSize {
            read += n;
            if (read > limit) {
                throw new PastSize();
            }
        }
    }
}
