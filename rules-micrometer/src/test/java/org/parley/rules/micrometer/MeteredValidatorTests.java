package org.parley.rules.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;

class MeteredValidatorTests {

    private static final Agreement AGREEMENT = Agreement.of("a-1", LocalDate.parse("2025-06-02"),
            Party.of("UA"), Party.of("RU"));
    private static final ExchangeRecord RECORD = ExchangeRecord.of(AGREEMENT);

    private static Violation violation(String code, Severity severity, String subject) {
        return new Violation(code, severity, List.of(subject), code, code + "-01", "about " + subject);
    }

    /** Reports two AGE_LIMIT errors and one AGE_UNKNOWN warning for any record. */
    private static final Validator THREE_VIOLATIONS = record -> new ValidationReport(record.agreement().id(),
            LocalDate.parse("2025-06-20"), List.of(
                    violation("AGE_LIMIT", Severity.ERROR, "RU-1"),
                    violation("AGE_LIMIT", Severity.ERROR, "RU-2"),
                    violation("AGE_UNKNOWN", Severity.WARNING, "RU-3")));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void validate_timesEachCallAndCountsViolationsByCodeAndSeverity() {
        Validator metered = new MeteredValidator(THREE_VIOLATIONS, registry);

        ValidationReport report = metered.validate(RECORD);
        metered.validate(RECORD);

        assertThat(report).isEqualTo(THREE_VIOLATIONS.validate(RECORD));
        assertThat(registry.get(MeteredValidator.VALIDATIONS)
                .tags("operation", "validate", "outcome", "not_compliant").timer().count()).isEqualTo(2);
        assertThat(registry.get(MeteredValidator.VIOLATIONS).tags("code", "AGE_LIMIT", "severity", "ERROR")
                .counter().count()).isEqualTo(4.0);
        assertThat(registry.get(MeteredValidator.VIOLATIONS).tags("code", "AGE_UNKNOWN", "severity", "WARNING")
                .counter().count()).isEqualTo(2.0);
        assertThat(registry.find(MeteredValidator.VIOLATIONS).counters()).hasSize(2);
    }

    @Test
    void validate_compliantAndFailedOutcomesAreTaggedAndTheFailurePropagates() {
        Validator clean = record -> new ValidationReport("a-1", LocalDate.parse("2025-06-02"), List.of());
        new MeteredValidator(clean, registry, Tags.of("validator", "clean")).validate(RECORD);
        Validator broken = record -> {
            throw new ValidationException("engine down");
        };
        Validator metered = new MeteredValidator(broken, registry);

        assertThatThrownBy(() -> metered.validate(RECORD)).isInstanceOf(ValidationException.class)
                .hasMessage("engine down");
        assertThat(registry.get(MeteredValidator.VALIDATIONS).tags("outcome", "compliant").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(MeteredValidator.VALIDATIONS).tags("outcome", "failed").timer().count())
                .isEqualTo(1);
        assertThat(registry.find(MeteredValidator.VIOLATIONS).counters()).isEmpty();
    }

    @Test
    void explain_isTimedAndCountedAsExplain() {
        Validator metered = new MeteredValidator(THREE_VIOLATIONS, registry, Tags.of("validator", "main"));

        assertThat(metered.explain(RECORD).report().violations()).hasSize(3);

        assertThat(registry.get(MeteredValidator.VALIDATIONS)
                .tags("operation", "explain", "outcome", "not_compliant", "validator", "main").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(MeteredValidator.VIOLATIONS).tags("code", "AGE_LIMIT", "validator", "main")
                .counter().count()).isEqualTo(2.0);
    }

    @Test
    void sessions_areGaugedUntilClosedOnceAndTheirReportsTimedNotCounted() {
        Validator metered = new MeteredValidator(THREE_VIOLATIONS, registry);
        ValidationSession first = metered.openSession(AGREEMENT);
        ValidationSession second = metered.openSession(AGREEMENT);
        assertThat(registry.get(MeteredValidator.OPEN_SESSIONS).gauge().value()).isEqualTo(2.0);

        first.add(Detainee.of("RU-1", "UA"));
        assertThat(first.report().violations()).hasSize(3);
        assertThat(first.changes().appeared()).isEmpty();
        first.close();
        first.close();

        assertThat(registry.get(MeteredValidator.OPEN_SESSIONS).gauge().value()).isEqualTo(1.0);
        assertThat(registry.get(MeteredValidator.VALIDATIONS).tags("operation", "session").timer().count())
                .isEqualTo(2);
        assertThat(registry.find(MeteredValidator.VIOLATIONS).counters()).isEmpty();
        assertThatThrownBy(first::report).isInstanceOf(IllegalStateException.class);
        second.close();
        assertThat(registry.get(MeteredValidator.OPEN_SESSIONS).gauge().value()).isEqualTo(0.0);
    }

    @Test
    void constructor_refusesASecondValidatorWithTheSameTags() {
        new MeteredValidator(THREE_VIOLATIONS, registry, Tags.of("validator", "a"));
        new MeteredValidator(THREE_VIOLATIONS, registry, Tags.of("validator", "b"));

        assertThatThrownBy(() -> new MeteredValidator(THREE_VIOLATIONS, registry, Tags.of("validator", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a MeteredValidator with the tags [tag(validator=a)] is already registered in this "
                        + "registry: give each validator distinct tags");
    }

    @Test
    void constructor_refusesNulls() {
        assertThatThrownBy(() -> new MeteredValidator(null, registry)).isInstanceOf(NullPointerException.class)
                .hasMessage("delegate");
        assertThatThrownBy(() -> new MeteredValidator(THREE_VIOLATIONS, null))
                .isInstanceOf(NullPointerException.class).hasMessage("registry");
        assertThatThrownBy(() -> new MeteredValidator(THREE_VIOLATIONS, registry).validate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("record");
    }
}
