package org.parley.rules.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.rules.model.Severity;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * The draws behind {@link ParleyGen} and {@link ParleyRandom}: small records dense in
 * collisions, so that every rule has work to do and every boundary is met often. Dates fall
 * in a few weeks after signing, so batches, deadlines and schedules meet; birth dates cluster
 * around the anniversaries that decide an age limit; handover times sit on a grid of quarter
 * hours, one second off now and then, as do the simultaneity windows; ids are drawn from
 * small spaces, so repeats and unknown ids are common.
 */
final class RecordDraws {

    /** Signing dates: one in summer, one before a leap day, one before a new year. */
    static final List<LocalDate> SIGNING_DATES = List.of(LocalDate.of(2025, 6, 2), LocalDate.of(2024, 2, 20),
            LocalDate.of(2023, 12, 27));
    /** Pairs of party codes. */
    static final List<List<String>> PARTY_PAIRS = List.of(List.of("UA", "RU"), List.of("AM", "AZ"));
    /** A party code that no generated agreement has. */
    static final String FOREIGN = "XX";
    /** The days after signing within which generated dates fall. */
    static final int WINDOW_DAYS = 21;
    /** The most detainees a generated record has. */
    static final int MAX_DETAINEES = 20;
    private static final List<Integer> WINDOW_MINUTES = List.of(30, 0, 15, 60, 90);
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Kyiv"));

    private RecordDraws() {
    }

    // ---------------------------------------------------------------- agreements

    static List<Party> parties(Source s) {
        List<String> codes = s.pick(PARTY_PAIRS);
        return s.chance(50) ? List.of(Party.of(codes.get(1)), Party.of(codes.get(0)))
                : List.of(Party.of(codes.get(0)), Party.of(codes.get(1)));
    }

    static LocalDate day(Source s, LocalDate signedOn) {
        return signedOn.plusDays(s.between(0, WINDOW_DAYS));
    }

    static Agreement agreement(Source s) {
        LocalDate signedOn = s.pick(SIGNING_DATES);
        List<Party> parties = parties(s);
        List<Term> terms = terms(s, signedOn, parties.stream().map(Party::code).toList());
        Optional<LocalDate> asOf = s.chance(35) ? Optional.of(day(s, signedOn)) : Optional.empty();
        String id = s.pick("ag-1", "istanbul-" + signedOn);
        return new Agreement(id, "generated " + id, signedOn, parties, s.pick(ZONES), asOf, terms);
    }

    /** Any subset of the built-in terms, with parameters near one another's boundaries. */
    static List<Term> terms(Source s, LocalDate signedOn, List<String> parties) {
        List<Term> terms = new ArrayList<>();
        if (s.chance(55)) {
            terms.add(new AllForAllTerm(subset(s, Category.class, 50), day(s, signedOn)));
        }
        if (s.chance(55)) {
            terms.add(ageLimit(s, signedOn));
        }
        // YOUNG is defined by an AGE_LIMIT term: a scenario file covering it without one is bad input.
        if (terms.stream().noneMatch(AgeLimitTerm.class::isInstance)) {
            terms.replaceAll(term -> term instanceof AllForAllTerm all && all.categories().contains(Category.YOUNG)
                    ? new AllForAllTerm(all.categories().stream().filter(c -> c != Category.YOUNG)
                            .collect(java.util.stream.Collectors.toSet()), all.completeBy())
                    : term);
        }
        if (s.chance(50)) {
            terms.add(new WoundedPriorityTerm(s.chance(50)));
        }
        if (s.chance(50)) {
            terms.add(new CadenceTerm(schedule(s, signedOn), s.pick(Severity.WARNING, Severity.ERROR, Severity.INFO)));
        }
        if (s.chance(50)) {
            terms.add(new ParityTerm(s.pick(ParityScope.PER_BATCH, ParityScope.TOTAL), subset(s, Basis.class, 20)));
        }
        if (s.chance(50)) {
            terms.add(new SimultaneityTerm(s.pick(WINDOW_MINUTES)));
        }
        if (s.chance(45)) {
            terms.add(new AgreedListsTerm());
        }
        if (s.chance(50)) {
            terms.add(new ConsentTerm(s.chance(50)));
        }
        if (s.chance(50)) {
            terms.add(new EligibilityTerm());
        }
        if (s.chance(45)) {
            String from = s.chance(90) ? s.pick(parties) : FOREIGN;
            terms.add(new RemainsTerm(from, s.intBetween(0, 30), day(s, signedOn)));
        }
        return terms;
    }

    static AgeLimitTerm ageLimit(Source s, LocalDate signedOn) {
        int min = s.pick(0, 18, 16);
        int max = min + s.pick(7, 1, 12, 42);
        ReferenceDate reference = switch (s.intBetween(0, 2)) {
            case 0 -> ReferenceDate.AGREEMENT_DATE;
            case 1 -> ReferenceDate.EXCHANGE_DATE;
            default -> ReferenceDate.fixed(s.chance(50) ? day(s, signedOn)
                    : signedOn.minusDays(s.between(0, 400)));
        };
        return new AgeLimitTerm(min, max, reference);
    }

    static Schedule schedule(Source s, LocalDate signedOn) {
        if (s.chance(70)) {
            LocalDate from = signedOn.plusDays(s.between(0, 10));
            return Schedule.daily(from, from.plusDays(s.between(0, 8)));
        }
        int n = s.intBetween(1, 5);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(day(s, signedOn));
        }
        return Schedule.of(dates);
    }

    static <E extends Enum<E>> Set<E> subset(Source s, Class<E> type, int percent) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (s.chance(percent)) {
                set.add(value);
            }
        }
        return set;
    }

    // ---------------------------------------------------------------- detainees

    /**
     * A birth date near one of the anniversaries that decide the agreement's age limit: the
     * lowest and highest ages at the signing date, a date in the window or a fixed reference
     * date, a day either side; now and then a leap day, or a date far from any boundary.
     */
    static LocalDate birthDate(Source s, Agreement agreement) {
        if (s.chance(5)) {
            return LocalDate.of(s.pick(2000, 1996, 2004, 2008), 2, 29);
        }
        Optional<AgeLimitTerm> limit = agreement.term(AgeLimitTerm.class);
        int min = limit.map(AgeLimitTerm::minAge).orElse(18);
        int max = limit.map(AgeLimitTerm::maxAgeExclusive).orElse(25);
        List<LocalDate> anchors = new ArrayList<>(List.of(agreement.signedOn(), day(s, agreement.signedOn())));
        limit.flatMap(l -> l.referenceDate().fixed()).ifPresent(anchors::add);
        LocalDate anchor = s.pick(anchors);
        int age = s.pick(max, max - 1, min, Math.max(0, min - 1), s.intBetween(12, 50));
        long delta = s.chance(80) ? s.between(-1, 1) : s.between(-200, 200);
        LocalDate birth = anchor.minusYears(age).plusDays(delta);
        // No one is born after the record's date: a scenario file saying so is bad input.
        return birth.isAfter(agreement.signedOn()) ? agreement.signedOn() : birth;
    }

    static Detainee detainee(Source s, Agreement agreement, String id) {
        List<String> codes = agreement.parties().stream().map(Party::code).toList();
        String heldBy = s.chance(92) ? s.pick(codes) : FOREIGN;
        Optional<String> returnTo = Optional.empty();
        if (s.chance(12)) {
            returnTo = Optional.of(s.chance(80) ? s.pick(codes) : FOREIGN);
        }
        Status status = s.chance(25) ? Status.CIVILIAN : Status.MILITARY;
        Optional<LocalDate> birth = s.chance(85) ? Optional.of(birthDate(s, agreement)) : Optional.empty();
        Condition condition = s.pick(Condition.HEALTHY, Condition.SERIOUSLY_WOUNDED, Condition.WOUNDED,
                Condition.SERIOUSLY_ILL);
        Consent consent = s.pick(Consent.CONSENTED, Consent.UNKNOWN, Consent.DECLINED, Consent.CONSENTED);
        Optional<String> name = s.chance(10) ? Optional.of("Name of " + id) : Optional.empty();
        return new Detainee(id, name, heldBy, returnTo, status, birth, condition, consent);
    }

    /** The basis a transfer would be made on for this detainee, if the record were right. */
    static Basis fittingBasis(Source s, Detainee d) {
        List<Basis> fitting = new ArrayList<>(List.of(Basis.OTHER, Basis.YOUNG));
        if (d.condition() == Condition.SERIOUSLY_WOUNDED) {
            fitting.add(Basis.SERIOUSLY_WOUNDED);
        }
        if (d.condition() == Condition.SERIOUSLY_ILL) {
            fitting.add(Basis.SERIOUSLY_ILL);
        }
        if (d.status() == Status.CIVILIAN) {
            fitting.add(Basis.CIVILIAN);
        }
        return s.pick(fitting);
    }

    // ---------------------------------------------------------------- batches

    /** A handover time on the batch date: quarter hours from 08:00 in the agreement's zone, a second off now and then. */
    static Optional<Instant> handoverTime(Source s, Agreement agreement, LocalDate date) {
        if (!s.chance(70)) {
            return Optional.empty();
        }
        Instant start = date.atTime(8, 0).atZone(agreement.timeZone()).toInstant();
        return Optional.of(start.plusSeconds(15L * 60 * s.between(0, 10) + s.pick(0, 0, 0, 1, -1)));
    }

    static Batch batch(Source s, Agreement agreement, String id, List<Detainee> detainees) {
        LocalDate date = day(s, agreement.signedOn());
        Optional<CadenceTerm> cadence = agreement.term(CadenceTerm.class);
        if (cadence.isPresent() && s.chance(70)) {
            date = s.pick(cadence.get().schedule().dates());
        }
        boolean unilateral = s.chance(15);
        int n = s.intBetween(0, 6);
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Indexes past the detainees name no known detainee.
            int index = s.intBetween(0, detainees.size() + 1);
            String detainee = index < detainees.size() ? detainees.get(index).id() : "D" + index;
            Basis basis = index < detainees.size() && s.chance(70) ? fittingBasis(s, detainees.get(index))
                    : s.pick(Basis.values());
            transfers.add(new Transfer(detainee, basis, handoverTime(s, agreement, date)));
        }
        return new Batch(id, date, unilateral, transfers);
    }

    // ---------------------------------------------------------------- lists and remains

    /** A list that names most of the detainees going home to the requesting party, and a few others. */
    static DetaineeList detaineeList(Source s, Agreement agreement, List<Detainee> detainees) {
        List<String> codes = agreement.parties().stream().map(Party::code).toList();
        String requestedBy = s.chance(90) ? s.pick(codes) : FOREIGN;
        List<String> ids = new ArrayList<>();
        for (Detainee d : detainees) {
            Optional<String> home = d.returnTo().isPresent() ? d.returnTo() : agreement.otherParty(d.heldBy());
            if (s.chance(home.filter(requestedBy::equals).isPresent() ? 75 : 8)) {
                ids.add(d.id());
            }
        }
        if (s.chance(10)) {
            ids.add("D" + (detainees.size() + 1));
        }
        return new DetaineeList(requestedBy, ids);
    }

    static Remains remains(Source s, Agreement agreement, String id) {
        List<String> codes = agreement.parties().stream().map(Party::code).toList();
        String from = s.pick(codes);
        String to = agreement.otherParty(from).orElseThrow();
        if (s.chance(15)) {
            from = s.pick(codes.get(0), codes.get(1), FOREIGN);
            to = s.pick(codes.get(0), codes.get(1), FOREIGN);
        }
        return new Remains(id, day(s, agreement.signedOn()), from, to, s.intBetween(0, 12));
    }

    // ---------------------------------------------------------------- records

    static ExchangeRecord record(Source s) {
        return record(s, agreement(s));
    }

    static ExchangeRecord record(Source s, Agreement agreement) {
        int n = s.intBetween(0, MAX_DETAINEES);
        List<Detainee> detainees = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            detainees.add(detainee(s, agreement, "D" + i));
        }
        List<Batch> batches = new ArrayList<>();
        // Now and then many batches, so that lists of batches in messages run past their limit.
        int batchCount = s.chance(3) ? s.intBetween(6, 14) : s.intBetween(0, 5);
        for (int i = 0; i < batchCount; i++) {
            batches.add(batch(s, agreement, "B" + i, detainees));
        }
        List<DetaineeList> lists = new ArrayList<>();
        int listCount = s.intBetween(0, 3);
        for (int i = 0; i < listCount; i++) {
            lists.add(detaineeList(s, agreement, detainees));
        }
        List<Remains> remains = new ArrayList<>();
        int remainsCount = s.intBetween(0, 3);
        for (int i = 0; i < remainsCount; i++) {
            remains.add(remains(s, agreement, "R" + i));
        }
        return new ExchangeRecord(agreement, detainees, batches, lists, remains);
    }
}
