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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Status;

class EligibilityTests {

    private static final String WOUNDED_RULE = "ELIGIBILITY-01 released as seriously wounded but not recorded so";
    private static final String ILL_RULE = "ELIGIBILITY-02 released as seriously ill but not recorded so";
    private static final String CIVILIAN_RULE = "ELIGIBILITY-03 released as a civilian but recorded as military";
    private static final EligibilityTerm ELIGIBILITY = new EligibilityTerm();

    private static Violation eligibility(String rule, String detainee, String message) {
        return new Violation("ELIGIBILITY", Severity.ERROR, List.of(detainee), "ELIGIBILITY", rule, message);
    }

    private static ExchangeRecord releasedOn(Basis basis, Detainee detainee) {
        return record(agreement(ELIGIBILITY), List.of(detainee), batch("B1", "2025-06-09",
                release(detainee.id(), basis)));
    }

    @Test
    void eligibility_everyBasisBorneOutByTheRecord_isCompliant() {
        ExchangeRecord record = record(agreement(ELIGIBILITY),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED),
                        heldByRu("UA-S").withCondition(Condition.SERIOUSLY_ILL),
                        heldByRu("UA-C").withStatus(Status.CIVILIAN),
                        heldByUa("RU-Y"), heldByUa("RU-O")),
                batch("B1", "2025-06-09", release("UA-W", Basis.SERIOUSLY_WOUNDED),
                        release("UA-S", Basis.SERIOUSLY_ILL), release("UA-C", Basis.CIVILIAN),
                        release("RU-Y", Basis.YOUNG), release("RU-O", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"HEALTHY", "WOUNDED", "SERIOUSLY_ILL"})
    void eligibility_seriouslyWoundedBasis_withAnyOtherCondition_isAnError(Condition condition) {
        ValidationReport report = validate(releasedOn(Basis.SERIOUSLY_WOUNDED,
                heldByRu("UA-1").withCondition(condition)));

        assertThat(report.violations()).containsExactly(eligibility(WOUNDED_RULE, "UA-1",
                "UA-1 was released in batch B1 on basis SERIOUSLY_WOUNDED but their recorded condition is "
                        + condition));
        assertThat(report.isCompliant()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"HEALTHY", "WOUNDED", "SERIOUSLY_WOUNDED"})
    void eligibility_seriouslyIllBasis_withAnyOtherCondition_isAnError(Condition condition) {
        ValidationReport report = validate(releasedOn(Basis.SERIOUSLY_ILL,
                heldByRu("UA-1").withCondition(condition)));

        assertThat(report.violations()).containsExactly(eligibility(ILL_RULE, "UA-1",
                "UA-1 was released in batch B1 on basis SERIOUSLY_ILL but their recorded condition is "
                        + condition));
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void eligibility_priorityBasisMatchingTheCondition_isCompliantWhateverTheStatus(Status status) {
        ExchangeRecord record = record(agreement(ELIGIBILITY),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED).withStatus(status),
                        heldByRu("UA-S").withCondition(Condition.SERIOUSLY_ILL).withStatus(status)),
                batch("B1", "2025-06-09", release("UA-W", Basis.SERIOUSLY_WOUNDED),
                        release("UA-S", Basis.SERIOUSLY_ILL)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void eligibility_civilianBasis_forAMilitaryDetainee_isAnError() {
        ValidationReport report = validate(releasedOn(Basis.CIVILIAN, heldByRu("UA-1")));

        assertThat(report.violations()).containsExactly(eligibility(CIVILIAN_RULE, "UA-1",
                "UA-1 was released in batch B1 on basis CIVILIAN but their recorded status is MILITARY"));
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void eligibility_civilianBasis_forACivilian_isCompliantWhateverTheCondition(Condition condition) {
        ValidationReport report = validate(releasedOn(Basis.CIVILIAN,
                heldByRu("UA-1").withStatus(Status.CIVILIAN).withCondition(condition)));

        assertThat(report.violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void eligibility_youngAndOtherBases_areNeverViolations(Condition condition) {
        ExchangeRecord record = record(agreement(ELIGIBILITY),
                List.of(heldByRu("UA-YM").withCondition(condition),
                        heldByRu("UA-YC").withCondition(condition).withStatus(Status.CIVILIAN),
                        heldByRu("UA-OM").withCondition(condition),
                        heldByRu("UA-OC").withCondition(condition).withStatus(Status.CIVILIAN)),
                batch("B1", "2025-06-09", release("UA-YM", Basis.YOUNG), release("UA-YC", Basis.YOUNG),
                        release("UA-OM", Basis.OTHER), release("UA-OC", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void eligibility_releaseInAUnilateralBatch_isChecked() {
        ExchangeRecord record = record(agreement(ELIGIBILITY), List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.SERIOUSLY_ILL)).asUnilateral());

        assertThat(validate(record).violations()).containsExactly(eligibility(ILL_RULE, "UA-1",
                "UA-1 was released in batch B1 on basis SERIOUSLY_ILL but their recorded condition is HEALTHY"));
    }

    @Test
    void eligibility_eachDetaineeIsReportedOnItsOwn_inSubjectOrder() {
        ExchangeRecord record = record(agreement(ELIGIBILITY),
                List.of(heldByRu("UA-2").withCondition(Condition.WOUNDED), heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-2", Basis.SERIOUSLY_WOUNDED), release("RU-1", Basis.CIVILIAN)));

        assertThat(validate(record).violations()).containsExactly(
                eligibility(CIVILIAN_RULE, "RU-1",
                        "RU-1 was released in batch B1 on basis CIVILIAN but their recorded status is MILITARY"),
                eligibility(WOUNDED_RULE, "UA-2",
                        "UA-2 was released in batch B1 on basis SERIOUSLY_WOUNDED but their recorded condition is "
                                + "WOUNDED"));
    }

    @Test
    void eligibility_unknownDetainee_isLeftToTheIntegrityCheck() {
        ExchangeRecord record = record(agreement(ELIGIBILITY), List.of(),
                batch("B1", "2025-06-09", release("GHOST", Basis.SERIOUSLY_WOUNDED)));

        assertThat(validate(record).violations()).extracting(Violation::code).containsExactly("UNKNOWN_DETAINEE");
    }

    @Test
    void eligibility_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1"), heldByRu("UA-2")),
                batch("B1", "2025-06-09", release("UA-1", Basis.SERIOUSLY_WOUNDED), release("UA-2", Basis.CIVILIAN)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
