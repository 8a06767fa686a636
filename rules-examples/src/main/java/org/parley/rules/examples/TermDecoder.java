package org.parley.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.rules.model.Severity;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.CustomTerm;
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
 *
 * <p>A built-in term has the parameters of the contract, each checked. A custom term (a
 * type that rule files declare) takes any parameters: its rules read and check them, so
 * they are passed on as JSON-like values (see {@link CustomTerm}).
 */
final class TermDecoder {

    /** The built-in term types, in the order of the contract. */
    static final List<String> BUILT_IN_TYPES = List.of(AllForAllTerm.TYPE, AgeLimitTerm.TYPE, WoundedPriorityTerm.TYPE,
            CadenceTerm.TYPE, ParityTerm.TYPE, SimultaneityTerm.TYPE, AgreedListsTerm.TYPE, ConsentTerm.TYPE,
            EligibilityTerm.TYPE, RemainsTerm.TYPE);

    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private static final ValueType<String> EVERY = ValueTypes.oneOf(List.of("DAILY"));
    private static final ValueType<List<LocalDate>> DATES =
            ValueTypes.arrayOf(ValueTypes.DATE, "an array of dates (YYYY-MM-DD)");
    private static final String SCHEDULE_SHAPES = "either dates, or from, to and every";

    private static final ValueType<Schedule> SCHEDULE = ValueType.of(
            "an object with " + SCHEDULE_SHAPES, TermDecoder::schedule);

    private final Set<String> customTypes;
    private final List<String> types;
    private final String expectedType;

    /**
     * @param customTypes the term types that rule files declare besides the built-in ones,
     *                    each a valid {@link CustomTerm} type
     */
    TermDecoder(Set<String> customTypes) {
        this.customTypes = Set.copyOf(customTypes);
        List<String> all = new ArrayList<>(BUILT_IN_TYPES);
        all.addAll(new TreeSet<>(customTypes));
        this.types = List.copyOf(all);
        this.expectedType = "one of " + String.join(", ", types);
    }

    /** The terms of an agreement: each type at most once. */
    ValueType<List<Term>> terms() {
        ValueType<List<Term>> array = ValueTypes.arrayOf(ValueType.of("a term object", this::term), "an array of terms");
        return ValueType.of(array.expected(), (node, at, problems) -> {
            List<Term> terms = array.read(node, at, problems);
            if (node.isArray()) {
                DistinctKeys.check(node, at, problems, "type", types::contains, "expected each term type at most once");
            }
            return terms;
        });
    }

    private Term term(JsonNode node, JsonPath at, Problems problems) {
        if (!node.isObject()) {
            return ValueTypes.wrongType(node, at, problems, "an object");
        }
        JsonNode typeNode = node.get("type");
        JsonPath typeAt = at.field(node, "type");
        if (typeNode == null) {
            problems.add(typeAt, "missing required field; expected " + expectedType);
            return null;
        }
        if (!typeNode.isTextual()) {
            return ValueTypes.wrongType(typeNode, typeAt, problems, expectedType);
        }
        String type = typeNode.textValue();
        if (!types.contains(type)) {
            // The other keys of an unknown term cannot be judged: its parameters are unknown.
            problems.add(typeAt, ValueTypes.show(typeNode) + " is not a known term type; expected " + expectedType);
            return null;
        }
        if (customTypes.contains(type)) {
            return custom(type, node, at, problems);
        }
        long before = problems.count();
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

    private static Term custom(String type, JsonNode node, JsonPath at, Problems problems) {
        long before = problems.count();
        Map<String, Object> parameters = new LinkedHashMap<>();
        int position = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonPath fieldAt = at.field(field.getKey(), position++);
            // As everywhere, null means absent; the term's rules apply their own defaults.
            if (!field.getKey().equals("type") && !field.getValue().isNull()) {
                parameters.put(field.getKey(), parameterValue(field.getValue(), fieldAt, problems));
            }
        }
        return problems.count() == before ? new CustomTerm(type, parameters) : null;
    }

    /** A parameter of a custom term as the JSON-like value {@link CustomTerm} documents. */
    private static Object parameterValue(JsonNode node, JsonPath at, Problems problems) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if (node.canConvertToExactIntegral() && value.compareTo(MIN_LONG) >= 0 && value.compareTo(MAX_LONG) <= 0) {
                return value.longValueExact();
            }
            return value;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                list.add(parameterValue(node.get(i), at.index(i), problems));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            int position = 0;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), parameterValue(field.getValue(), at.field(field.getKey(), position++), problems));
            }
            return Collections.unmodifiableMap(map);
        }
        // A term parameter holds no nulls: rules would have to guard every element.
        problems.add(at, "expected a string, number, true, false, array or object, got " + ValueTypes.show(node));
        return "";
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
        long before = problems.count();
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
