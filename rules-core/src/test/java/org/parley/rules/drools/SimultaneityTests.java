package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;
import static org.parley.rules.drools.Fixtures.violations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.SimultaneityTerm;

class SimultaneityTests {

    private static final String ONE_PARTY = "SIMULTANEITY-01 only one party released in a batch";
    private static final String TOO_FAR = "SIMULTANEITY-02 first handovers of the parties too far apart";
    private static final SimultaneityTerm HALF_HOUR = new SimultaneityTerm(30);

    /** UA-n are held by RU (so released by RU), RU-n are held by UA (so released by UA). */
    private static final List<Detainee> PEOPLE = List.of(heldByRu("UA-1"), heldByRu("UA-2"), heldByUa("RU-1"),
            heldByUa("RU-2"));

    private static Violation onlyOneParty(String batch, String message) {
        return new Violation("SIMULTANEITY", Severity.ERROR, List.of(batch), "SIMULTANEITY", ONE_PARTY, message);
    }

    private static Violation tooFarApart(String batch, String message) {
        return new Violation("SIMULTANEITY", Severity.ERROR, List.of(batch), "SIMULTANEITY", TOO_FAR, message);
    }

    @Test
    void simultaneity_bothPartiesWithinTheWindow_isCompliant() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T10:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T10:20:00Z")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_onePartyOnly_isAnErrorNamingTheParty() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T10:00:00Z"),
                        release("UA-2", Basis.OTHER)),
                batch("B2", "2025-06-10", release("RU-1", Basis.OTHER), release("UA-2", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.byCode("SIMULTANEITY")).containsExactly(
                onlyOneParty("B1", "in batch B1 (2025-06-09) only RU released detainees"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void simultaneity_onePartyOnly_isReportedWithoutAnyHandoverTimes() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("RU-1", Basis.OTHER), release("RU-2", Basis.OTHER)));

        assertThat(validate(record).violations()).containsExactly(
                onlyOneParty("B1", "in batch B1 (2025-06-09) only UA released detainees"));
    }

    @Test
    void simultaneity_exactlyTheWindowApart_isAllowed() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T10:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T10:30:00Z")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_oneSecondMoreThanTheWindow_isAnError() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T10:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T10:30:01Z")));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(tooFarApart("B1",
                "in batch B1 (2025-06-09) the first handovers of UA (2025-06-09T10:30:01Z) "
                        + "and RU (2025-06-09T10:00:00Z) are 30 minutes 1 second apart, "
                        + "more than the 30 minutes allowed"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void simultaneity_zeroWindow_allowsOnlyTheSameInstant() {
        ExchangeRecord record = record(agreement(new SimultaneityTerm(0)), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T10:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T10:00:00Z")),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER, "2025-06-10T10:01:00Z"),
                        release("RU-2", Basis.OTHER, "2025-06-10T10:00:00Z")));

        assertThat(validate(record).violations()).containsExactly(tooFarApart("B2",
                "in batch B2 (2025-06-10) the first handovers of UA (2025-06-10T10:00:00Z) "
                        + "and RU (2025-06-10T10:01:00Z) are 1 minute apart, more than the 0 minutes allowed"));
    }

    @Test
    void simultaneity_theEarliestHandoverOfEachPartyIsCompared() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-2", Basis.OTHER, "2025-06-09T12:00:00Z"),
                        release("UA-1", Basis.OTHER, "2025-06-09T09:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T09:20:00Z"),
                        release("RU-2", Basis.OTHER, "2025-06-09T14:00:00Z")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_laterHandoversCloseTogether_doNotMakeUpForFirstHandoversFarApart() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T08:00:00Z"),
                        release("UA-2", Basis.OTHER, "2025-06-09T12:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T12:00:00Z")));

        assertThat(validate(record).violations()).containsExactly(tooFarApart("B1",
                "in batch B1 (2025-06-09) the first handovers of UA (2025-06-09T12:00:00Z) "
                        + "and RU (2025-06-09T08:00:00Z) are 240 minutes apart, more than the 30 minutes allowed"));
    }

    @Test
    void simultaneity_transfersWithoutTime_areLeftOutOfTheComparison() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER),
                        release("UA-2", Basis.OTHER, "2025-06-09T12:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T12:10:00Z"),
                        release("RU-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_transfersWithoutTime_doNotHideTimesFarApart() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER),
                        release("UA-2", Basis.OTHER, "2025-06-09T12:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T10:00:00Z")));

        assertThat(validate(record).violations()).containsExactly(tooFarApart("B1",
                "in batch B1 (2025-06-09) the first handovers of UA (2025-06-09T10:00:00Z) "
                        + "and RU (2025-06-09T12:00:00Z) are 120 minutes apart, more than the 30 minutes allowed"));
    }

    @Test
    void simultaneity_onePartyWithNoTimedTransfer_isNotComparedAndIsCompliant() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T10:00:00Z"),
                        release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER), release("RU-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_unilateralBatch_isIgnored() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER))
                        .asUnilateral(),
                batch("B2", "2025-06-10", release("RU-1", Basis.OTHER, "2025-06-10T08:00:00Z"),
                        release("RU-2", Basis.OTHER, "2025-06-10T08:00:00Z")).asUnilateral());

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_unilateralBatch_withBothPartiesFarApart_isIgnored() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T08:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-09T18:00:00Z")).asUnilateral());

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_emptyBatch_isNotAViolation() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE, batch("B1", "2025-06-09"));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_releasesOfUnknownPartiesAndUnknownDetainees_doNotCountAsTheOtherParty() {
        ExchangeRecord record = record(agreement(HALF_HOUR), List.of(heldByRu("UA-1"), Detainee.of("XX-1", "XX")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("XX-1", Basis.OTHER),
                        release("GHOST", Basis.OTHER)));

        assertThat(violations(record, "SIMULTANEITY")).containsExactly(
                onlyOneParty("B1", "in batch B1 (2025-06-09) only RU released detainees"));
    }

    @Test
    void simultaneity_batchOfUnknownDetaineesOnly_isNotAViolation() {
        ExchangeRecord record = record(agreement(HALF_HOUR), PEOPLE,
                batch("B1", "2025-06-09", release("GHOST", Basis.OTHER)));

        assertThat(violations(record, "SIMULTANEITY")).isEmpty();
    }

    @Test
    void simultaneity_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "2025-06-09T08:00:00Z")),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER, "2025-06-10T08:00:00Z"),
                        release("RU-1", Basis.OTHER, "2025-06-10T18:00:00Z")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void simultaneity_largestWindow_andHandoversTenThousandYearsApart_doNotOverflow() {
        SimultaneityTerm largest = new SimultaneityTerm(Integer.MAX_VALUE);
        ExchangeRecord farApart = record(agreement(largest), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "0000-01-01T00:00:00Z"),
                        release("RU-1", Basis.OTHER, "9999-12-31T23:59:59Z")));
        // 2^31 - 1 minutes are about 4,083 years.
        ExchangeRecord within = record(agreement(largest), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER, "0000-01-01T00:00:00Z"),
                        release("RU-1", Basis.OTHER, "4000-01-01T00:00:00Z")));

        assertThat(validate(farApart).violations()).containsExactly(tooFarApart("B1",
                "in batch B1 (2025-06-09) the first handovers of UA (9999-12-31T23:59:59Z) "
                        + "and RU (0000-01-01T00:00:00Z) are 5259491999 minutes 59 seconds apart, "
                        + "more than the 2147483647 minutes allowed"));
        assertThat(validate(within).violations()).isEmpty();
    }
}
