package org.parley.rules.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;
import org.quicktheories.core.Gen;

/**
 * Exchange records that are compliant by construction: for the agreement they are drawn
 * for, no built-in term reports anything, not even a warning.
 *
 * <p>They are built so, not filtered: detainees are released in mirrored pairs (one held
 * by each party, alike in every other respect, handed over in the same batch at the same
 * time on the same basis), so that every count is equal; the seriously wounded and ill are
 * released on or before the first date their party releases anyone else; a release's basis
 * is always borne out by the record; a detainee whom ALL_FOR_ALL covers is released by the
 * deadline or has declined; every scheduled date up to {@code asOf} has a batch, if need be
 * an empty one; every released detainee is on a list of the party they go home to; the
 * committed remains are handed over in time. Unilateral batches release one detainee at a
 * time. Terms other than the built-in ones are not taken into account.
 *
 * <pre>{@code
 * qt().forAll(CompliantRecords.forAgreement(agreement))
 *     .checkAssert(record -> ReportAssert.assertThat(validator.validate(record)).hasNoViolations());
 * }</pre>
 */
public final class CompliantRecords {

    private CompliantRecords() {
    }

    /**
     * Whether a compliant record can be built for the agreement: not when a REMAINS term
     * commits a party that is not in the agreement, since its handovers would be
     * UNKNOWN_PARTY violations.
     */
    public static boolean canComply(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return agreement.term(RemainsTerm.class)
                .map(t -> t.commitment() == 0 || agreement.isParty(t.from()))
                .orElse(true);
    }

    /**
     * Compliant records for one agreement.
     *
     * @throws IllegalArgumentException if no compliant record can be built for it (see {@link #canComply})
     */
    public static Gen<ExchangeRecord> forAgreement(Agreement agreement) {
        requireCanComply(agreement);
        return Source.gen(s -> draw(s, agreement));
    }

    /** Compliant records for agreements drawn by {@link ParleyGen#agreements()}. */
    public static Gen<ExchangeRecord> any() {
        return Source.gen(s -> {
            Agreement agreement = RecordDraws.agreement(s);
            while (!canComply(agreement)) {
                agreement = RecordDraws.agreement(s);
            }
            return draw(s, agreement);
        });
    }

    static void requireCanComply(Agreement agreement) {
        if (!canComply(agreement)) {
            throw new IllegalArgumentException("no record complies with agreement " + agreement.id()
                    + ": its REMAINS term commits " + agreement.term(RemainsTerm.class).orElseThrow().from()
                    + ", who is not a party to it");
        }
    }

    /** What one or two detainees are like; a pair shares it. */
    private static final class Unit {
        final boolean pair;
        final boolean unilateral;
        final String party;
        final Status status;
        final Condition condition;
        final Optional<LocalDate> birth;
        final boolean returnToGiven;
        Consent consent;
        boolean toRelease;
        Batch slot;
        Basis basis;
        Optional<Instant> at = Optional.empty();

        Unit(boolean pair, String party, Status status, Condition condition, Optional<LocalDate> birth,
             boolean returnToGiven, Consent consent) {
            this.pair = pair;
            this.unilateral = !pair;
            this.party = party;
            this.status = status;
            this.condition = condition;
            this.birth = birth;
            this.returnToGiven = returnToGiven;
            this.consent = consent;
        }

        boolean isPriority() {
            return condition == Condition.SERIOUSLY_WOUNDED || condition == Condition.SERIOUSLY_ILL;
        }

        void hold() {
            toRelease = false;
            slot = null;
            basis = null;
            at = Optional.empty();
            consent = Consent.DECLINED;
        }
    }

    static ExchangeRecord draw(Source s, Agreement agreement) {
        return new Construction(s, agreement).build();
    }

    /** One record being built. */
    private static final class Construction {
        private final Source s;
        private final Agreement agreement;
        private final List<String> parties;
        private final Optional<AllForAllTerm> allForAll;
        private final Optional<AgeLimitTerm> ageLimit;
        private final Optional<CadenceTerm> cadence;
        private final Optional<RemainsTerm> remainsTerm;
        private final boolean priorityFirst;
        private final boolean consentRecorded;
        private final boolean eligibility;
        private LocalDate asOf;

        Construction(Source s, Agreement agreement) {
            this.s = s;
            this.agreement = agreement;
            this.parties = agreement.parties().stream().map(Party::code).toList();
            this.allForAll = agreement.term(AllForAllTerm.class);
            this.ageLimit = agreement.term(AgeLimitTerm.class);
            this.cadence = agreement.term(CadenceTerm.class);
            this.remainsTerm = agreement.term(RemainsTerm.class);
            this.priorityFirst = agreement.term(WoundedPriorityTerm.class).isPresent();
            this.consentRecorded = agreement.term(ConsentTerm.class).map(ConsentTerm::requireRecorded).orElse(false);
            this.eligibility = agreement.term(EligibilityTerm.class).isPresent();
        }

        ExchangeRecord build() {
            List<Batch> slots = slots();
            List<Remains> remains = remains();
            List<LocalDate> dates = new ArrayList<>();
            slots.forEach(b -> dates.add(b.date()));
            remains.forEach(r -> dates.add(r.date()));
            // As ExchangeRecord.asOf() will find it: the batches added for the schedule come on or before it.
            asOf = agreement.asOf().orElseGet(() -> dates.stream().max(Comparator.naturalOrder())
                    .orElse(agreement.signedOn()));
            List<Unit> units = units();
            assign(units, slots);
            for (Unit unit : units) {
                if (unit.slot != null) {
                    unit.basis = basis(unit);
                    unit.at = timed(unit.slot.date());
                }
            }
            return assemble(units, slots, remains);
        }

        /** Empty batches, sorted by date: the stages the detainees will be assigned to. */
        private List<Batch> slots() {
            List<LocalDate> dates = new ArrayList<>();
            int n = s.intBetween(0, 5);
            for (int i = 0; i < n; i++) {
                dates.add(cadence.isPresent() ? s.pick(cadence.get().schedule().dates())
                        : RecordDraws.day(s, agreement.signedOn()));
            }
            Collections.sort(dates);
            List<Batch> slots = new ArrayList<>();
            for (LocalDate date : dates) {
                slots.add(new Batch("B" + slots.size(), date, s.chance(25), List.of()));
            }
            return slots;
        }

        private List<Remains> remains() {
            List<Remains> remains = new ArrayList<>();
            if (remainsTerm.isPresent() && remainsTerm.get().commitment() > 0) {
                RemainsTerm term = remainsTerm.get();
                String to = agreement.otherParty(term.from()).orElseThrow();
                int parts = s.intBetween(1, 3);
                int left = term.commitment() + s.intBetween(0, 3);
                for (int i = 0; i < parts; i++) {
                    int count = i == parts - 1 ? left : s.intBetween(0, left);
                    left -= count;
                    remains.add(new Remains("R" + remains.size(), term.completeBy().minusDays(s.between(0, 10)),
                            term.from(), to, count));
                }
            }
            int extra = s.intBetween(0, 2);
            for (int i = 0; i < extra; i++) {
                String from = s.pick(parties);
                remains.add(new Remains("R" + remains.size(), RecordDraws.day(s, agreement.signedOn()), from,
                        agreement.otherParty(from).orElseThrow(), s.intBetween(0, 12)));
            }
            return remains;
        }

        private List<Unit> units() {
            List<Unit> units = new ArrayList<>();
            int pairs = s.intBetween(0, 5);
            for (int i = 0; i < pairs; i++) {
                units.add(unit(true, parties.get(0), false));
            }
            int singles = s.intBetween(0, 3);
            for (int i = 0; i < singles; i++) {
                units.add(unit(false, s.pick(parties), false));
            }
            int held = s.intBetween(0, 4);
            for (int i = 0; i < held; i++) {
                units.add(unit(s.chance(30), s.pick(parties), true));
            }
            return units;
        }

        private Unit unit(boolean pair, String party, boolean held) {
            Status status = s.chance(25) ? Status.CIVILIAN : Status.MILITARY;
            Condition condition = s.pick(Condition.HEALTHY, Condition.SERIOUSLY_WOUNDED, Condition.WOUNDED,
                    Condition.SERIOUSLY_ILL);
            Optional<LocalDate> birth = s.chance(85) ? Optional.of(RecordDraws.birthDate(s, agreement))
                    : Optional.empty();
            boolean returnToGiven = s.chance(15);
            Consent consent;
            if (held) {
                consent = s.pick(Consent.CONSENTED, Consent.UNKNOWN, Consent.DECLINED);
            } else {
                consent = consentRecorded || s.chance(50) ? Consent.CONSENTED : Consent.UNKNOWN;
            }
            Unit unit = new Unit(pair, party, status, condition, birth, returnToGiven, consent);
            unit.toRelease = !held;
            return unit;
        }

        /**
         * Puts each unit to be released in a batch of its kind, the priority ones first when
         * WOUNDED_PRIORITY is listed; holds back those that find no batch and those that
         * ALL_FOR_ALL would find late, as declined.
         */
        private void assign(List<Unit> units, List<Batch> slots) {
            List<Unit> order = new ArrayList<>(units);
            if (priorityFirst) {
                order.sort(Comparator.comparing(u -> !u.isPriority()));
            }
            LocalDate floor = LocalDate.MIN;
            for (Unit unit : order) {
                if (!unit.toRelease) {
                    continue;
                }
                List<Batch> fitting = new ArrayList<>();
                for (Batch slot : slots) {
                    if (slot.unilateral() == unit.unilateral && !slot.date().isBefore(floor)) {
                        fitting.add(slot);
                    }
                }
                if (fitting.isEmpty()) {
                    unit.hold();
                    continue;
                }
                unit.slot = s.pick(fitting);
                if (priorityFirst && unit.isPriority() && unit.slot.date().isAfter(floor)) {
                    floor = unit.slot.date();
                }
            }
            for (Unit unit : units) {
                if (unit.slot == null && unit.consent != Consent.DECLINED
                        && (priorityFirst && unit.isPriority() || owedByDeadline(unit, null))) {
                    unit.hold();
                } else if (unit.slot != null && owedByDeadline(unit, unit.slot.date())) {
                    unit.hold();
                }
            }
        }

        /** Whether ALL_FOR_ALL covers the unit and finds it released after the deadline, or not at all. */
        private boolean owedByDeadline(Unit unit, LocalDate released) {
            if (allForAll.isEmpty() || asOf.isBefore(allForAll.get().completeBy())) {
                return false;
            }
            if (released != null && !released.isAfter(allForAll.get().completeBy())) {
                return false;
            }
            Set<Category> covered = allForAll.get().categories();
            return covered.contains(Category.SERIOUSLY_WOUNDED) && unit.condition == Condition.SERIOUSLY_WOUNDED
                    || covered.contains(Category.SERIOUSLY_ILL) && unit.condition == Condition.SERIOUSLY_ILL
                    || covered.contains(Category.CIVILIAN) && unit.status == Status.CIVILIAN
                    || covered.contains(Category.YOUNG) && isYoung(unit, released);
        }

        private boolean isYoung(Unit unit, LocalDate released) {
            if (ageLimit.isEmpty() || unit.birth.isEmpty()) {
                return false;
            }
            AgeLimitTerm term = ageLimit.get();
            LocalDate reference = term.referenceDate().resolve(agreement.signedOn(), released == null ? asOf : released);
            int age = Period.between(unit.birth.get(), reference).getYears();
            return term.minAge() <= age && age < term.maxAgeExclusive();
        }

        /** A basis the record bears out; any basis but an unchecked YOUNG when ELIGIBILITY is not listed. */
        private Basis basis(Unit unit) {
            List<Basis> fitting = new ArrayList<>(List.of(Basis.OTHER));
            boolean anyBasis = !eligibility && s.chance(20);
            if (anyBasis || unit.condition == Condition.SERIOUSLY_WOUNDED) {
                fitting.add(Basis.SERIOUSLY_WOUNDED);
            }
            if (anyBasis || unit.condition == Condition.SERIOUSLY_ILL) {
                fitting.add(Basis.SERIOUSLY_ILL);
            }
            if (anyBasis || unit.status == Status.CIVILIAN) {
                fitting.add(Basis.CIVILIAN);
            }
            if (ageLimit.isEmpty() || isYoung(unit, unit.slot.date())) {
                fitting.add(Basis.YOUNG);
            }
            return s.pick(fitting);
        }

        private Optional<Instant> timed(LocalDate date) {
            return RecordDraws.handoverTime(s, agreement, date);
        }

        private ExchangeRecord assemble(List<Unit> units, List<Batch> slots, List<Remains> remains) {
            List<Detainee> detainees = new ArrayList<>();
            Map<Batch, List<Transfer>> transfers = new LinkedHashMap<>();
            slots.forEach(slot -> transfers.put(slot, new ArrayList<>()));
            Map<String, List<String>> homeward = new LinkedHashMap<>();
            parties.forEach(p -> homeward.put(p, new ArrayList<>()));
            for (Unit unit : units) {
                List<String> holders = unit.pair ? parties : List.of(unit.party);
                for (String holder : holders) {
                    String id = "D" + detainees.size();
                    String home = agreement.otherParty(holder).orElseThrow();
                    Optional<String> returnTo = unit.returnToGiven ? Optional.of(home) : Optional.empty();
                    detainees.add(new Detainee(id, Optional.empty(), holder, returnTo, unit.status, unit.birth,
                            unit.condition, unit.consent));
                    if (unit.slot != null) {
                        transfers.get(unit.slot).add(new Transfer(id, unit.basis, unit.at));
                        homeward.get(home).add(id);
                    } else if (s.chance(30)) {
                        homeward.get(home).add(id);
                    }
                }
            }
            List<Batch> batches = new ArrayList<>();
            for (Map.Entry<Batch, List<Transfer>> entry : transfers.entrySet()) {
                Batch slot = entry.getKey();
                batches.add(new Batch(slot.id(), slot.date(), slot.unilateral(), entry.getValue()));
            }
            if (cadence.isPresent()) {
                Set<LocalDate> covered = new HashSet<>();
                batches.forEach(b -> covered.add(b.date()));
                for (LocalDate date : cadence.get().schedule().dates()) {
                    if (!date.isAfter(asOf) && covered.add(date)) {
                        batches.add(new Batch("B" + batches.size(), date, s.chance(30), List.of()));
                    }
                }
            }
            return new ExchangeRecord(agreement, detainees, batches, lists(homeward), remains);
        }

        /** Every released detainee on a list of their home party, some held ones too, in one or two lists each. */
        private List<DetaineeList> lists(Map<String, List<String>> homeward) {
            boolean listed = agreement.term(AgreedListsTerm.class).isPresent();
            List<DetaineeList> lists = new ArrayList<>();
            for (Map.Entry<String, List<String>> entry : homeward.entrySet()) {
                if (!listed && !s.chance(50)) {
                    continue;
                }
                List<String> first = new ArrayList<>();
                List<String> second = new ArrayList<>();
                boolean split = s.chance(30);
                for (String id : entry.getValue()) {
                    (split && s.chance(50) ? second : first).add(id);
                }
                lists.add(new DetaineeList(entry.getKey(), first));
                if (split) {
                    lists.add(new DetaineeList(entry.getKey(), second));
                }
            }
            return lists;
        }
    }
}
