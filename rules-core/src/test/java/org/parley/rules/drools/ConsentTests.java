package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
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
import org.parley.rules.model.Consent;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;

class ConsentTests {

    private static final String DECLINED_RULE = "CONSENT_DECLINED-01 released although they declined";
    private static final String UNKNOWN_RULE = "CONSENT_UNKNOWN-01 released with no recorded consent";
    private static final ConsentTerm LENIENT = new ConsentTerm(false);
    private static final ConsentTerm REQUIRE_RECORDED = new ConsentTerm(true);

    private static Violation declined(String detainee, String date) {
        return new Violation("CONSENT_DECLINED", Severity.ERROR, List.of(detainee), "CONSENT", DECLINED_RULE,
                detainee + " was released on " + date + " although they declined repatriation (GC III Art. 109(3))");
    }

    private static Violation unknown(String detainee, String date) {
        return new Violation("CONSENT_UNKNOWN", Severity.WARNING, List.of(detainee), "CONSENT", UNKNOWN_RULE,
                detainee + " was released on " + date + " with no recorded consent");
    }

    @Test
    void consent_consentedReleases_areCompliantEvenWhenConsentMustBeRecorded() {
        ExchangeRecord record = record(agreement(REQUIRE_RECORDED),
                List.of(heldByRu("UA-1").withConsent(Consent.CONSENTED),
                        heldByUa("RU-1").withConsent(Consent.CONSENTED)),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void consent_declinedAndReleased_isAnError() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-1").withConsent(Consent.DECLINED),
                        heldByUa("RU-1").withConsent(Consent.CONSENTED)),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(declined("UA-1", "2025-06-09"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void consent_declinedButNotReleased_isNothing() {
        ExchangeRecord record = record(agreement(REQUIRE_RECORDED),
                List.of(heldByRu("UA-1").withConsent(Consent.DECLINED),
                        heldByRu("UA-2").withConsent(Consent.CONSENTED)),
                batch("B1", "2025-06-09", release("UA-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void consent_unknownAndReleased_isNothingUnlessConsentMustBeRecorded() {
        ExchangeRecord record = record(agreement(LENIENT), List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void consent_unknownAndReleased_isAWarningWhenConsentMustBeRecorded() {
        ExchangeRecord record = record(agreement(REQUIRE_RECORDED),
                List.of(heldByRu("UA-1"), heldByUa("RU-1").withConsent(Consent.CONSENTED)),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(unknown("UA-1", "2025-06-09"));
        assertThat(report.isCompliant()).isTrue();
    }

    @Test
    void consent_unknownButNotReleased_isNothingEvenWhenConsentMustBeRecorded() {
        ExchangeRecord record = record(agreement(REQUIRE_RECORDED),
                List.of(heldByRu("UA-1"), heldByRu("UA-2").withConsent(Consent.CONSENTED)),
                batch("B1", "2025-06-09", release("UA-2", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void consent_declinedWhenConsentMustBeRecorded_isOnlyDeclined() {
        ExchangeRecord record = record(agreement(REQUIRE_RECORDED),
                List.of(heldByRu("UA-1").withConsent(Consent.DECLINED), heldByRu("UA-2")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER)));

        assertThat(validate(record).violations()).containsExactly(
                declined("UA-1", "2025-06-09"), unknown("UA-2", "2025-06-10"));
    }

    @Test
    void consent_releaseInAUnilateralBatch_isChecked() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-1").withConsent(Consent.DECLINED)),
                batch("B1", "2025-06-09", release("UA-1", Basis.SERIOUSLY_WOUNDED)).asUnilateral());

        assertThat(validate(record).violations()).containsExactly(declined("UA-1", "2025-06-09"));
    }

    @Test
    void consent_detaineeReleasedTwice_isReportedOnceWithTheFirstDate() {
        ExchangeRecord record = record(agreement(LENIENT),
                List.of(heldByRu("UA-1").withConsent(Consent.DECLINED)),
                batch("B2", "2025-06-10", release("UA-1", Basis.OTHER)),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)));

        assertThat(validate(record).byCode("CONSENT_DECLINED")).containsExactly(declined("UA-1", "2025-06-09"));
    }

    @Test
    void consent_termNotListed_isNotChecked() {
        List<Detainee> people = List.of(heldByRu("UA-1").withConsent(Consent.DECLINED), heldByUa("RU-1"));
        ExchangeRecord record = record(agreement(), people,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
