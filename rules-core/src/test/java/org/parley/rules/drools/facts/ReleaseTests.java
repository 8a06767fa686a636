package org.parley.rules.drools.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;

/** Release writes out a record's equals and hashCode (see its source): equal by every component and only so. */
class ReleaseTests {

    private static final LocalDate D = LocalDate.of(2025, 6, 9);

    @Test
    void release_isEqualByEveryComponent() {
        Release r = new Release("b-1", D, false, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, 5L);
        Release same = new Release("b-1", D, false, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, 5L);
        assertThat(r).isNotSameAs(same).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(same).isEqualTo(r);
        assertThat(r.equals(null)).isFalse();
        assertThat(r).isNotEqualTo(r.toString());
        for (Release other : List.of(
                new Release("b-2", D, false, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, 5L),
                new Release("b-1", D.plusDays(1), false, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, 5L),
                new Release("b-1", D, true, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, 5L),
                new Release("b-1", D, false, "UA-2", "RU", Basis.YOUNG, Condition.HEALTHY, 5L),
                new Release("b-1", D, false, "UA-1", "UA", Basis.YOUNG, Condition.HEALTHY, 5L),
                new Release("b-1", D, false, "UA-1", "RU", Basis.CIVILIAN, Condition.HEALTHY, 5L),
                new Release("b-1", D, false, "UA-1", "RU", Basis.YOUNG, Condition.SERIOUSLY_ILL, 5L),
                new Release("b-1", D, false, "UA-1", "RU", Basis.YOUNG, Condition.HEALTHY, Release.NO_TIME))) {
            assertThat(r).as("against %s", other).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(r);
        }
    }
}
