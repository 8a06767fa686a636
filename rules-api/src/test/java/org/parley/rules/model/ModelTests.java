package org.parley.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTests {

    private static final LocalDate SIGNED = LocalDate.parse("2025-06-02");

    @Test
    void agreement_requiresExactlyTwoPartiesWithDistinctCodes() {
        assertThatThrownBy(() -> new Agreement("a", "a", SIGNED, List.of(Party.of("UA")), java.time.ZoneOffset.UTC,
                Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an agreement has exactly two parties, got 1");
        assertThatThrownBy(() -> Agreement.of("a", SIGNED, Party.of("UA"), Party.of("UA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the two parties must have distinct codes, both are UA");
    }

    @Test
    void agreement_listsEachTermTypeOnce() {
        assertThatThrownBy(() -> Agreement.of("a", SIGNED, Party.of("UA"), Party.of("RU"),
                new ConsentTerm(false), new ConsentTerm(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an agreement lists each term type once, CONSENT is listed twice");
    }

    @Test
    void agreement_knowsItsPartiesAndTerms() {
        Agreement agreement = Agreement.of("a", SIGNED, Party.of("UA"), Party.of("RU"), new EligibilityTerm());

        assertThat(agreement.isParty("RU")).isTrue();
        assertThat(agreement.isParty("XX")).isFalse();
        assertThat(agreement.otherParty("UA")).contains("RU");
        assertThat(agreement.otherParty("XX")).isEmpty();
        assertThat(agreement.term(EligibilityTerm.class)).contains(new EligibilityTerm());
        assertThat(agreement.term(ConsentTerm.class)).isEmpty();
    }

    @Test
    void exchangeRecord_rejectsRepeatedIds() {
        Agreement agreement = Agreement.of("a", SIGNED, Party.of("UA"), Party.of("RU"));

        assertThatThrownBy(() -> ExchangeRecord.of(agreement)
                .withDetainees(List.of(Detainee.of("X", "UA"), Detainee.of("X", "RU"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two detainee entries have the id X");
        assertThatThrownBy(() -> ExchangeRecord.of(agreement)
                .withBatches(List.of(Batch.of("B", SIGNED), Batch.of("B", SIGNED))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two batch entries have the id B");
    }

    @Test
    void exchangeRecord_asOfDefaultsToTheLatestBatchOrRemainsDateThenTheSigningDate() {
        Agreement agreement = Agreement.of("a", SIGNED, Party.of("UA"), Party.of("RU"));
        ExchangeRecord empty = ExchangeRecord.of(agreement);
        ExchangeRecord withFacts = empty
                .withBatches(List.of(Batch.of("B1", LocalDate.parse("2025-06-09")),
                        Batch.of("B2", LocalDate.parse("2025-06-14"))))
                .withRemains(List.of(new Remains("R", LocalDate.parse("2025-06-16"), "RU", "UA", 1)));

        assertThat(empty.asOf()).isEqualTo(SIGNED);
        assertThat(withFacts.asOf()).isEqualTo(LocalDate.parse("2025-06-16"));
        assertThat(withFacts.withAgreement(agreement.withAsOf(LocalDate.parse("2025-06-10"))).asOf())
                .isEqualTo(LocalDate.parse("2025-06-10"));
    }

    @Test
    void detainee_ageCountsCompletedCalendarYears() {
        Detainee leapling = Detainee.of("X", "UA").withBirthDate(LocalDate.parse("2000-02-29"));

        assertThat(leapling.ageOn(LocalDate.parse("2025-02-28"))).isEqualTo(OptionalInt.of(24));
        assertThat(leapling.ageOn(LocalDate.parse("2025-03-01"))).isEqualTo(OptionalInt.of(25));
        assertThat(leapling.ageOn(LocalDate.parse("2024-02-29"))).isEqualTo(OptionalInt.of(24));
        assertThat(Detainee.of("Y", "UA").ageOn(SIGNED)).isEmpty();
    }

    @Test
    void ageLimit_admitsTheHalfOpenRange() {
        AgeLimitTerm term = new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE);

        assertThat(term.admits(17)).isFalse();
        assertThat(term.admits(18)).isTrue();
        assertThat(term.admits(24)).isTrue();
        assertThat(term.admits(25)).isFalse();
        assertThatThrownBy(() -> new AgeLimitTerm(25, 25, ReferenceDate.AGREEMENT_DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAgeExclusive must be greater than minAge (25), was 25");
        assertThatThrownBy(() -> new AgeLimitTerm(-1, 25, ReferenceDate.AGREEMENT_DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minAge must not be negative, was -1");
    }

    @Test
    void referenceDate_resolvesEachMode() {
        LocalDate exchange = LocalDate.parse("2025-06-09");
        LocalDate fixed = LocalDate.parse("2025-01-01");

        assertThat(ReferenceDate.AGREEMENT_DATE.resolve(SIGNED, exchange)).isEqualTo(SIGNED);
        assertThat(ReferenceDate.EXCHANGE_DATE.resolve(SIGNED, exchange)).isEqualTo(exchange);
        assertThat(ReferenceDate.fixed(fixed).resolve(SIGNED, exchange)).isEqualTo(fixed);
        assertThat(ReferenceDate.fixed(fixed)).hasToString("2025-01-01");
        assertThat(ReferenceDate.EXCHANGE_DATE).hasToString("EXCHANGE_DATE");
    }

    @Test
    void schedule_dailyIncludesBothEnds() {
        Schedule schedule = Schedule.daily(LocalDate.parse("2025-06-09"), LocalDate.parse("2025-06-11"));

        assertThat(schedule.dates()).containsExactly(LocalDate.parse("2025-06-09"), LocalDate.parse("2025-06-10"),
                LocalDate.parse("2025-06-11"));
        assertThat(schedule.contains(LocalDate.parse("2025-06-10"))).isTrue();
        assertThat(schedule.contains(LocalDate.parse("2025-06-12"))).isFalse();
        assertThatThrownBy(() -> Schedule.daily(LocalDate.parse("2025-06-11"), LocalDate.parse("2025-06-09")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schedule 'to' (2025-06-09) must not be before 'from' (2025-06-11)");
    }

    @Test
    void schedule_sortsAndDropsRepeats() {
        LocalDate a = LocalDate.parse("2025-06-09");
        LocalDate b = LocalDate.parse("2025-06-12");

        assertThat(Schedule.of(List.of(b, a, b)).dates()).containsExactly(a, b);
    }

    @Test
    void terms_haveTheirContractTypesAndDefaults() {
        assertThat(new WoundedPriorityTerm(false).severity()).isEqualTo(Severity.WARNING);
        assertThat(new WoundedPriorityTerm(true).severity()).isEqualTo(Severity.ERROR);
        assertThat(new ParityTerm(ParityScope.TOTAL, Set.of(Basis.SERIOUSLY_WOUNDED)).counts(Basis.SERIOUSLY_WOUNDED))
                .isFalse();
        assertThat(List.<Term>of(new AllForAllTerm(Set.of(), SIGNED), AgeLimitTerm.under(25),
                new WoundedPriorityTerm(false), new CadenceTerm(Schedule.of(List.of()), Severity.WARNING),
                new ParityTerm(ParityScope.PER_BATCH, Set.of()), new SimultaneityTerm(0), new AgreedListsTerm(),
                new ConsentTerm(false), new EligibilityTerm(), new RemainsTerm("RU", 0, SIGNED)))
                .extracting(Term::type)
                .containsExactly("ALL_FOR_ALL", "AGE_LIMIT", "WOUNDED_PRIORITY", "CADENCE", "PARITY", "SIMULTANEITY",
                        "AGREED_LISTS", "CONSENT", "ELIGIBILITY", "REMAINS");
    }

    @Test
    void records_rejectNegativeCounts() {
        assertThatThrownBy(() -> new Remains("R", SIGNED, "RU", "UA", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("remains count must not be negative, was -1");
        assertThatThrownBy(() -> new SimultaneityTerm(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("windowMinutes must not be negative, was -5");
        assertThatThrownBy(() -> Detainee.of("X", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("heldBy");
    }

    @Test
    void builtInTypes_areThoseOfTheTermsThatTermPermits_inItsOrder() {
        assertThat(CustomTerm.BUILT_IN_TYPES).containsExactly("ALL_FOR_ALL", "AGE_LIMIT", "WOUNDED_PRIORITY",
                "CADENCE", "PARITY", "SIMULTANEITY", "AGREED_LISTS", "CONSENT", "ELIGIBILITY", "REMAINS");
    }

    /** The terms whose equals and hashCode are written out (no ObjectMethods bootstrap) keep a record's. */
    @Test
    void writtenOutEqualsAndHashCode_areARecordsByComponents() {
        assertEqualByComponents(new AgeLimitTerm(0, 25, ReferenceDate.AGREEMENT_DATE),
                new AgeLimitTerm(0, 25, ReferenceDate.AGREEMENT_DATE),
                List.of(new AgeLimitTerm(1, 25, ReferenceDate.AGREEMENT_DATE),
                        new AgeLimitTerm(0, 24, ReferenceDate.AGREEMENT_DATE),
                        new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE)));
        assertEqualByComponents(new WoundedPriorityTerm(true), WoundedPriorityTerm.enforced(),
                List.of(WoundedPriorityTerm.lenient()));
        assertEqualByComponents(new ConsentTerm(false), ConsentTerm.lenient(),
                List.of(ConsentTerm.requiringRecordedConsent()));
        assertEqualByComponents(new AgreedListsTerm(), new AgreedListsTerm(), List.of(new EligibilityTerm()));
        assertEqualByComponents(new EligibilityTerm(), new EligibilityTerm(), List.of(new AgreedListsTerm()));
        LocalDate by = LocalDate.of(2025, 7, 1);
        assertEqualByComponents(new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), by),
                new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), by),
                List.of(new AllForAllTerm(Set.of(Category.SERIOUSLY_ILL), by),
                        new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), by.plusDays(1))));
    }

    private static void assertEqualByComponents(Term term, Term same, List<Term> others) {
        assertThat(term).isNotSameAs(same).isEqualTo(same).isEqualTo(term).hasSameHashCodeAs(same);
        assertThat(same).isEqualTo(term);
        assertThat(term.equals(null)).isFalse();
        assertThat(term).isNotEqualTo(term.type());
        for (Term other : others) {
            assertThat(term).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(term);
        }
    }
}
