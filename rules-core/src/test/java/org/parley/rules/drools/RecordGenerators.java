package org.parley.rules.drools;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.parley.rules.Severity;
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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of exchange records: small, dense in collisions (shared dates,
 * repeated and unknown detainees, unknown parties) so that every rule has work to do.
 * Built from lists of small parts, so that failures shrink to few facts.
 */
final class RecordGenerators {

    static final LocalDate SIGNED_ON = LocalDate.of(2025, 6, 2);
    private static final LocalDate FIRST_STAGE = SIGNED_ON.plusDays(7);
    private static final int MAX_DETAINEES = 24;

    private RecordGenerators() {
    }

    private static <T> Gen<Optional<T>> sometimes(Gen<T> gen, int percent) {
        return Generate.range(1, 100).zip(gen, (roll, value) -> roll <= percent ? Optional.of(value) : Optional.empty());
    }

    private static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
        E[] values = type.getEnumConstants();
        return Generate.range(0, (1 << values.length) - 1).map(mask -> {
            EnumSet<E> set = EnumSet.noneOf(type);
            for (int i = 0; i < values.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(values[i]);
                }
            }
            return set;
        });
    }

    private static Gen<LocalDate> dayFrom(LocalDate start, int maxDays) {
        return Generate.range(0, maxDays).map(d -> start.plusDays(d));
    }

    static Gen<String> parties() {
        return Generate.pick(List.of("UA", "RU", "UA", "RU", "UA", "RU", "XX"));
    }

    static Gen<List<Term>> terms() {
        Gen<Optional<Term>> allForAll = sometimes(subsets(Category.class).zip(dayFrom(FIRST_STAGE, 20),
                (categories, by) -> (Term) new AllForAllTerm(categories, by)), 70);
        Gen<ReferenceDate> referenceDates = Generate.pick(List.of(ReferenceDate.AGREEMENT_DATE,
                ReferenceDate.EXCHANGE_DATE, ReferenceDate.fixed(SIGNED_ON.minusDays(100))));
        Gen<Optional<Term>> ageLimit = sometimes(Generate.range(0, 20).zip(Generate.range(1, 12), referenceDates,
                (min, span, reference) -> (Term) new AgeLimitTerm(min, min + span + 4, reference)), 70);
        Gen<Optional<Term>> priority = sometimes(Generate.booleans().map(s -> (Term) new WoundedPriorityTerm(s)), 60);
        Gen<Optional<Term>> cadence = sometimes(Generate.range(0, 8).zip(Generate.enumValues(Severity.class),
                (days, severity) -> (Term) new CadenceTerm(Schedule.daily(FIRST_STAGE, FIRST_STAGE.plusDays(days)),
                        severity)), 60);
        Gen<Optional<Term>> parity = sometimes(Generate.enumValues(ParityScope.class).zip(subsets(Basis.class),
                (scope, exempt) -> (Term) new ParityTerm(scope, exempt)), 60);
        Gen<Optional<Term>> simultaneity = sometimes(Generate.range(0, 180)
                .map(w -> (Term) new SimultaneityTerm(w)), 60);
        Gen<Optional<Term>> lists = sometimes(Generate.constant((Term) new AgreedListsTerm()), 50);
        Gen<Optional<Term>> consent = sometimes(Generate.booleans().map(r -> (Term) new ConsentTerm(r)), 60);
        Gen<Optional<Term>> eligibility = sometimes(Generate.constant((Term) new EligibilityTerm()), 60);
        Gen<Optional<Term>> remains = sometimes(parties().zip(Generate.range(0, 400), dayFrom(FIRST_STAGE, 20),
                (from, commitment, by) -> (Term) new RemainsTerm(from, commitment, by)), 50);
        Gen<List<Optional<Term>>> first = allForAll.zip(ageLimit, priority, cadence, parity, List::of);
        Gen<List<Optional<Term>>> second = simultaneity.zip(lists, consent, eligibility, remains, List::of);
        return first.zip(second, (a, b) -> {
            List<Term> terms = new ArrayList<>();
            a.forEach(t -> t.ifPresent(terms::add));
            b.forEach(t -> t.ifPresent(terms::add));
            return terms;
        });
    }

    static Gen<Agreement> agreements() {
        return terms().zip(sometimes(dayFrom(SIGNED_ON, 30), 70), (terms, asOf) ->
                new Agreement("ag-gen", "generated", SIGNED_ON, List.of(Party.of("UA"), Party.of("RU")), ZoneOffset.UTC,
                        asOf, terms));
    }

    /** A detainee without its id: the record numbers them. */
    static Gen<Function<String, Detainee>> detainees() {
        Gen<Optional<LocalDate>> births = sometimes(Generate.range(0, 365 * 40)
                .map(days -> LocalDate.of(1975, 1, 1).plusDays(days)), 85);
        Gen<Optional<String>> returnTo = sometimes(parties(), 10);
        Gen<Condition> conditions = Generate.enumValues(Condition.class);
        Gen<Status> statuses = Generate.enumValues(Status.class);
        Gen<Consent> consents = Generate.enumValues(Consent.class);
        return parties().zip(returnTo, births, conditions, (heldBy, home, birth, condition) -> new Object[] {
            heldBy, home, birth, condition }).zip(statuses, consents, (parts, status, consent) -> id -> {
                @SuppressWarnings("unchecked")
                Optional<String> home = (Optional<String>) parts[1];
                @SuppressWarnings("unchecked")
                Optional<LocalDate> birth = (Optional<LocalDate>) parts[2];
                return new Detainee(id, Optional.empty(), (String) parts[0], home, status, birth,
                        (Condition) parts[3], consent);
            });
    }

    static String detaineeId(int index) {
        return "D" + index;
    }

    static Gen<Transfer> transfers() {
        Gen<Optional<Instant>> times = sometimes(Generate.range(0, 300)
                .map(m -> FIRST_STAGE.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60L * m)), 70);
        // Indexes past the detainees generated name unknown detainees.
        return Generate.range(0, MAX_DETAINEES + 2).zip(Generate.enumValues(Basis.class), times,
                (index, basis, at) -> new Transfer(detaineeId(index), basis, at));
    }

    /** A batch without its id. */
    static Gen<Function<String, Batch>> batches() {
        return dayFrom(FIRST_STAGE, 10).zip(sometimes(Generate.constant(true), 10),
                lists().of(transfers()).ofSizeBetween(0, 8),
                (date, unilateral, transfers) -> id -> new Batch(id, date, unilateral.isPresent(), transfers));
    }

    static Gen<DetaineeList> detaineeLists() {
        return parties().zip(lists().of(Generate.range(0, MAX_DETAINEES)).ofSizeBetween(0, 10),
                (party, indexes) -> new DetaineeList(party, indexes.stream().map(RecordGenerators::detaineeId).toList()));
    }

    /** A remains handover without its id. */
    static Gen<Function<String, Remains>> remains() {
        return dayFrom(FIRST_STAGE, 15).zip(parties(), parties(), Generate.range(0, 200),
                (date, from, to, count) -> id -> new Remains(id, date, from, to, count));
    }

    private static <T> List<T> numbered(List<Function<String, T>> parts, String prefix) {
        return IntStream.range(0, parts.size()).mapToObj(i -> parts.get(i).apply(prefix + i)).toList();
    }

    /** Exchange records with every kind of fact and any subset of terms. */
    static Gen<ExchangeRecord> records() {
        return agreements().zip(lists().of(detainees()).ofSizeBetween(0, MAX_DETAINEES),
                lists().of(batches()).ofSizeBetween(0, 5),
                lists().of(detaineeLists()).ofSizeBetween(0, 3),
                lists().of(remains()).ofSizeBetween(0, 3),
                (agreement, detainees, batches, detaineeLists, remains) -> new ExchangeRecord(agreement,
                        numbered(detainees, "D"), numbered(batches, "B"), detaineeLists, numbered(remains, "R")));
    }

    /** The same record with every list of facts, and every list inside a fact, shuffled. */
    static ExchangeRecord shuffled(ExchangeRecord record, long seed) {
        Random random = new Random(seed);
        Agreement agreement = record.agreement().withTerms(shuffle(record.agreement().terms(), random));
        List<Batch> batches = shuffle(record.batches(), random).stream()
                .map(b -> new Batch(b.id(), b.date(), b.unilateral(), shuffle(b.transfers(), random)))
                .toList();
        List<DetaineeList> lists = shuffle(record.lists(), random).stream()
                .map(l -> new DetaineeList(l.requestedBy(), shuffle(l.detainees(), random)))
                .toList();
        return new ExchangeRecord(agreement, shuffle(record.detainees(), random), batches, lists,
                shuffle(record.remains(), random));
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
