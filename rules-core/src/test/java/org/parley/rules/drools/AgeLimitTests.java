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
import static org.parley.rules.drools.Fixtures.violations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ReferenceDate;

class AgeLimitTests {

    private static final String TOO_OLD_OR_YOUNG = "AGE_LIMIT-01 released on basis YOUNG outside the age range";
    private static final String NO_BIRTH_DATE = "AGE_UNKNOWN-01 released on basis YOUNG with no birth date";
    private static final AgeLimitTerm UNDER_25 = new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE);

    private static ExchangeRecord releasedYoungOn(AgeLimitTerm term, Detainee detainee, String batchDate) {
        return record(agreement(term), List.of(detainee),
                batch("B1", batchDate, release(detainee.id(), Basis.YOUNG)));
    }

    private static Violation ageLimit(String id, int age, String reference, String born) {
        return new Violation("AGE_LIMIT", Severity.ERROR, List.of(id), "AGE_LIMIT", TOO_OLD_OR_YOUNG,
                id + ", released on basis YOUNG, was " + age + " on the reference date " + reference
                        + " (born " + born + ")");
    }

    @Test
    void ageLimit_youngDetaineeReleasedOnBasisYoung_isCompliant() {
        ValidationReport report = validate(releasedYoungOn(UNDER_25,
                heldByUa("RU-1").withBirthDate(date("2001-03-04")), "2025-06-09"));

        assertThat(report.violations()).isEmpty();
        assertThat(report.isCompliant()).isTrue();
    }

    @Test
    void ageLimit_detaineeAged25_isTooOld() {
        assertThat(violations(releasedYoungOn(UNDER_25,
                heldByUa("RU-1").withBirthDate(date("2000-05-30")), "2025-06-09"), "AGE_LIMIT"))
                .containsExactly(ageLimit("RU-1", 25, "2025-06-02", "2000-05-30"));
    }

    @Test
    void ageLimit_25thBirthdayOnReferenceDate_isTooOld() {
        assertThat(violations(releasedYoungOn(UNDER_25,
                heldByUa("RU-1").withBirthDate(date("2000-06-02")), "2025-06-09"), "AGE_LIMIT"))
                .containsExactly(ageLimit("RU-1", 25, "2025-06-02", "2000-06-02"));
    }

    @Test
    void ageLimit_25thBirthdayTheDayAfterReferenceDate_isYoung() {
        assertThat(violations(releasedYoungOn(UNDER_25,
                heldByUa("RU-1").withBirthDate(date("2000-06-03")), "2025-06-09"), "AGE_LIMIT")).isEmpty();
    }

    @Test
    void ageLimit_18thBirthdayOnReferenceDate_isOldEnough() {
        assertThat(violations(releasedYoungOn(UNDER_25,
                heldByUa("RU-1").withBirthDate(date("2007-06-02")), "2025-06-09"), "AGE_LIMIT")).isEmpty();
    }

    @Test
    void ageLimit_belowMinAge_isReported() {
        assertThat(violations(releasedYoungOn(UNDER_25,
                heldByUa("RU-1").withBirthDate(date("2007-06-03")), "2025-06-09"), "AGE_LIMIT"))
                .containsExactly(ageLimit("RU-1", 17, "2025-06-02", "2007-06-03"));
    }

    @Test
    void ageLimit_bornOn29February_turnsOlderOnFirstMarchInNonLeapYear() {
        AgeLimitTerm fixedOn28February = new AgeLimitTerm(0, 25, ReferenceDate.fixed(date("2025-02-28")));
        AgeLimitTerm fixedOn1March = new AgeLimitTerm(0, 25, ReferenceDate.fixed(date("2025-03-01")));
        Detainee leapling = heldByUa("RU-1").withBirthDate(date("2000-02-29"));

        assertThat(violations(releasedYoungOn(fixedOn28February, leapling, "2025-06-09"), "AGE_LIMIT")).isEmpty();
        assertThat(violations(releasedYoungOn(fixedOn1March, leapling, "2025-06-09"), "AGE_LIMIT"))
                .containsExactly(ageLimit("RU-1", 25, "2025-03-01", "2000-02-29"));
    }

    @Test
    void ageLimit_exchangeDateMode_measuresAtTheBatchDate() {
        AgeLimitTerm atExchange = new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE);
        Detainee turns25OnJune10 = heldByUa("RU-1").withBirthDate(date("2000-06-10"));

        assertThat(violations(releasedYoungOn(atExchange, turns25OnJune10, "2025-06-09"), "AGE_LIMIT")).isEmpty();
        assertThat(violations(releasedYoungOn(atExchange, turns25OnJune10, "2025-06-10"), "AGE_LIMIT"))
                .containsExactly(ageLimit("RU-1", 25, "2025-06-10", "2000-06-10"));
    }

    @Test
    void ageLimit_agreementDateMode_ignoresTheBatchDate() {
        Detainee turns25OnJune10 = heldByUa("RU-1").withBirthDate(date("2000-06-10"));

        assertThat(violations(releasedYoungOn(UNDER_25, turns25OnJune10, "2025-06-30"), "AGE_LIMIT")).isEmpty();
    }

    @Test
    void ageLimit_fixedDateMode_measuresAtThatDate() {
        AgeLimitTerm fixed = new AgeLimitTerm(0, 25, ReferenceDate.fixed(date("2025-01-01")));

        assertThat(violations(releasedYoungOn(fixed, heldByUa("RU-1").withBirthDate(date("1999-12-31")),
                "2025-06-09"), "AGE_LIMIT"))
                .containsExactly(ageLimit("RU-1", 25, "2025-01-01", "1999-12-31"));
    }

    @Test
    void ageLimit_otherBasis_isNotChecked() {
        ExchangeRecord record = record(agreement(UNDER_25), List.of(heldByUa("RU-1").withBirthDate(date("1970-01-01"))),
                batch("B1", "2025-06-09", release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void ageUnknown_releasedOnBasisYoungWithNoBirthDate_isAWarning() {
        ValidationReport report = validate(releasedYoungOn(UNDER_25, heldByUa("RU-1"), "2025-06-09"));

        assertThat(report.violations()).containsExactly(new Violation("AGE_UNKNOWN", Severity.WARNING,
                List.of("RU-1"), "AGE_LIMIT", NO_BIRTH_DATE,
                "RU-1, released on basis YOUNG, has no birth date: the age limit cannot be checked"));
        assertThat(report.isCompliant()).isTrue();
    }

    @Test
    void ageLimit_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(), List.of(heldByUa("RU-1"), heldByRu("UA-1")
                        .withBirthDate(date("1970-01-01"))),
                batch("B1", "2025-06-09", release("RU-1", Basis.YOUNG), release("UA-1", Basis.YOUNG)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
