package org.parley.rules.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;

/**
 * Changes to a record that must not change its report, or must change it in a way known in
 * advance: the transformations of metamorphic properties.
 *
 * <ul>
 *   <li>{@link #shuffled}: every list of facts in another order; the report is equal.</li>
 *   <li>{@link #renamed}: every id and party code renamed consistently; the report is the
 *       old one with its subjects and messages renamed, as {@link #renamed(ValidationReport, Map)} does.</li>
 *   <li>{@link #shifted}: every date and time moved by the same number of days; the report is
 *       the old one with its dates moved, as {@link #shifted(ValidationReport, long)} does. Ages
 *       are counted by the calendar, so this holds for any shift only when no AGE_LIMIT term
 *       is listed, and for shifts of whole four-year cycles between 1901 and 2099.</li>
 *   <li>{@link #splitBatch}: a batch cut in two on the same date.</li>
 * </ul>
 *
 * <p>Terms of rule authors' own ({@code CustomTerm}) are kept as they are.
 */
public final class RecordTransforms {

    /** A shift that keeps every date's place in the calendar between 1901 and 2099: four years, one leap day. */
    public static final long FOUR_YEARS_IN_DAYS = 4 * 365 + 1;

    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    private RecordTransforms() {
    }

    // ---------------------------------------------------------------- order

    /** The same record with every list of facts, and every list inside a fact, in another order. */
    public static ExchangeRecord shuffled(ExchangeRecord record, long seed) {
        Objects.requireNonNull(record, "record");
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

    // ---------------------------------------------------------------- names

    /**
     * Every id the record uses: the agreement's, the party codes (those of facts that name
     * no party included), and the ids of detainees, batches and remains, also where a
     * transfer or a list names them.
     */
    public static TreeSet<String> ids(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        TreeSet<String> ids = new TreeSet<>();
        ids.add(record.agreement().id());
        record.agreement().parties().forEach(p -> ids.add(p.code()));
        record.agreement().term(RemainsTerm.class).ifPresent(t -> ids.add(t.from()));
        for (Detainee d : record.detainees()) {
            ids.add(d.id());
            ids.add(d.heldBy());
            d.returnTo().ifPresent(ids::add);
        }
        for (Batch b : record.batches()) {
            ids.add(b.id());
            b.transfers().forEach(t -> ids.add(t.detainee()));
        }
        for (DetaineeList l : record.lists()) {
            ids.add(l.requestedBy());
            ids.addAll(l.detainees());
        }
        for (Remains r : record.remains()) {
            ids.add(r.id());
            ids.add(r.from());
            ids.add(r.to());
        }
        return ids;
    }

    /**
     * A renaming of every id of the record that keeps their order as strings, so that sorted
     * lists in messages stay in the same order: {@code prefix} and a number of fixed width,
     * with gaps that the seed chooses.
     */
    public static Map<String, String> orderPreservingRenaming(ExchangeRecord record, String prefix, long seed) {
        Objects.requireNonNull(prefix, "prefix");
        Random random = new Random(seed);
        Map<String, String> renaming = new LinkedHashMap<>();
        int i = 0;
        for (String id : ids(record)) {
            renaming.put(id, prefix + String.format("%06d", 10 * i + random.nextInt(10)));
            i++;
        }
        return renaming;
    }

    /** A renaming of every id of the record to {@code prefix} and a number, in an order the seed chooses. */
    public static Map<String, String> shuffledRenaming(ExchangeRecord record, String prefix, long seed) {
        Objects.requireNonNull(prefix, "prefix");
        List<String> ids = new ArrayList<>(ids(record));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            names.add(prefix + i);
        }
        Collections.shuffle(names, new Random(seed));
        Map<String, String> renaming = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            renaming.put(ids.get(i), names.get(i));
        }
        return renaming;
    }

    /**
     * The record with every id renamed: the agreement's, the party codes, and the ids of
     * detainees, batches and remains wherever they are named.
     *
     * @param renaming new name by old, for every id in {@link #ids(ExchangeRecord)}; must be one to one
     * @throws IllegalArgumentException if an id has no new name, or two have the same
     */
    public static ExchangeRecord renamed(ExchangeRecord record, Map<String, String> renaming) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(renaming, "renaming");
        if (new TreeSet<>(renaming.values()).size() != renaming.size()) {
            throw new IllegalArgumentException("a renaming must give each id a name of its own");
        }
        UnaryOperator<String> to = id -> {
            String name = renaming.get(id);
            if (name == null) {
                throw new IllegalArgumentException("the renaming has no new name for " + id);
            }
            return name;
        };
        Agreement a = record.agreement();
        List<Party> parties = a.parties().stream().map(p -> new Party(to.apply(p.code()), p.name())).toList();
        List<Term> terms = a.terms().stream()
                .map(t -> t instanceof RemainsTerm r ? new RemainsTerm(to.apply(r.from()), r.commitment(), r.completeBy()) : t)
                .toList();
        Agreement agreement = new Agreement(to.apply(a.id()), a.title(), a.signedOn(), parties, a.timeZone(), a.asOf(),
                terms);
        List<Detainee> detainees = record.detainees().stream()
                .map(d -> new Detainee(to.apply(d.id()), d.name(), to.apply(d.heldBy()), d.returnTo().map(to),
                        d.status(), d.birthDate(), d.condition(), d.consent()))
                .toList();
        List<Batch> batches = record.batches().stream()
                .map(b -> new Batch(to.apply(b.id()), b.date(), b.unilateral(), b.transfers().stream()
                        .map(t -> new Transfer(to.apply(t.detainee()), t.basis(), t.at())).toList()))
                .toList();
        List<DetaineeList> lists = record.lists().stream()
                .map(l -> new DetaineeList(to.apply(l.requestedBy()), l.detainees().stream().map(to).toList()))
                .toList();
        List<Remains> remains = record.remains().stream()
                .map(r -> new Remains(to.apply(r.id()), r.date(), to.apply(r.from()), to.apply(r.to()), r.count()))
                .toList();
        return new ExchangeRecord(agreement, detainees, batches, lists, remains);
    }

    /**
     * The report of a renamed record, as expected from the report of the original: subjects,
     * the agreement id and every id in a message renamed. Exact when the renaming keeps the
     * order of the ids ({@link #orderPreservingRenaming}), since messages list ids sorted.
     */
    public static ValidationReport renamed(ValidationReport report, Map<String, String> renaming) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(renaming, "renaming");
        List<String> longestFirst = new ArrayList<>(renaming.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Pattern anyId = longestFirst.isEmpty() ? null : Pattern.compile("(?<![\\w-])(" + String.join("|",
                longestFirst.stream().map(Pattern::quote).toList()) + ")(?![\\w-])");
        UnaryOperator<String> inText = text -> anyId == null ? text
                : anyId.matcher(text).replaceAll(m -> Matcher.quoteReplacement(renaming.get(m.group(1))));
        List<Violation> violations = report.violations().stream()
                .map(v -> new Violation(v.code(), v.severity(), v.subjects().stream()
                        .map(s -> renaming.getOrDefault(s, s)).toList(), v.term(), v.rule(), inText.apply(v.message())))
                .toList();
        List<Obligation> obligations = report.obligations().stream()
                .map(o -> new Obligation(o.kind(), o.term(), o.party().map(p -> renaming.getOrDefault(p, p)),
                        o.subjects().stream().map(s -> renaming.getOrDefault(s, s)).toList(), o.due(), o.count(),
                        o.rule(), inText.apply(o.message())))
                .toList();
        return new ValidationReport(renaming.getOrDefault(report.agreement(), report.agreement()), report.asOf(),
                violations, obligations);
    }

    // ---------------------------------------------------------------- dates

    /**
     * The record with every date moved by the same number of days: signing, {@code asOf},
     * the terms' deadlines, schedules and reference dates, batches and their handover times,
     * remains, and birth dates.
     */
    public static ExchangeRecord shifted(ExchangeRecord record, long days) {
        Objects.requireNonNull(record, "record");
        UnaryOperator<LocalDate> by = d -> d.plusDays(days);
        Duration time = Duration.ofDays(days);
        Agreement a = record.agreement();
        List<Term> terms = a.terms().stream().map(t -> shifted(t, by)).toList();
        Agreement agreement = new Agreement(a.id(), a.title(), by.apply(a.signedOn()), a.parties(), a.timeZone(),
                a.asOf().map(by), terms);
        List<Detainee> detainees = record.detainees().stream()
                .map(d -> new Detainee(d.id(), d.name(), d.heldBy(), d.returnTo(), d.status(), d.birthDate().map(by),
                        d.condition(), d.consent()))
                .toList();
        List<Batch> batches = record.batches().stream()
                .map(b -> new Batch(b.id(), by.apply(b.date()), b.unilateral(), b.transfers().stream()
                        .map(t -> new Transfer(t.detainee(), t.basis(), t.at().map(at -> at.plus(time)))).toList()))
                .toList();
        List<Remains> remains = record.remains().stream()
                .map(r -> new Remains(r.id(), by.apply(r.date()), r.from(), r.to(), r.count()))
                .toList();
        return new ExchangeRecord(agreement, detainees, batches, record.lists(), remains);
    }

    private static Term shifted(Term term, UnaryOperator<LocalDate> by) {
        if (term instanceof AllForAllTerm t) {
            return new AllForAllTerm(t.categories(), by.apply(t.completeBy()));
        }
        if (term instanceof AgeLimitTerm t) {
            ReferenceDate reference = t.referenceDate().fixed().map(d -> ReferenceDate.fixed(by.apply(d)))
                    .orElse(t.referenceDate());
            return new AgeLimitTerm(t.minAge(), t.maxAgeExclusive(), reference);
        }
        if (term instanceof CadenceTerm t) {
            return new CadenceTerm(Schedule.of(t.schedule().dates().stream().map(by).toList()), t.severity());
        }
        if (term instanceof RemainsTerm t) {
            return new RemainsTerm(t.from(), t.commitment(), by.apply(t.completeBy()));
        }
        return term;
    }

    /**
     * The report of a shifted record, as expected from the report of the original: {@code asOf},
     * date subjects and every ISO date in a message (those of handover times included) moved
     * by the same number of days.
     */
    public static ValidationReport shifted(ValidationReport report, long days) {
        Objects.requireNonNull(report, "report");
        UnaryOperator<String> inText = text -> ISO_DATE.matcher(text)
                .replaceAll(m -> LocalDate.parse(m.group(1)).plusDays(days).toString());
        List<Violation> violations = report.violations().stream()
                .map(v -> new Violation(v.code(), v.severity(), v.subjects().stream().map(inText).toList(), v.term(),
                        v.rule(), inText.apply(v.message())))
                .toList();
        List<Obligation> obligations = report.obligations().stream()
                .map(o -> new Obligation(o.kind(), o.term(), o.party(), o.subjects().stream().map(inText).toList(),
                        o.due().map(d -> d.plusDays(days)), o.count(), o.rule(), inText.apply(o.message())))
                .toList();
        return new ValidationReport(report.agreement(), report.asOf().plusDays(days), violations, obligations);
    }

    // ---------------------------------------------------------------- batches

    /**
     * The record with one batch cut in two on the same date: its first {@code cut} transfers
     * stay, the others move to a new batch with the id {@code newId} and the same
     * {@code unilateral} flag, placed right after it.
     *
     * @throws IllegalArgumentException if there is no such batch, {@code newId} is taken, or
     *                                  {@code cut} is not within the batch's transfers
     */
    public static ExchangeRecord splitBatch(ExchangeRecord record, String batchId, String newId, int cut) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(newId, "newId");
        if (record.batches().stream().anyMatch(b -> b.id().equals(newId))) {
            throw new IllegalArgumentException("batch id " + newId + " is taken");
        }
        List<Batch> batches = new ArrayList<>();
        boolean found = false;
        for (Batch b : record.batches()) {
            if (!b.id().equals(batchId)) {
                batches.add(b);
                continue;
            }
            if (cut < 0 || cut > b.transfers().size()) {
                throw new IllegalArgumentException("cannot cut batch " + batchId + " of " + b.transfers().size()
                        + " transfers after " + cut);
            }
            found = true;
            batches.add(new Batch(b.id(), b.date(), b.unilateral(), b.transfers().subList(0, cut)));
            batches.add(new Batch(newId, b.date(), b.unilateral(), b.transfers().subList(cut, b.transfers().size())));
        }
        if (!found) {
            throw new IllegalArgumentException("no batch " + batchId);
        }
        return record.withBatches(batches);
    }
}
