package org.parley.rules.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.parley.rules.model.Severity;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
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
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * The mutators: each breaks one term of a compliant record in one known way, and names the
 * violations that must follow and no others. Together they cause every code of the built-in
 * terms; {@link #all()} lists them.
 *
 * <p>Each mutator touches only what its term looks at, and checks before it changes
 * anything that no other term would notice: a detainee it adds is healthy, military and of
 * no known age unless its term needs otherwise, consents, and is put on a list of the party
 * they go home to; a batch it adds is unilateral, or empty, and dated on or before
 * {@code asOf} so that the date the record is judged at stays the same.
 */
public final class Mutators {

    private Mutators() {
    }

    /** What a mutator changed. */
    private record Change(String description, ExchangeRecord record, List<ExpectedViolation> expected) {
        static Optional<Change> of(String description, ExchangeRecord record, ExpectedViolation expected) {
            return Optional.of(new Change(description, record, List.of(expected)));
        }
    }

    /** A mutator by name, code and what it does. */
    private record Named(String name, String code, BiFunction<RecordIndex, SplittableRandom, Optional<Change>> body)
            implements Mutator {

        @Override
        public Optional<Mutation> mutate(ExchangeRecord compliant, long seed) {
            Objects.requireNonNull(compliant, "compliant");
            return body.apply(new RecordIndex(compliant), new SplittableRandom(seed))
                    .map(c -> new Mutation(name, c.description(), c.record(), c.expected()));
        }

        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    private static Mutator named(String name, String code,
                                 BiFunction<RecordIndex, SplittableRandom, Optional<Change>> body) {
        return new Named(name, code, body);
    }

    private static final List<Mutator> ALL = List.of(unknownDetainee(), unknownHolder(), unknownRemainsParty(),
            duplicateTransfer(), coveredNeverReleased(), coveredReleasedLate(), ageAtTheLimit(), birthDateForgotten(),
            woundedHeldBack(), scheduledDaySkipped(), dayAddedToSchedule(), batchOffSchedule(), oneSidedRelease(),
            handoversApart(), oneSidedBatch(), droppedFromList(), declinedButReleased(), consentNotRecorded(),
            ineligibleBasis(), remainsShortfall());

    /** Every mutator, in a fixed order. */
    public static List<Mutator> all() {
        return ALL;
    }

    /**
     * A mutation by one of the mutators that can break the record, chosen by the seed.
     *
     * @return empty only when no mutator finds anything to break
     */
    public static Optional<Mutation> any(ExchangeRecord compliant, long seed) {
        Objects.requireNonNull(compliant, "compliant");
        SplittableRandom random = new SplittableRandom(seed);
        List<Mutator> order = new ArrayList<>(ALL);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(j, order.set(i, order.get(j)));
        }
        for (Mutator mutator : order) {
            Optional<Mutation> mutation = mutator.mutate(compliant, random.nextLong());
            if (mutation.isPresent()) {
                return mutation;
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- helpers

    private static <T> T pick(List<T> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    private static <T> Optional<T> pickAny(List<T> options, SplittableRandom random) {
        return options.isEmpty() ? Optional.empty() : Optional.of(pick(options, random));
    }

    private static <T> List<T> plus(List<T> list, T added) {
        List<T> more = new ArrayList<>(list);
        more.add(added);
        return more;
    }

    private static Batch withTransfers(Batch batch, List<Transfer> transfers) {
        return new Batch(batch.id(), batch.date(), batch.unilateral(), transfers);
    }

    private static Detainee withoutBirthDate(Detainee d) {
        return new Detainee(d.id(), d.name(), d.heldBy(), d.returnTo(), d.status(), Optional.empty(), d.condition(),
                d.consent());
    }

    /** A detainee no term takes an interest in until released: healthy, military, no birth date, consenting. */
    private static Detainee plain(String id, String heldBy) {
        return Detainee.of(id, heldBy).withConsent(Consent.CONSENTED);
    }

    private static Category category(Condition priority) {
        return priority == Condition.SERIOUSLY_WOUNDED ? Category.SERIOUSLY_WOUNDED : Category.SERIOUSLY_ILL;
    }

    /** Whether ALL_FOR_ALL is judged, and covers the category. */
    private static boolean judgedAndCovered(RecordIndex ix, Category category) {
        return ix.agreement.term(AllForAllTerm.class)
                .map(t -> !ix.asOf.isBefore(t.completeBy()) && t.categories().contains(category))
                .orElse(false);
    }

    /** Whether ALL_FOR_ALL would owe this release by a date before {@code released}. */
    private static boolean lateFor(RecordIndex ix, Category category, LocalDate released) {
        return judgedAndCovered(ix, category)
                && released.isAfter(ix.agreement.term(AllForAllTerm.class).orElseThrow().completeBy());
    }

    /** A birth date that makes a detainee young (an age in the term's range) at the reference date. */
    private static LocalDate youngBirthDate(AgeLimitTerm term, LocalDate reference, SplittableRandom random) {
        int age = term.minAge() + random.nextInt(Math.min(term.maxAgeExclusive() - term.minAge(), 30));
        return reference.minusYears(age).minusDays(random.nextInt(200));
    }

    /** The record with the detainee on a list of their home party, when the agreement checks lists. */
    private static ExchangeRecord listed(RecordIndex ix, ExchangeRecord base, Detainee d) {
        if (ix.agreement.term(AgreedListsTerm.class).isEmpty()) {
            return base;
        }
        return RecordIndex.listedBy(base, ix.home(d).orElseThrow(), d.id());
    }

    /** The parties who release a known detainee in the batch. */
    private static Set<String> releasingParties(RecordIndex ix, Batch batch) {
        Set<String> parties = new HashSet<>();
        for (RecordIndex.Release r : ix.releases) {
            if (r.batch().id().equals(batch.id()) && ix.parties.contains(r.detainee().heldBy())) {
                parties.add(r.detainee().heldBy());
            }
        }
        return parties;
    }

    /** Dates on or before {@code asOf}, the latest first, that pass the filter; a month of them at most. */
    private static List<LocalDate> recentDates(RecordIndex ix, java.util.function.Predicate<LocalDate> filter) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            LocalDate d = ix.asOf.minusDays(i);
            if (filter.test(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private static ExpectedViolation expect(String code, Severity severity, String... subjects) {
        return ExpectedViolation.of(code, severity, subjects);
    }

    // ---------------------------------------------------------------- integrity

    /** A transfer that names no known detainee: UNKNOWN_DETAINEE. */
    public static Mutator unknownDetainee() {
        return named("unknownDetainee", "UNKNOWN_DETAINEE", (ix, random) -> {
            if (ix.record.batches().isEmpty()) {
                return Optional.empty();
            }
            Batch batch = pick(ix.record.batches(), random);
            String ghost = ix.freshId("GHOST");
            Transfer transfer = Transfer.of(ghost, pick(List.of(Basis.values()), random));
            ExchangeRecord changed = RecordIndex.withBatch(ix.record, withTransfers(batch, plus(batch.transfers(), transfer)));
            return Change.of("batch " + batch.id() + " transfers " + ghost + ", whom the record does not know",
                    changed, expect("UNKNOWN_DETAINEE", Severity.ERROR, batch.id(), ghost));
        });
    }

    /** A detainee held by, or to be returned to, a party not in the agreement: UNKNOWN_PARTY. */
    public static Mutator unknownHolder() {
        return named("unknownHolder", "UNKNOWN_PARTY", (ix, random) -> {
            String foreign = ix.foreignParty();
            List<Detainee> held = ix.record.detainees().stream().filter(d -> !ix.isReleased(d.id())).toList();
            if (!held.isEmpty() && random.nextBoolean()) {
                Detainee d = pick(held, random);
                return Change.of(d.id() + ", not released, is to be returned to " + foreign,
                        ix.withDetainee(d.withReturnTo(foreign)), expect("UNKNOWN_PARTY", Severity.ERROR, d.id()));
            }
            Detainee added = Detainee.of(ix.freshId("D"), foreign);
            return Change.of("a detainee " + added.id() + " is held by " + foreign,
                    ix.plusDetainee(ix.record, added), expect("UNKNOWN_PARTY", Severity.ERROR, added.id()));
        });
    }

    /** Remains handed over to a party not in the agreement: UNKNOWN_PARTY. */
    public static Mutator unknownRemainsParty() {
        return named("unknownRemainsParty", "UNKNOWN_PARTY", (ix, random) -> {
            String foreign = ix.foreignParty();
            Remains added = new Remains(ix.freshId("R"), ix.asOf, pick(ix.parties, random), foreign, 0);
            return Change.of("remains " + added.id() + " are handed over to " + foreign,
                    ix.record.withRemains(plus(ix.record.remains(), added)),
                    expect("UNKNOWN_PARTY", Severity.ERROR, added.id()));
        });
    }

    /** A released detainee named a second time in their batch: DUPLICATE_TRANSFER. */
    public static Mutator duplicateTransfer() {
        return named("duplicateTransfer", "DUPLICATE_TRANSFER", (ix, random) -> pickAny(ix.releases, random).flatMap(r -> {
            Transfer again = Transfer.of(r.transfer().detainee(), r.transfer().basis());
            ExchangeRecord changed = RecordIndex.withBatch(ix.record,
                    withTransfers(r.batch(), plus(r.batch().transfers(), again)));
            return Change.of(r.detainee().id() + " is named twice in batch " + r.batch().id(), changed,
                    expect("DUPLICATE_TRANSFER", Severity.ERROR, r.detainee().id()));
        }));
    }

    // ---------------------------------------------------------------- ALL_FOR_ALL

    /** A detainee of a covered category who is never released: ALL_FOR_ALL. */
    public static Mutator coveredNeverReleased() {
        return named("coveredNeverReleased", "ALL_FOR_ALL", (ix, random) -> {
            Optional<AllForAllTerm> term = ix.agreement.term(AllForAllTerm.class);
            if (term.isEmpty() || ix.asOf.isBefore(term.get().completeBy())) {
                return Optional.empty();
            }
            String id = ix.freshId("D");
            String party = pick(ix.parties, random);
            boolean priorityCounted = ix.agreement.term(WoundedPriorityTerm.class).isPresent();
            List<Detainee> options = new ArrayList<>();
            Set<Category> covered = term.get().categories();
            if (covered.contains(Category.CIVILIAN)) {
                options.add(plain(id, party).withStatus(Status.CIVILIAN));
            }
            Optional<AgeLimitTerm> ageLimit = ix.agreement.term(AgeLimitTerm.class);
            if (covered.contains(Category.YOUNG) && ageLimit.isPresent()) {
                LocalDate reference = ix.referenceDate(ageLimit.get(), null);
                options.add(plain(id, party).withBirthDate(youngBirthDate(ageLimit.get(), reference, random)));
            }
            for (Condition condition : List.of(Condition.SERIOUSLY_WOUNDED, Condition.SERIOUSLY_ILL)) {
                if (covered.contains(category(condition))
                        && (!priorityCounted || ix.batchesReleasingNonPriority(party).isEmpty())) {
                    options.add(plain(id, party).withCondition(condition));
                }
            }
            return pickAny(options, random).flatMap(d -> Change.of(
                    d.id() + ", held by " + party + " and covered by ALL_FOR_ALL, is never released",
                    ix.plusDetainee(ix.record, d), expect("ALL_FOR_ALL", Severity.ERROR, d.id())));
        });
    }

    /** A detainee of a covered category released, in a batch of their own, after the deadline: ALL_FOR_ALL. */
    public static Mutator coveredReleasedLate() {
        return named("coveredReleasedLate", "ALL_FOR_ALL", (ix, random) -> {
            Optional<AllForAllTerm> term = ix.agreement.term(AllForAllTerm.class);
            if (term.isEmpty() || ix.asOf.isBefore(term.get().completeBy())) {
                return Optional.empty();
            }
            Optional<CadenceTerm> cadence = ix.agreement.term(CadenceTerm.class);
            List<LocalDate> dates = recentDates(ix, d -> d.isAfter(term.get().completeBy())
                    && cadence.map(c -> c.schedule().contains(d)).orElse(true));
            if (dates.isEmpty()) {
                return Optional.empty();
            }
            LocalDate date = pick(dates, random);
            String party = pick(ix.parties, random);
            String id = ix.freshId("D");
            boolean priorityCounted = ix.agreement.term(WoundedPriorityTerm.class).isPresent();
            boolean mayReleaseOthers = !priorityCounted || !ix.holdsPriorityAfter(party, date);
            boolean mayHoldPriority = !priorityCounted || !ix.releasesNonPriorityBefore(party, date);
            Set<Category> covered = term.get().categories();
            List<Detainee> options = new ArrayList<>();
            if (covered.contains(Category.CIVILIAN) && mayReleaseOthers) {
                options.add(plain(id, party).withStatus(Status.CIVILIAN));
            }
            Optional<AgeLimitTerm> ageLimit = ix.agreement.term(AgeLimitTerm.class);
            if (covered.contains(Category.YOUNG) && ageLimit.isPresent() && mayReleaseOthers) {
                LocalDate reference = ix.referenceDate(ageLimit.get(), date);
                options.add(plain(id, party).withBirthDate(youngBirthDate(ageLimit.get(), reference, random)));
            }
            for (Condition condition : List.of(Condition.SERIOUSLY_WOUNDED, Condition.SERIOUSLY_ILL)) {
                if (covered.contains(category(condition)) && mayHoldPriority) {
                    options.add(plain(id, party).withCondition(condition));
                }
            }
            return pickAny(options, random).flatMap(d -> {
                Batch batch = new Batch(ix.freshId("B"), date, true, List.of(Transfer.of(d.id(), Basis.OTHER)));
                ExchangeRecord changed = listed(ix, RecordIndex.plusBatch(ix.plusDetainee(ix.record, d), batch), d);
                return Change.of(d.id() + ", covered by ALL_FOR_ALL, is released by " + party + " in batch " + batch.id()
                        + " on " + date + ", after the deadline " + term.get().completeBy(), changed,
                        expect("ALL_FOR_ALL", Severity.ERROR, d.id()));
            });
        });
    }

    // ---------------------------------------------------------------- AGE_LIMIT

    /** A detainee released on basis YOUNG turns out to be just too old (or too young): AGE_LIMIT. */
    public static Mutator ageAtTheLimit() {
        return named("ageAtTheLimit", "AGE_LIMIT", (ix, random) -> {
            Optional<AgeLimitTerm> term = ix.agreement.term(AgeLimitTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            List<Detainee> young = youngReleases(ix);
            return pickAny(young, random).flatMap(d -> {
                AgeLimitTerm limit = term.get();
                LocalDate reference = ix.referenceDate(limit, ix.firstRelease.get(d.id()));
                boolean tooYoung = limit.minAge() > 0 && random.nextBoolean();
                LocalDate birth = tooYoung ? reference.minusYears(limit.minAge()).plusDays(1)
                        : reference.minusYears(limit.maxAgeExclusive());
                int age = Period.between(birth, reference).getYears();
                if (limit.admits(age)) {
                    return Optional.empty();
                }
                return Change.of(d.id() + ", released on basis YOUNG, is born on " + birth + ": " + age
                                + " on the reference date " + reference + ", outside [" + limit.minAge() + ", "
                                + limit.maxAgeExclusive() + ")", ix.withDetainee(d.withBirthDate(birth)),
                        expect("AGE_LIMIT", Severity.ERROR, d.id()));
            });
        });
    }

    /** A detainee released on basis YOUNG loses their birth date: AGE_UNKNOWN. */
    public static Mutator birthDateForgotten() {
        return named("birthDateForgotten", "AGE_UNKNOWN", (ix, random) -> {
            if (ix.agreement.term(AgeLimitTerm.class).isEmpty()) {
                return Optional.empty();
            }
            return pickAny(youngReleases(ix), random).flatMap(d -> Change.of(
                    d.id() + ", released on basis YOUNG, has no birth date", ix.withDetainee(withoutBirthDate(d)),
                    expect("AGE_UNKNOWN", Severity.WARNING, d.id())));
        });
    }

    private static List<Detainee> youngReleases(RecordIndex ix) {
        List<Detainee> young = new ArrayList<>();
        for (RecordIndex.Release r : ix.releases) {
            if (r.transfer().basis() == Basis.YOUNG && r.detainee().birthDate().isPresent()
                    && !young.contains(r.detainee())) {
                young.add(r.detainee());
            }
        }
        return young;
    }

    // ---------------------------------------------------------------- WOUNDED_PRIORITY

    /**
     * A party holds back a seriously wounded or ill detainee who wants to go home, while it
     * releases healthy ones: WOUNDED_PRIORITY in every batch where it does.
     */
    public static Mutator woundedHeldBack() {
        return named("woundedHeldBack", "WOUNDED_PRIORITY", (ix, random) -> {
            Optional<WoundedPriorityTerm> term = ix.agreement.term(WoundedPriorityTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            List<String> parties = ix.parties.stream().filter(p -> !ix.batchesReleasingNonPriority(p).isEmpty()).toList();
            List<Condition> conditions = List.of(Condition.SERIOUSLY_WOUNDED, Condition.SERIOUSLY_ILL).stream()
                    .filter(c -> !judgedAndCovered(ix, category(c))).toList();
            if (parties.isEmpty() || conditions.isEmpty()) {
                return Optional.empty();
            }
            String party = pick(parties, random);
            Detainee d = plain(ix.freshId("D"), party).withCondition(pick(conditions, random))
                    .withConsent(random.nextBoolean() ? Consent.CONSENTED : Consent.UNKNOWN);
            List<ExpectedViolation> expected = new ArrayList<>();
            Severity severity = term.get().strict() ? Severity.ERROR : Severity.WARNING;
            ix.batchesReleasingNonPriority(party).forEach(b -> expected.add(expect("WOUNDED_PRIORITY", severity, b, party)));
            return Optional.of(new Change(party + " holds " + d.id() + " (" + d.condition() + ") and never releases them",
                    ix.plusDetainee(ix.record, d), expected));
        });
    }

    // ---------------------------------------------------------------- CADENCE

    /** The empty batches of a scheduled date are left out: CADENCE_MISSED. */
    public static Mutator scheduledDaySkipped() {
        return named("scheduledDaySkipped", "CADENCE_MISSED", (ix, random) -> {
            Optional<CadenceTerm> term = ix.agreement.term(CadenceTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            List<ExchangeRecord> skipped = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate date : term.get().schedule().dates()) {
                List<Batch> on = ix.record.batches().stream().filter(b -> b.date().equals(date)).toList();
                if (date.isAfter(ix.asOf) || on.isEmpty() || on.stream().anyMatch(b -> !b.transfers().isEmpty())) {
                    continue;
                }
                ExchangeRecord without = ix.record.withBatches(ix.record.batches().stream()
                        .filter(b -> !b.date().equals(date)).toList());
                if (without.asOf().equals(ix.asOf)) {
                    skipped.add(without);
                    days.add(date);
                }
            }
            if (days.isEmpty()) {
                return Optional.empty();
            }
            int i = random.nextInt(days.size());
            return Change.of("no batch on the scheduled date " + days.get(i), skipped.get(i),
                    expect("CADENCE_MISSED", term.get().severity(), days.get(i).toString()));
        });
    }

    /** The schedule gains a date on or before {@code asOf} on which there is no batch: CADENCE_MISSED. */
    public static Mutator dayAddedToSchedule() {
        return named("dayAddedToSchedule", "CADENCE_MISSED", (ix, random) -> {
            Optional<CadenceTerm> term = ix.agreement.term(CadenceTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            Set<LocalDate> batchDates = new HashSet<>();
            ix.record.batches().forEach(b -> batchDates.add(b.date()));
            List<LocalDate> dates = recentDates(ix, d -> !batchDates.contains(d) && !term.get().schedule().contains(d));
            return pickAny(dates, random).flatMap(date -> {
                CadenceTerm more = new CadenceTerm(Schedule.of(plus(term.get().schedule().dates(), date)),
                        term.get().severity());
                List<Term> terms = ix.agreement.terms().stream().map(t -> t instanceof CadenceTerm ? (Term) more : t)
                        .toList();
                return Change.of("the schedule also has " + date + ", with no batch",
                        ix.record.withAgreement(ix.agreement.withTerms(terms)),
                        expect("CADENCE_MISSED", term.get().severity(), date.toString()));
            });
        });
    }

    /** An empty batch on a date not scheduled: CADENCE_UNSCHEDULED. */
    public static Mutator batchOffSchedule() {
        return named("batchOffSchedule", "CADENCE_UNSCHEDULED", (ix, random) -> {
            Optional<CadenceTerm> term = ix.agreement.term(CadenceTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            return pickAny(recentDates(ix, d -> !term.get().schedule().contains(d)), random).flatMap(date -> {
                Batch batch = new Batch(ix.freshId("B"), date, random.nextBoolean(), List.of());
                return Change.of("an empty batch " + batch.id() + " on " + date + ", which is not scheduled",
                        RecordIndex.plusBatch(ix.record, batch),
                        expect("CADENCE_UNSCHEDULED", term.get().severity(), batch.id()));
            });
        });
    }

    // ---------------------------------------------------------------- PARITY

    /** One more detainee released by one party in a batch that counts: PARITY. */
    public static Mutator oneSidedRelease() {
        return named("oneSidedRelease", "PARITY", (ix, random) -> {
            Optional<ParityTerm> term = ix.agreement.term(ParityTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            boolean simultaneity = ix.agreement.term(SimultaneityTerm.class).isPresent();
            boolean priorityCounted = ix.agreement.term(WoundedPriorityTerm.class).isPresent();
            String id = ix.freshId("D");
            record Option(Batch batch, String party, Basis basis, Detainee detainee) {
            }
            List<Option> options = new ArrayList<>();
            for (Batch batch : ix.record.batches()) {
                if (batch.unilateral() || simultaneity && releasingParties(ix, batch).size() < 2) {
                    continue;
                }
                for (String party : ix.parties) {
                    boolean mayReleaseOthers = !priorityCounted || !ix.holdsPriorityAfter(party, batch.date());
                    boolean mayHoldPriority = !priorityCounted || !ix.releasesNonPriorityBefore(party, batch.date());
                    for (Basis basis : Basis.values()) {
                        if (term.get().exempt().contains(basis)) {
                            continue;
                        }
                        Detainee d = switch (basis) {
                            case OTHER -> mayReleaseOthers ? plain(id, party) : null;
                            case YOUNG -> mayReleaseOthers && ix.agreement.term(AgeLimitTerm.class).isEmpty()
                                    ? plain(id, party) : null;
                            case CIVILIAN -> mayReleaseOthers && !lateFor(ix, Category.CIVILIAN, batch.date())
                                    ? plain(id, party).withStatus(Status.CIVILIAN) : null;
                            case SERIOUSLY_WOUNDED, SERIOUSLY_ILL -> {
                                Condition c = basis == Basis.SERIOUSLY_WOUNDED ? Condition.SERIOUSLY_WOUNDED
                                        : Condition.SERIOUSLY_ILL;
                                yield mayHoldPriority && !lateFor(ix, category(c), batch.date())
                                        ? plain(id, party).withCondition(c) : null;
                            }
                        };
                        if (d != null) {
                            options.add(new Option(batch, party, basis, d));
                        }
                    }
                }
            }
            return pickAny(options, random).flatMap(o -> {
                Batch changed = withTransfers(o.batch(), plus(o.batch().transfers(), Transfer.of(id, o.basis())));
                ExchangeRecord record = listed(ix, RecordIndex.withBatch(ix.plusDetainee(ix.record, o.detainee()), changed),
                        o.detainee());
                String subject = term.get().scope() == ParityScope.PER_BATCH ? o.batch().id() : ix.agreement.id();
                return Change.of(o.party() + " also releases " + id + " on basis " + o.basis() + " in batch "
                        + o.batch().id(), record, expect("PARITY", Severity.ERROR, subject));
            });
        });
    }

    // ---------------------------------------------------------------- SIMULTANEITY

    /** The first handovers of the two parties in a batch are just more than the window apart: SIMULTANEITY. */
    public static Mutator handoversApart() {
        return named("handoversApart", "SIMULTANEITY", (ix, random) -> {
            Optional<SimultaneityTerm> term = ix.agreement.term(SimultaneityTerm.class);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            List<Batch> both = ix.record.batches().stream()
                    .filter(b -> !b.unilateral() && releasingParties(ix, b).size() == 2).toList();
            return pickAny(both, random).flatMap(batch -> {
                String later = pick(ix.parties, random);
                Duration gap = Duration.ofMinutes(term.get().windowMinutes())
                        .plus(random.nextBoolean() ? Duration.ofSeconds(1) : Duration.ofMinutes(1));
                Instant first = batch.date().atTime(9, 0).atZone(ix.agreement.timeZone()).toInstant();
                List<Transfer> timed = new ArrayList<>();
                for (Transfer t : batch.transfers()) {
                    Detainee d = ix.detainees.get(t.detainee());
                    boolean late = d != null && d.heldBy().equals(later);
                    timed.add(Transfer.of(t.detainee(), t.basis(), late ? first.plus(gap) : first));
                }
                return Change.of("in batch " + batch.id() + " " + later + " hands over everyone " + gap.toSeconds()
                                + " seconds after the other party", RecordIndex.withBatch(ix.record, withTransfers(batch, timed)),
                        expect("SIMULTANEITY", Severity.ERROR, batch.id()));
            });
        });
    }

    /** A unilateral batch in which one party releases is no longer marked unilateral: SIMULTANEITY. */
    public static Mutator oneSidedBatch() {
        return named("oneSidedBatch", "SIMULTANEITY", (ix, random) -> {
            if (ix.agreement.term(SimultaneityTerm.class).isEmpty()) {
                return Optional.empty();
            }
            Optional<ParityTerm> parity = ix.agreement.term(ParityTerm.class);
            List<Batch> oneSided = ix.record.batches().stream()
                    .filter(b -> b.unilateral() && releasingParties(ix, b).size() == 1)
                    .filter(b -> parity.isEmpty()
                            || b.transfers().stream().allMatch(t -> parity.get().exempt().contains(t.basis())))
                    .toList();
            return pickAny(oneSided, random).flatMap(batch -> Change.of(
                    "batch " + batch.id() + ", in which only " + releasingParties(ix, batch).iterator().next()
                            + " releases, is not marked unilateral",
                    RecordIndex.withBatch(ix.record, new Batch(batch.id(), batch.date(), false, batch.transfers())),
                    expect("SIMULTANEITY", Severity.ERROR, batch.id())));
        });
    }

    // ---------------------------------------------------------------- AGREED_LISTS, CONSENT, ELIGIBILITY

    /** A released detainee is dropped from the lists of the party they go home to: NOT_ON_LIST. */
    public static Mutator droppedFromList() {
        return named("droppedFromList", "NOT_ON_LIST", (ix, random) -> {
            if (ix.agreement.term(AgreedListsTerm.class).isEmpty()) {
                return Optional.empty();
            }
            List<Detainee> released = ix.record.detainees().stream().filter(d -> ix.isReleased(d.id())).toList();
            return pickAny(released, random).flatMap(d -> {
                String home = ix.home(d).orElseThrow();
                List<DetaineeList> lists = ix.record.lists().stream()
                        .map(l -> l.requestedBy().equals(home) ? new DetaineeList(home,
                                l.detainees().stream().filter(id -> !id.equals(d.id())).toList()) : l)
                        .toList();
                return Change.of(d.id() + " is dropped from the lists of " + home, ix.record.withLists(lists),
                        expect("NOT_ON_LIST", Severity.ERROR, d.id()));
            });
        });
    }

    /** A released detainee had declined repatriation: CONSENT_DECLINED. */
    public static Mutator declinedButReleased() {
        return named("declinedButReleased", "CONSENT_DECLINED", (ix, random) -> {
            if (ix.agreement.term(ConsentTerm.class).isEmpty()) {
                return Optional.empty();
            }
            List<Detainee> released = ix.record.detainees().stream().filter(d -> ix.isReleased(d.id())).toList();
            return pickAny(released, random).flatMap(d -> Change.of(d.id() + " declined, and is released",
                    ix.withDetainee(d.withConsent(Consent.DECLINED)),
                    expect("CONSENT_DECLINED", Severity.ERROR, d.id())));
        });
    }

    /** A released detainee's consent is not recorded, where the agreement requires it: CONSENT_UNKNOWN. */
    public static Mutator consentNotRecorded() {
        return named("consentNotRecorded", "CONSENT_UNKNOWN", (ix, random) -> {
            if (!ix.agreement.term(ConsentTerm.class).map(ConsentTerm::requireRecorded).orElse(false)) {
                return Optional.empty();
            }
            List<Detainee> released = ix.record.detainees().stream()
                    .filter(d -> ix.isReleased(d.id()) && d.consent() == Consent.CONSENTED).toList();
            return pickAny(released, random).flatMap(d -> Change.of(d.id() + " is released with no recorded consent",
                    ix.withDetainee(d.withConsent(Consent.UNKNOWN)),
                    expect("CONSENT_UNKNOWN", Severity.WARNING, d.id())));
        });
    }

    /** A release on a basis that the record does not bear out: ELIGIBILITY. */
    public static Mutator ineligibleBasis() {
        return named("ineligibleBasis", "ELIGIBILITY", (ix, random) -> {
            if (ix.agreement.term(EligibilityTerm.class).isEmpty()) {
                return Optional.empty();
            }
            Optional<ParityTerm> parity = ix.agreement.term(ParityTerm.class);
            List<Change> options = new ArrayList<>();
            for (RecordIndex.Release r : ix.releases) {
                Detainee d = r.detainee();
                Basis old = r.transfer().basis();
                if (old == Basis.CIVILIAN && d.status() == Status.CIVILIAN) {
                    options.add(new Change(d.id() + ", released as a civilian, is recorded as military",
                            ix.withDetainee(d.withStatus(Status.MILITARY)),
                            List.of(expect("ELIGIBILITY", Severity.ERROR, d.id()))));
                }
                for (Basis basis : List.of(Basis.SERIOUSLY_WOUNDED, Basis.SERIOUSLY_ILL, Basis.CIVILIAN)) {
                    boolean borneOut = switch (basis) {
                        case SERIOUSLY_WOUNDED -> d.condition() == Condition.SERIOUSLY_WOUNDED;
                        case SERIOUSLY_ILL -> d.condition() == Condition.SERIOUSLY_ILL;
                        default -> d.status() == Status.CIVILIAN;
                    };
                    boolean sameCount = r.batch().unilateral() || parity.isEmpty()
                            || parity.get().exempt().contains(old) == parity.get().exempt().contains(basis);
                    if (borneOut || !sameCount) {
                        continue;
                    }
                    List<Transfer> transfers = new ArrayList<>(r.batch().transfers());
                    transfers.set(r.index(), new Transfer(d.id(), basis, r.transfer().at()));
                    options.add(new Change(d.id() + " is released in batch " + r.batch().id() + " on basis " + basis
                            + " (" + d.condition() + ", " + d.status() + ")",
                            RecordIndex.withBatch(ix.record, withTransfers(r.batch(), transfers)),
                            List.of(expect("ELIGIBILITY", Severity.ERROR, d.id()))));
                }
            }
            return pickAny(options, random);
        });
    }

    // ---------------------------------------------------------------- REMAINS

    /** Fewer remains handed over by the deadline than committed, by one body: REMAINS_SHORTFALL. */
    public static Mutator remainsShortfall() {
        return named("remainsShortfall", "REMAINS_SHORTFALL", (ix, random) -> {
            Optional<RemainsTerm> term = ix.agreement.term(RemainsTerm.class);
            if (term.isEmpty() || term.get().commitment() == 0 || ix.asOf.isBefore(term.get().completeBy())) {
                return Optional.empty();
            }
            RemainsTerm t = term.get();
            long total = ix.record.remains().stream()
                    .filter(r -> r.from().equals(t.from()) && !r.date().isAfter(t.completeBy()))
                    .mapToLong(Remains::count).sum();
            if (total < t.commitment()) {
                return Optional.empty();
            }
            long excess = total - t.commitment() + 1;
            List<Remains> remains = new ArrayList<>();
            for (Remains r : ix.record.remains()) {
                if (excess > 0 && r.from().equals(t.from()) && !r.date().isAfter(t.completeBy())) {
                    int cut = (int) Math.min(r.count(), excess);
                    excess -= cut;
                    remains.add(new Remains(r.id(), r.date(), r.from(), r.to(), r.count() - cut));
                } else {
                    remains.add(r);
                }
            }
            if (excess > 0) {
                return Optional.empty();
            }
            return Change.of(t.from() + " hands over " + (t.commitment() - 1) + " bodies by " + t.completeBy()
                    + ", one fewer than the " + t.commitment() + " committed", ix.record.withRemains(remains),
                    expect("REMAINS_SHORTFALL", Severity.WARNING, ix.agreement.id()));
        });
    }
}
