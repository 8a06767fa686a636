package org.parley.rules.drools.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.Status;

/**
 * The facts a session compares and hashes write out a record's {@code equals} and
 * {@code hashCode} (see their sources): each is equal to a copy with the same components, with
 * the same hash, and unequal to a copy that differs in any one component, whatever its type,
 * null or not. The copies are made through the canonical constructor, component by component,
 * so a component added later and left out of {@code equals} fails here.
 */
class WrittenOutFactEqualityTests {

    private static final LocalDate D = LocalDate.of(2025, 6, 9);
    private static final Release RELEASE = new Release("b-1", D, false, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, 5L);

    @Test
    void detaineeProfile_everyComponentSet() throws Exception {
        assertEqualByEveryComponent(new DetaineeProfile("UA-1", true, "RU", "UA", "UA", true, Condition.WOUNDED,
                Status.MILITARY, Consent.CONSENTED, D.minusYears(20), List.of(RELEASE), D, "b-1", Basis.YOUNG, false,
                Set.of(Basis.YOUNG), Set.of(Basis.YOUNG), Map.of(Basis.YOUNG, D), Set.of("UA"), 1, List.of("b-1")));
    }

    @Test
    void detaineeProfile_everyComponentThatMayBeAbsentAbsent() throws Exception {
        assertEqualByEveryComponent(new DetaineeProfile("UA-9", false, null, null, null, false, null, null, null,
                null, List.of(), null, null, null, false, Set.of(), Set.of(), Map.of(), Set.of(), 0, List.of()));
    }

    @Test
    void batchTally() throws Exception {
        assertEqualByEveryComponent(new BatchTally("b-1", D, false, "RU", 3, 1, 1, 1, 0, 7L, Map.of(Set.of(Basis.YOUNG), 3)));
    }

    @Test
    void partyTally() throws Exception {
        assertEqualByEveryComponent(new PartyTally("RU", Map.of(Map.of(Basis.YOUNG, D), 2)));
    }

    @Test
    void validationContext() throws Exception {
        assertEqualByEveryComponent(new ValidationContext("a-1", D, D.plusDays(20), List.of("UA", "RU")));
    }

    @Test
    void scheduledDate() throws Exception {
        assertEqualByEveryComponent(new ScheduledDate(D));
    }

    private static <R extends Record> void assertEqualByEveryComponent(R fact) throws Exception {
        RecordComponent[] components = fact.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(fact);
            types[i] = components[i].getType();
        }
        Constructor<?> canonical = fact.getClass().getDeclaredConstructor(types);

        Object same = canonical.newInstance(values.clone());
        assertThat(same).isNotSameAs(fact).isEqualTo(fact).hasSameHashCodeAs(fact);
        assertThat(fact).isEqualTo(same).isEqualTo(fact);
        assertThat(fact.equals(null)).isFalse();
        assertThat(fact).isNotEqualTo(fact.toString());
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = another(types[i], values[i]);
            Object other = canonical.newInstance(changed);
            assertThat(fact).as("%s against a copy with another %s", fact.getClass().getSimpleName(),
                    components[i].getName()).isNotEqualTo(other);
            assertThat(other).as("the copy with another %s", components[i].getName()).isNotEqualTo(fact);
        }
    }

    /** A value of the type unequal to {@code value} (which may be null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object another(Class<?> type, Object value) {
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (type == long.class) {
            return (Long) value + 1;
        }
        if (type == String.class) {
            return value == null ? "x" : value + "x";
        }
        if (type == LocalDate.class) {
            return value == null ? D : ((LocalDate) value).plusDays(1);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return value == constants[0] ? constants[1] : constants[0];
        }
        if (type == List.class) {
            List list = new ArrayList((Collection) value);
            list.add("another");
            return List.copyOf(list);
        }
        if (type == Set.class) {
            Set set = new HashSet((Collection) value);
            set.add("another");
            return Set.copyOf(set);
        }
        if (type == Map.class) {
            Map map = new HashMap((Map) value);
            map.put("another", 1);
            return Map.copyOf(map);
        }
        throw new AssertionError("no other value of " + type);
    }
}
