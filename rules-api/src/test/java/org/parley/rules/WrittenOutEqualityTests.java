package org.parley.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;

/**
 * Violation and Obligation write out a record's equals and hashCode (see their sources): equal
 * by every component and only so, each component telling two apart.
 */
class WrittenOutEqualityTests {

    private static void assertEqualByComponents(Object value, Object same, List<?> differingInOneComponent) {
        assertThat(value).isNotSameAs(same).isEqualTo(same).isEqualTo(value).hasSameHashCodeAs(same);
        assertThat(same).isEqualTo(value);
        assertThat(value.equals(null)).isFalse();
        assertThat(value).isNotEqualTo(value.toString());
        for (Object other : differingInOneComponent) {
            assertThat(value).as("against %s", other).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(value);
        }
    }

    @Test
    void violation_isEqualByEveryComponent() {
        Violation v = new Violation("PARITY", Severity.ERROR, List.of("b-1"), "PARITY", "PARITY-01", "m", "f.drl");
        assertEqualByComponents(v,
                new Violation("PARITY", Severity.ERROR, List.of("b-1"), "PARITY", "PARITY-01", "m", "f.drl"),
                List.of(new Violation("PARITY2", Severity.ERROR, List.of("b-1"), "PARITY", "PARITY-01", "m", "f.drl"),
                        new Violation("PARITY", Severity.WARNING, List.of("b-1"), "PARITY", "PARITY-01", "m", "f.drl"),
                        new Violation("PARITY", Severity.ERROR, List.of("b-2"), "PARITY", "PARITY-01", "m", "f.drl"),
                        new Violation("PARITY", Severity.ERROR, List.of("b-1"), "CADENCE", "PARITY-01", "m", "f.drl"),
                        new Violation("PARITY", Severity.ERROR, List.of("b-1"), "PARITY", "PARITY-02", "m", "f.drl"),
                        new Violation("PARITY", Severity.ERROR, List.of("b-1"), "PARITY", "PARITY-01", "n", "f.drl"),
                        new Violation("PARITY", Severity.ERROR, List.of("b-1"), "PARITY", "PARITY-01", "m", "g.drl")));
    }

    @Test
    void obligation_isEqualByEveryComponent() {
        Optional<String> ua = Optional.of("UA");
        Optional<LocalDate> due = Optional.of(LocalDate.of(2025, 7, 1));
        OptionalLong one = OptionalLong.of(1);
        Obligation o = new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-1"), due, one, "AFA-03", "m");
        assertEqualByComponents(o, new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-1"), due, one, "AFA-03", "m"),
                List.of(new Obligation("RETURN", "ALL_FOR_ALL", ua, List.of("d-1"), due, one, "AFA-03", "m"),
                        new Obligation("RELEASE", "PARITY", ua, List.of("d-1"), due, one, "AFA-03", "m"),
                        new Obligation("RELEASE", "ALL_FOR_ALL", Optional.of("RU"), List.of("d-1"), due, one, "AFA-03", "m"),
                        new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-2"), due, one, "AFA-03", "m"),
                        new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-1"), Optional.empty(), one, "AFA-03", "m"),
                        new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-1"), due, OptionalLong.of(2), "AFA-03", "m"),
                        new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-1"), due, one, "AFA-04", "m"),
                        new Obligation("RELEASE", "ALL_FOR_ALL", ua, List.of("d-1"), due, one, "AFA-03", "n")));
    }
}
