package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Schedule;

class CadenceTests {

    private static final String MISSED = "CADENCE_MISSED-01 scheduled date with no batch";
    private static final String UNSCHEDULED = "CADENCE_UNSCHEDULED-01 batch on a date not scheduled";
    private static final CadenceTerm JUNE_9_TO_11 = new CadenceTerm(
            Schedule.daily(date("2025-06-09"), date("2025-06-11")), Severity.WARNING);
    private static final List<Detainee> PEOPLE = List.of(heldByRu("UA-1"), heldByUa("RU-1"), heldByRu("UA-2"));

    private static Violation missed(Severity severity, String date) {
        return new Violation("CADENCE_MISSED", severity, List.of(date), "CADENCE", MISSED,
                "no batch on the scheduled date " + date);
    }

    private static Violation unscheduled(Severity severity, String batch, String date) {
        return new Violation("CADENCE_UNSCHEDULED", severity, List.of(batch), "CADENCE", UNSCHEDULED,
                "batch " + batch + " on " + date + " is not on the schedule");
    }

    @Test
    void cadence_aBatchOnEveryScheduledDay_isCompliant() {
        ExchangeRecord record = record(agreement(JUNE_9_TO_11), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("RU-1", Basis.OTHER)),
                batch("B3", "2025-06-11", release("UA-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void cadence_missedDay_isAWarningNamingTheDate() {
        ExchangeRecord record = record(agreement(JUNE_9_TO_11), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)),
                batch("B3", "2025-06-11", release("UA-2", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(missed(Severity.WARNING, "2025-06-10"));
        assertThat(report.isCompliant()).isTrue();
    }

    @Test
    void cadence_scheduledDatesAfterAsOf_areNotMissedYet() {
        ExchangeRecord record = record(agreement(JUNE_9_TO_11).withAsOf(date("2025-06-10")), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)));

        assertThat(validate(record).violations()).containsExactly(missed(Severity.WARNING, "2025-06-10"));
    }

    @Test
    void cadence_batchOnAnUnscheduledDate_isReported() {
        ExchangeRecord record = record(agreement(JUNE_9_TO_11).withAsOf(date("2025-06-09")), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)),
                batch("B0", "2025-06-08", release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).containsExactly(unscheduled(Severity.WARNING, "B0", "2025-06-08"));
    }

    @Test
    void cadence_twoBatchesOnOneScheduledDate_coverIt() {
        ExchangeRecord record = record(agreement(new CadenceTerm(Schedule.of(List.of(date("2025-06-09"))),
                        Severity.WARNING)), PEOPLE,
                batch("B1a", "2025-06-09", release("UA-1", Basis.OTHER)),
                batch("B1b", "2025-06-09", release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void cadence_severityIsTheTermsParameter() {
        CadenceTerm strict = new CadenceTerm(Schedule.of(List.of(date("2025-06-09"), date("2025-06-12"))),
                Severity.ERROR);
        ExchangeRecord record = record(agreement(strict).withAsOf(date("2025-06-12")), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("RU-1", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(missed(Severity.ERROR, "2025-06-12"),
                unscheduled(Severity.ERROR, "B2", "2025-06-10"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void cadence_remainsHandoversDoNotCountAsBatches() {
        ExchangeRecord record = record(agreement(JUNE_9_TO_11).withAsOf(date("2025-06-09")), PEOPLE)
                .withRemains(List.of(new Remains("R1", date("2025-06-09"), "RU", "UA", 10)));

        assertThat(validate(record).violations()).containsExactly(missed(Severity.WARNING, "2025-06-09"));
    }

    @Test
    void cadence_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement().withAsOf(date("2025-06-30")), PEOPLE,
                batch("B1", "2025-07-01", release("UA-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
