package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Status;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;

/**
 * Turns the JSON tree of a scenario file into an exchange record, finding every problem.
 *
 * <p>Each part is read in full even after a problem, so that one run reports them all; a
 * part with a problem is never built, and neither is anything that contains it.
 */
final class ScenarioDecoder {

    private static final List<String> ROOT_FIELDS = List.of("agreement", "detainees", "lists", "batches", "remains");
    private static final List<String> AGREEMENT_FIELDS =
            List.of("id", "title", "signedOn", "timeZone", "asOf", "parties", "terms");
    private static final List<String> PARTY_FIELDS = List.of("code", "name");
    private static final List<String> DETAINEE_FIELDS =
            List.of("id", "name", "heldBy", "returnTo", "status", "birthDate", "condition", "consent");
    private static final List<String> LIST_FIELDS = List.of("requestedBy", "detainees");
    private static final List<String> BATCH_FIELDS = List.of("id", "date", "unilateral", "transfers");
    private static final List<String> TRANSFER_FIELDS = List.of("detainee", "basis", "at");
    private static final List<String> REMAINS_FIELDS = List.of("id", "date", "from", "to", "count");

    // Built once: a file may have millions of detainees and transfers.
    private static final ValueType<Status> STATUS = ValueTypes.oneOf(Status.class);
    private static final ValueType<Condition> CONDITION = ValueTypes.oneOf(Condition.class);
    private static final ValueType<Consent> CONSENT = ValueTypes.oneOf(Consent.class);
    private static final ValueType<Basis> BASIS = ValueTypes.oneOf(Basis.class);
    private static final ValueType<List<String>> DETAINEE_IDS =
            ValueTypes.arrayOf(ValueTypes.STRING, "an array of detainee ids");

    private static final ValueType<Party> PARTY = ValueType.of("a party object", ScenarioDecoder::party);
    private static final ValueType<List<Party>> PARTIES = ValueType.of("an array of two parties", ScenarioDecoder::parties);
    private static final ValueType<List<Detainee>> DETAINEES = unique(
            ValueTypes.arrayOf(ValueType.of("a detainee object", ScenarioDecoder::detainee), "an array of detainees"),
            "expected a unique detainee id");
    private static final ValueType<List<DetaineeList>> LISTS = ValueTypes.arrayOf(
            ValueType.of("a list object", ScenarioDecoder::detaineeList), "an array of lists");
    private static final ValueType<Transfer> TRANSFER = ValueType.of("a transfer object", ScenarioDecoder::transfer);
    private static final ValueType<List<Batch>> BATCHES = unique(
            ValueTypes.arrayOf(ValueType.of("a batch object", ScenarioDecoder::batch), "an array of batches"),
            "expected a unique batch id");
    private static final ValueType<List<Remains>> REMAINS = unique(
            ValueTypes.arrayOf(ValueType.of("a remains object", ScenarioDecoder::remains), "an array of remains"),
            "expected a unique remains id");

    private final ValueType<Agreement> agreement = ValueType.of("an agreement object", this::agreement);
    private final ValueType<List<Term>> terms;

    /** A decoder that knows the given term types besides the built-in ones. */
    ScenarioDecoder(Set<String> customTermTypes) {
        this.terms = new TermDecoder(customTermTypes).terms();
    }

    /**
     * Reads a whole scenario.
     *
     * @throws ScenarioException with every problem found, if there is any
     */
    ExchangeRecord decode(JsonNode root) throws ScenarioException {
        Problems problems = new Problems();
        ExchangeRecord record = exchangeRecord(root, JsonPath.ROOT, problems);
        if (!problems.isEmpty() || record == null) {
            throw new ScenarioException(problems.lines(), problems.unlisted());
        }
        return record;
    }

    private ExchangeRecord exchangeRecord(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, ROOT_FIELDS, "");
        if (fields == null) {
            return null;
        }
        Agreement read = fields.required("agreement", agreement);
        List<Detainee> detainees = fields.required("detainees", DETAINEES);
        List<DetaineeList> lists = fields.optional("lists", LISTS).orElse(List.of());
        List<Batch> batches = fields.optional("batches", BATCHES).orElse(List.of());
        List<Remains> remains = fields.optional("remains", REMAINS).orElse(List.of());
        return build(at, problems, () -> new ExchangeRecord(read, detainees, batches, lists, remains));
    }

    private Agreement agreement(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, AGREEMENT_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String id = fields.required("id", ValueTypes.ID);
        Optional<String> title = fields.optional("title", ValueTypes.STRING);
        LocalDate signedOn = fields.required("signedOn", ValueTypes.DATE);
        ZoneId timeZone = fields.optional("timeZone", ValueTypes.TIME_ZONE).orElse(ZoneOffset.UTC);
        Optional<LocalDate> asOf = fields.optional("asOf", ValueTypes.DATE);
        List<Party> parties = fields.required("parties", PARTIES);
        List<Term> listed = fields.required("terms", terms);
        return build(at, problems,
                () -> new Agreement(id, title.orElse(id), signedOn, parties, timeZone, asOf, listed));
    }

    private static List<Party> parties(JsonNode node, JsonPath at, Problems problems) {
        List<Party> parties = ValueTypes.arrayOf(PARTY, "an array of two parties").read(node, at, problems);
        if (!node.isArray()) {
            return null;
        }
        if (node.size() != 2) {
            problems.add(at, "expected exactly two parties, got " + node.size());
            return null;
        }
        DistinctKeys.check(node, at, problems, "code", code -> !code.isBlank(), "expected distinct party codes");
        return parties;
    }

    private static Party party(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, PARTY_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String code = fields.required("code", ValueTypes.ID);
        Optional<String> name = fields.optional("name", ValueTypes.STRING);
        return build(at, problems, () -> new Party(code, name.orElse(code)));
    }

    private static Detainee detainee(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, DETAINEE_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String id = fields.required("id", ValueTypes.ID);
        Optional<String> name = fields.optional("name", ValueTypes.STRING);
        String heldBy = fields.required("heldBy", ValueTypes.STRING);
        Optional<String> returnTo = fields.optional("returnTo", ValueTypes.STRING);
        Status status = fields.optional("status", STATUS).orElse(Status.MILITARY);
        Optional<LocalDate> birthDate = fields.optional("birthDate", ValueTypes.DATE);
        Condition condition = fields.optional("condition", CONDITION).orElse(Condition.HEALTHY);
        Consent consent = fields.optional("consent", CONSENT).orElse(Consent.UNKNOWN);
        return build(at, problems,
                () -> new Detainee(id, name, heldBy, returnTo, status, birthDate, condition, consent));
    }

    private static DetaineeList detaineeList(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, LIST_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String requestedBy = fields.required("requestedBy", ValueTypes.STRING);
        List<String> detainees = fields.required("detainees", DETAINEE_IDS);
        return build(at, problems, () -> new DetaineeList(requestedBy, detainees));
    }

    private static Batch batch(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, BATCH_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String id = fields.required("id", ValueTypes.ID);
        LocalDate date = fields.required("date", ValueTypes.DATE);
        boolean unilateral = fields.optional("unilateral", ValueTypes.BOOLEAN).orElse(false);
        List<Transfer> transfers = fields.required("transfers", ValueTypes.arrayOf(TRANSFER, "an array of transfers"));
        return build(at, problems, () -> new Batch(id, date, unilateral, transfers));
    }

    private static Transfer transfer(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, TRANSFER_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String detainee = fields.required("detainee", ValueTypes.STRING);
        Basis basis = fields.required("basis", BASIS);
        Optional<Instant> handedOverAt = fields.optional("at", ValueTypes.INSTANT);
        return build(at, problems, () -> new Transfer(detainee, basis, handedOverAt));
    }

    private static Remains remains(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, REMAINS_FIELDS, "");
        if (fields == null) {
            return null;
        }
        String id = fields.required("id", ValueTypes.ID);
        LocalDate date = fields.required("date", ValueTypes.DATE);
        String from = fields.required("from", ValueTypes.STRING);
        String to = fields.required("to", ValueTypes.STRING);
        Integer count = fields.required("count", ValueTypes.NATURAL);
        return build(at, problems, () -> new Remains(id, date, from, to, count));
    }

    /** An array of objects whose {@code id} fields must differ. */
    private static <T> ValueType<List<T>> unique(ValueType<List<T>> array, String expected) {
        return ValueType.of(array.expected(), (node, at, problems) -> {
            List<T> values = array.read(node, at, problems);
            if (node.isArray()) {
                DistinctKeys.check(node, at, problems, "id", id -> !id.isBlank(), expected);
            }
            return values;
        });
    }

    /**
     * Builds a part once its fields have been read, unless a problem was found in it (or
     * anywhere before it, which is harmless: the file is then rejected as a whole).
     *
     * <p>The fields are checked before the record constructors see them; should a
     * constructor still refuse them, its reason becomes a problem at this part's path
     * rather than an exception.
     */
    private static <T> T build(JsonPath at, Problems problems, Supplier<T> constructor) {
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }
}
