package org.parley.rules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;

/**
 * The quick path of one reading: the file token by token, the agreement checked as
 * {@link ScenarioStream} checks it, but against the schema's tree without the validator
 * ({@link SureCheck}: where it is not sure, the quick path gives up), every fact bound
 * strictly by {@link StrictBinding} straight from the tokens, with no tree; unique ids are
 * left to the record's constructor, which refuses repeated ones. It gives a record
 * only where it finds nothing wrong; at the first thing it cannot vouch for (a fact the strict
 * binding refuses, a repeated id, a limit, anything else) it gives up, and the reader reads
 * the file again by the checking path, which finds and words every problem.
 */
final class StrictStream {

    private final LimitedParser parser;
    private final ReaderLimits limits;
    private final PartBinder binder;
    private final StrictBinding binding;
    private final JsonMapper mapper;
    private final StrictBinding.Remembered remembered;
    /** Counts the facts bound, for the progress of the reading. */
    private final FactCount factCount;

    StrictStream(LimitedParser parser, ReaderLimits limits, CompiledSchema schema, JsonMapper mapper,
                 StrictBinding binding, FactCount factCount) {
        this.parser = parser;
        this.factCount = factCount;
        this.limits = limits;
        this.binder = new PartBinder(schema, mapper, limits);
        this.binding = binding;
        this.mapper = mapper;
        this.remembered = binding.reading();
    }

    /**
     * The record, or empty where the checking path must read the file.
     *
     * @throws IOException if the source fails to be read (not if its content is wrong)
     */
    Optional<ExchangeRecord> read() throws IOException {
        try {
            return Optional.ofNullable(readDocument());
        } catch (JacksonException | LimitedParser.PastLimit | CharConversionException | RuntimeException e) {
            // Not a problem of its own: the checking path finds it again and words it.
            return Optional.empty();
        }
    }

    private ExchangeRecord readDocument() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Agreement agreement = null;
        List<Detainee> detainees = null;
        List<Batch> batches = List.of();
        List<DetaineeList> lists = List.of();
        List<Remains> remains = List.of();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "$schema" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                }
                case "agreement" -> {
                    Problems problems = new Problems();
                    JsonNode node = mapper.readTree(parser);
                    agreement = binder.surelyValidAgreement(node, JsonPath.ROOT.field("agreement"), problems);
                    if (agreement == null || !problems.isEmpty()) {
                        return null;
                    }
                }
                case "detainees" -> detainees = facts(value, limits.maxDetainees(), binding::detainee);
                case "batches" -> batches = value == JsonToken.VALUE_NULL ? List.of()
                        : facts(value, limits.maxBatches(), (p, r) -> withinTransferLimit(binding.batch(p, r)));
                case "lists" -> lists = value == JsonToken.VALUE_NULL ? List.of()
                        : facts(value, limits.maxLists(), binding::list);
                case "remains" -> remains = value == JsonToken.VALUE_NULL ? List.of()
                        : facts(value, limits.maxRemains(), binding::remains);
                default -> {
                    return null;
                }
            }
        }
        if (parser.nextToken() != null || agreement == null || detainees == null) {
            return null;
        }
        ExchangeRecord record = new ExchangeRecord(agreement, detainees, batches, lists, remains);
        LocalDate asOf = record.asOf();
        for (Detainee detainee : detainees) {
            if (detainee.birthDate().isPresent() && detainee.birthDate().get().isAfter(asOf)) {
                return null;
            }
        }
        return record;
    }

    /** Binds one fact at the parser's current token. */
    @FunctionalInterface
    private interface Binding<T> {
        T bind(JsonParser parser, StrictBinding.Remembered remembered) throws IOException;
    }

    /** The facts of an array, at most {@code limit} of them. */
    private <T> List<T> facts(JsonToken token, int limit, Binding<T> binding) throws IOException {
        start(token);
        List<T> read = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            T fact = binding.bind(parser, remembered);
            if (read.size() >= limit) {
                throw new StrictBinding.Refused();
            }
            read.add(fact);
            factCount.add();
        }
        return read;
    }

    private Batch withinTransferLimit(Batch batch) {
        if (batch.transfers().size() > limits.maxTransfersPerBatch()) {
            throw new StrictBinding.Refused();
        }
        return batch;
    }

    private static void start(JsonToken token) {
        if (token != JsonToken.START_ARRAY) {
            throw new StrictBinding.Refused();
        }
    }
}
