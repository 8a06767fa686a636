package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.parley.rules.Severity;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * Reads the terms of an agreement: a {@code type} that names the term, and its parameters.
 */
final class TermDecoder {

    /** The built-in term types, in the order of the contract. */
    static final List<String> TYPES = List.of(AllForAllTerm.TYPE, AgeLimitTerm.TYPE, WoundedPriorityTerm.TYPE,
            CadenceTerm.TYPE, ParityTerm.TYPE, SimultaneityTerm.TYPE, AgreedListsTerm.TYPE, ConsentTerm.TYPE,
            EligibilityTerm.TYPE, RemainsTerm.TYPE);

    private static final String EXPECTED_TYPE = "one of " + String.join(", ", TYPES);

    private static final ValueType<String> EVERY = ValueTypes.oneOf(List.of("DAILY"));
    private static final ValueType<List<LocalDate>> DATES =
            ValueTypes.arrayOf(ValueTypes.DATE, "an array of dates (YYYY-MM-DD)");
    private static final String SCHEDULE_SHAPES = "either dates, or from, to and every";

    /** A term object. */
    static final ValueType<Term> TERM = ValueType.of("a term object", TermDecoder::term);

    /** The terms of an agreement: each type at most once. */
    static final ValueType<List<Term>> TERMS = ValueType.of("an array of terms", (node, at, problems) -> {
        List<Term> terms = ValueTypes.arrayOf(TERM, "an array of terms").read(node, at, problems);
        if (node.isArray()) {
            DistinctKeys.check(node, at, problems, "type", TYPES::contains, "expected each term type at most once");
        }
        return terms;
    });

    private static final ValueType<Schedule> SCHEDULE = ValueType.of(
            "an object with " + SCHEDULE_SHAPES, TermDecoder::schedule);

    private TermDecoder() {
    }

    private static Term term(JsonNode node, JsonPath at, Problems problems) {
        if (!node.isObject()) {
            return ValueTypes.wrongType(node, at, problems, "a term object");
        }
        JsonNode typeNode = node.get("type");
        JsonPath typeAt = at.field(node, "type");
        if (typeNode == null) {
            problems.add(typeAt, "missing required field; expected " + EXPECTED_TYPE);
            return null;
        }
        if (!typeNode.isTextual()) {
            return ValueTypes.wrongType(typeNode, typeAt, problems, EXPECTED_TYPE);
        }
        String type = typeNode.textValue();
        if (!TYPES.contains(type)) {
            // The other keys of an unknown term cannot be judged: its parameters are unknown.
            problems.add(typeAt, ValueTypes.show(typeNode) + " is not a known term type; expected " + EXPECTED_TYPE);
            return null;
        }
        int before = problems.count();
        Term term = switch (type) {
            case AllForAllTerm.TYPE -> allForAll(open(node, at, problems, type, "categories", "completeBy"));
            case AgeLimitTerm.TYPE -> ageLimit(open(node, at, problems, type, "minAge", "maxAgeExclusive",
                    "referenceDate"), problems);
            case WoundedPriorityTerm.TYPE -> new WoundedPriorityTerm(
                    open(node, at, problems, type, "strict").optional("strict", ValueTypes.BOOLEAN).orElse(false));
            case CadenceTerm.TYPE -> cadence(open(node, at, problems, type, "schedule", "severity"));
            case ParityTerm.TYPE -> parity(open(node, at, problems, type, "scope", "exempt"));
            case SimultaneityTerm.TYPE -> simultaneity(open(node, at, problems, type, "windowMinutes"));
            case AgreedListsTerm.TYPE -> {
                open(node, at, problems, type);
                yield new AgreedListsTerm();
            }
            case ConsentTerm.TYPE -> new ConsentTerm(open(node, at, problems, type, "requireRecorded")
                    .optional("requireRecorded", ValueTypes.BOOLEAN).orElse(false));
            case EligibilityTerm.TYPE -> {
                open(node, at, problems, type);
                yield new EligibilityTerm();
            }
            case RemainsTerm.TYPE -> remains(open(node, at, problems, type, "from", "commitment", "completeBy"));
            default -> throw new IllegalStateException("no reader for term type " + type);
        };
        return problems.count() == before ? term : null;
    }

    private static JsonFields open(JsonNode node, JsonPath at, Problems problems, String type, String... parameters) {
        List<String> known = new ArrayList<>();
        known.add("type");
        known.addAll(List.of(parameters));
        return JsonFields.open(node, at, problems, known, " for term type " + type);
    }

    private static Term allForAll(JsonFields fields) {
        List<Category> categories = fields.required("categories", ValueTypes.arrayOf(Category.class, "categories"));
        LocalDate completeBy = fields.required("completeBy", ValueTypes.DATE);
        return categories == null || completeBy == null ? null
                : new AllForAllTerm(new HashSet<>(categories), completeBy);
    }

    private static Term ageLimit(JsonFields fields, Problems problems) {
        int before = problems.count();
        Optional<Integer> minAge = fields.optional("minAge", ValueTypes.NATURAL);
        boolean minAgeRead = problems.count() == before;
        Integer maxAgeExclusive = fields.required("maxAgeExclusive", ValueTypes.NATURAL);
        ReferenceDate referenceDate = fields.optional("referenceDate", ValueTypes.REFERENCE_DATE)
                .orElse(ReferenceDate.AGREEMENT_DATE);
        if (maxAgeExclusive == null || !minAgeRead) {
            return null;
        }
        int min = minAge.orElse(0);
        if (maxAgeExclusive <= min) {
            problems.add(fields.at("maxAgeExclusive"),
                    "must be greater than minAge (" + min + "), got " + maxAgeExclusive);
            return null;
        }
        return new AgeLimitTerm(min, maxAgeExclusive, referenceDate);
    }

    private static Term cadence(JsonFields fields) {
        Schedule schedule = fields.required("schedule", SCHEDULE);
        Severity severity = fields.optional("severity", ValueTypes.oneOf(Severity.class)).orElse(Severity.WARNING);
        return schedule == null ? null : new CadenceTerm(schedule, severity);
    }

    private static Schedule schedule(JsonNode node, JsonPath at, Problems problems) {
        JsonFields fields = JsonFields.open(node, at, problems, List.of("dates", "from", "to", "every"), "");
        if (fields == null) {
            return null;
        }
        boolean dates = fields.has("dates");
        boolean daily = fields.has("from") || fields.has("to") || fields.has("every");
        if (dates && daily) {
            problems.add(at, "has both dates and from/to/every; expected " + SCHEDULE_SHAPES);
            // Still read what is there, to report every problem at once.
            fields.optional("dates", DATES);
            fields.optional("from", ValueTypes.DATE);
            fields.optional("to", ValueTypes.DATE);
            fields.optional("every", EVERY);
            return null;
        }
        if (dates) {
            List<LocalDate> listed = fields.required("dates", DATES);
            return listed == null ? null : Schedule.of(listed);
        }
        if (daily) {
            return daily(fields, problems);
        }
        problems.add(at, "has neither dates nor from/to/every; expected " + SCHEDULE_SHAPES);
        return null;
    }

    private static Schedule daily(JsonFields fields, Problems problems) {
        LocalDate from = fields.required("from", ValueTypes.DATE);
        LocalDate to = fields.required("to", ValueTypes.DATE);
        String every = fields.required("every", EVERY);
        if (from == null || to == null || every == null) {
            return null;
        }
        if (to.isBefore(from)) {
            problems.add(fields.at("to"), "\"" + to + "\" is before from (\"" + from + "\"); expected a date on or after it");
            return null;
        }
        if (from.plusDays(Schedule.MAX_DAYS).isBefore(to)) {
            problems.add(fields.at("to"), "\"" + to + "\" is more than " + Schedule.MAX_DAYS
                    + " days after from (\"" + from + "\"); a daily schedule spans at most " + Schedule.MAX_DAYS
                    + " days");
            return null;
        }
        return Schedule.daily(from, to);
    }

    private static Term parity(JsonFields fields) {
        ParityScope scope = fields.required("scope", ValueTypes.oneOf(ParityScope.class));
        List<Basis> exempt = fields.optional("exempt", ValueTypes.arrayOf(Basis.class, "bases")).orElse(List.of());
        return scope == null ? null : new ParityTerm(scope, new HashSet<>(exempt));
    }

    private static Term simultaneity(JsonFields fields) {
        Integer windowMinutes = fields.required("windowMinutes", ValueTypes.NATURAL);
        return windowMinutes == null ? null : new SimultaneityTerm(windowMinutes);
    }

    private static Term remains(JsonFields fields) {
        String from = fields.required("from", ValueTypes.STRING);
        Integer commitment = fields.required("commitment", ValueTypes.NATURAL);
        LocalDate completeBy = fields.required("completeBy", ValueTypes.DATE);
        return from == null || commitment == null || completeBy == null ? null
                : new RemainsTerm(from, commitment, completeBy);
    }
}
