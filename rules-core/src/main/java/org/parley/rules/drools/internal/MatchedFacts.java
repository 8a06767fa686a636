package org.parley.rules.drools.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.Match;
import org.parley.rules.MatchedFact;
import org.parley.rules.MatchedFact.Origin;
import org.parley.rules.drools.facts.DetaineeProfile;
import org.parley.rules.drools.facts.HeldDetainees;
import org.parley.rules.model.Term;

/**
 * The facts of one match as data for an {@link org.parley.rules.Explanation}: the record's
 * facts first, then derived facts, then the values the rule computed (each accumulate's
 * results, a value taken {@code from} an expression), each field
 * rendered deterministically.
 *
 * <p>Rendering: an empty {@code Optional}, a null and, in a fact's {@code long} field,
 * {@link Long#MIN_VALUE} (how derived facts such as {@code Release.atEpochMilli} say "no
 * time") are absent; sets and maps are sorted, lists keep their order except those an
 * accumulate collected (their order is the order facts arrived in), which are sorted; facts
 * nested in a field print as {@code Kind[field=value, ...]}; enums by name; a {@link HeldDetainees}
 * as its party, condition, count and the first ids of its detainees ({@link #heldFields}). Computed values
 * are named by the variables the rule binds them to ({@code $total}): the variable whose value
 * is the very same object.
 *
 * <p>A rule may read its term through a global rather than match it (a per-detainee rule is
 * one pattern of the profile, see the term files): the agreement's term of the rule's
 * {@code @term} type then comes first, as if matched, so that an explanation shows the
 * parameters the rule judged by whichever way the rule reads them.
 */
final class MatchedFacts {

    private static final String MODEL_PACKAGE = "org.parley.rules.model";
    private static final String ABSENT = "absent";

    private MatchedFacts() {
    }

    /** The facts of a match, record facts first, then derived, then accumulated values. */
    static List<MatchedFact> of(Match match) {
        return of(match, List.of());
    }

    /**
     * The facts of a match, the agreement's term of the rule's {@code @term} type first when
     * the match holds none of that type (the rule reads it through its global).
     */
    static List<MatchedFact> of(Match match, List<? extends Term> terms) {
        List<MatchedFact> record = new ArrayList<>();
        Object type = match.getRule().getMetaData().get("term");
        String name = type == null ? null : RuleCompiler.unquote(type.toString());
        if (name != null
                && match.getObjects().stream().noneMatch(o -> o instanceof Term t && t.type().equals(name))) {
            for (Term term : terms) {
                if (term.type().equals(name)) {
                    record.add(fact(term, Origin.RECORD));
                }
            }
        }
        List<MatchedFact> derived = new ArrayList<>();
        List<List<Object>> accumulates = new ArrayList<>();
        for (Object object : match.getObjects()) {
            if (object instanceof Object[] results) {
                accumulates.add(Arrays.asList(results));
            } else if (isValue(object)) {
                accumulates.add(List.of(object));
            } else if (object.getClass().getPackageName().equals(MODEL_PACKAGE)) {
                record.add(fact(object, Origin.RECORD));
            } else {
                derived.add(fact(object, Origin.DERIVED));
            }
        }
        List<MatchedFact> facts = new ArrayList<>(record);
        facts.addAll(derived);
        if (!accumulates.isEmpty()) {
            Map<String, Object> bound = bindings(match);
            Set<String> used = new HashSet<>();
            for (List<Object> results : accumulates) {
                facts.add(accumulate(results, bound, used));
            }
        }
        return List.copyOf(facts);
    }

    private static MatchedFact fact(Object fact, Origin origin) {
        return new MatchedFact(fact.getClass().getSimpleName(), origin, fields(fact));
    }

    /** How many of a group's detainees an explanation names ({@link #heldFields}). */
    static final int HELD_IDS_SHOWN = 10;

    /**
     * The fields of a {@link HeldDetainees}: its party, condition and count, and the ids of its
     * detainees, sorted, the first {@value #HELD_IDS_SHOWN} of them when there are more, then
     * how many more. Not every profile: a group is a view of up to every detainee of the record,
     * and a rule over it matches once per batch and party (WOUNDED_PRIORITY-01); the profiles
     * would make an explanation of a large record as long as the record, each time.
     */
    private static Map<String, Optional<String>> heldFields(HeldDetainees held) {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("party", Optional.of(held.party()));
        fields.put("condition", Optional.of(held.condition().name()));
        fields.put("count", Optional.of(Integer.toString(held.count())));
        fields.put("detainees", Optional.of(firstIds(held.detainees())));
        return fields;
    }

    /** The sorted ids of the profiles, cut after {@value #HELD_IDS_SHOWN} with how many more: {@code [A, B, ... (n more)]}. */
    private static String firstIds(List<DetaineeProfile> profiles) {
        // The smallest ids, in one pass: a large group is not sorted whole.
        PriorityQueue<String> largestFirst = new PriorityQueue<>(Comparator.reverseOrder());
        for (DetaineeProfile profile : profiles) {
            String id = profile.id();
            if (largestFirst.size() < HELD_IDS_SHOWN) {
                largestFirst.add(id);
            } else if (id.compareTo(largestFirst.peek()) < 0) {
                largestFirst.poll();
                largestFirst.add(id);
            }
        }
        List<String> ids = new ArrayList<>(largestFirst);
        Collections.sort(ids);
        String shown = String.join(", ", ids);
        int more = profiles.size() - ids.size();
        return "[" + shown + (more > 0 ? ", ... (" + more + " more)" : "") + "]";
    }

    /** An accumulate's results, each by the variable bound to it (the same object), else by position. */
    private static MatchedFact accumulate(List<Object> results, Map<String, Object> bound, Set<String> used) {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            Object result = results.get(i);
            String name = null;
            for (Map.Entry<String, Object> binding : bound.entrySet()) {
                if (binding.getValue() == result && used.add(binding.getKey())) {
                    name = binding.getKey();
                    break;
                }
            }
            fields.put(name != null ? name : "result" + (i + 1), value(result, true));
        }
        return new MatchedFact("computed", Origin.COMPUTED, fields);
    }

    /** The rule's variables and their values in this match, sorted by name. */
    private static Map<String, Object> bindings(Match match) {
        Map<String, Object> bound = new LinkedHashMap<>();
        for (String id : new TreeSet<>(match.getDeclarationIds())) {
            try {
                Object value = match.getDeclarationValue(id);
                if (value != null) {
                    bound.put(id, value);
                }
            } catch (RuntimeException e) {
                // A variable the engine cannot read back names nothing; its value stays unnamed.
            }
        }
        return bound;
    }

    /** The fields of a fact in declaration order: a record's components, else a bean's properties. */
    private static Map<String, Optional<String>> fields(Object fact) {
        if (fact instanceof HeldDetainees held) {
            return heldFields(held);
        }
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        Class<?> type = fact.getClass();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), field(component.getType(), read(component.getAccessor(), fact)));
            }
            return fields;
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Optional<Method> getter = getter(type, field.getName());
            getter.ifPresent(g -> fields.put(field.getName(), field(g.getReturnType(), read(g, fact))));
        }
        if (fields.isEmpty()) {
            fields.put("value", Optional.of(String.valueOf(fact)));
        }
        return fields;
    }

    private static Optional<String> field(Class<?> type, Object value) {
        if (type == long.class && value instanceof Long l && l == Long.MIN_VALUE) {
            return Optional.empty();
        }
        return value(value, false);
    }

    private static Optional<Method> getter(Class<?> type, String name) {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + suffix, "is" + suffix)) {
            try {
                Method method = type.getMethod(candidate);
                if (method.getReturnType() != void.class) {
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Object read(Method accessor, Object fact) {
        try {
            return accessor.invoke(fact);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** A value as text, or empty when absent. */
    private static Optional<String> value(Object value, boolean collected) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Optional<?> o) {
            return o.flatMap(inner -> value(inner, collected));
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? Optional.of(Integer.toString(o.getAsInt())) : Optional.empty();
        }
        if (value instanceof OptionalLong o) {
            return o.isPresent() ? Optional.of(Long.toString(o.getAsLong())) : Optional.empty();
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? Optional.of(Double.toString(o.getAsDouble())) : Optional.empty();
        }
        return Optional.of(text(value, collected));
    }

    /** A value as text; absent values nested in others as {@code absent}. */
    private static String text(Object value, boolean collected) {
        if (value instanceof Optional<?> || value instanceof OptionalInt || value instanceof OptionalLong
                || value instanceof OptionalDouble || value == null) {
            return value(value, collected).orElse(ABSENT);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(v -> text(v, collected)).sorted().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Collection<?> list) {
            var texts = list.stream().map(v -> text(v, collected));
            return (collected ? texts.sorted() : texts).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Object[] array) {
            return text(Arrays.asList(array), collected);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> text(e.getKey(), collected) + "=" + text(e.getValue(), collected))
                    .sorted().collect(Collectors.joining(", ", "{", "}"));
        }
        if (value.getClass().isRecord()) {
            return fact(value, Origin.DERIVED).toString();
        }
        return String.valueOf(value);
    }

    /** Whether a matched object is a value the rule computed (accumulated, taken from) rather than a fact. */
    private static boolean isValue(Object object) {
        return object instanceof Number || object instanceof CharSequence || object instanceof Boolean
                || object instanceof Collection<?> || object instanceof Map<?, ?> || object instanceof TemporalAccessor
                || object instanceof Optional<?>;
    }
}
