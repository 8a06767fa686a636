package org.parley.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The factories give the defaults that docs/terms.md lists, parameter by parameter. */
class TermFactoryTests {

    @Test
    void woundedPriority_lenientIsTheDefaultAndEnforcedIsStrict() {
        assertThat(WoundedPriorityTerm.lenient()).isEqualTo(new WoundedPriorityTerm(false));
        assertThat(WoundedPriorityTerm.lenient().severity()).isEqualTo(Severity.WARNING);
        assertThat(WoundedPriorityTerm.enforced()).isEqualTo(new WoundedPriorityTerm(true));
        assertThat(WoundedPriorityTerm.enforced().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void parity_factoriesExemptNothingAndExemptingReplacesTheBases() {
        assertThat(ParityTerm.perBatch()).isEqualTo(new ParityTerm(ParityScope.PER_BATCH, Set.of()));
        assertThat(ParityTerm.total()).isEqualTo(new ParityTerm(ParityScope.TOTAL, Set.of()));
        ParityTerm exempting = ParityTerm.perBatch().exempting(Basis.SERIOUSLY_WOUNDED, Basis.SERIOUSLY_ILL,
                Basis.SERIOUSLY_WOUNDED);
        assertThat(exempting).isEqualTo(new ParityTerm(ParityScope.PER_BATCH,
                Set.of(Basis.SERIOUSLY_WOUNDED, Basis.SERIOUSLY_ILL)));
        assertThat(exempting.exempting()).isEqualTo(ParityTerm.perBatch());
        assertThatThrownBy(() -> ParityTerm.total().exempting(Basis.YOUNG, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void consent_lenientIsTheDefault() {
        assertThat(ConsentTerm.lenient()).isEqualTo(new ConsentTerm(false));
        assertThat(ConsentTerm.requiringRecordedConsent()).isEqualTo(new ConsentTerm(true));
    }

    @Test
    void cadence_ofHasTheDefaultSeverity() {
        Schedule schedule = Schedule.daily(LocalDate.parse("2025-06-09"), LocalDate.parse("2025-06-12"));
        assertThat(CadenceTerm.of(schedule)).isEqualTo(new CadenceTerm(schedule, Severity.WARNING));
        assertThatThrownBy(() -> CadenceTerm.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("schedule");
    }

    @Test
    void ageLimit_factoriesMeasureAtTheAgreementDateUnlessTold() {
        assertThat(AgeLimitTerm.under(25)).isEqualTo(new AgeLimitTerm(0, 25, ReferenceDate.AGREEMENT_DATE));
        assertThat(AgeLimitTerm.between(18, 25)).isEqualTo(new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE));
        assertThat(AgeLimitTerm.under(25).measuredAt(ReferenceDate.EXCHANGE_DATE))
                .isEqualTo(new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE));
        assertThatThrownBy(() -> AgeLimitTerm.between(25, 25)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAgeExclusive must be greater than minAge (25), was 25");
    }

    @Test
    void simultaneity_withinIsTheConstructor() {
        assertThat(SimultaneityTerm.within(30)).isEqualTo(new SimultaneityTerm(30));
    }
}
