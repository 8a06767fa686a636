package org.parley.rules.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.rules.Obligation;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
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
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * A plain-Java implementation of the built-in terms, written from the contract
 * ({@code shared/spec/terms.md}) and the decisions of {@code docs/terms.md}: the point of
 * comparison for the correctness, and the speed, of any other validator.
 *
 * <p>It gives the report a validator with the built-in rules gives: the same violations
 * with the same codes, severities, subjects, terms, rule names and messages, and the same
 * obligations (what is still owed as of {@code asOf}). It reads each
 * list of facts once to index it, and then judges each listed term on the indexes; it
 * keeps no state between calls and is thread-safe. Terms it does not know (rule authors'
 * own) are ignored.
 *
 * <pre>{@code
 * Validator oracle = new ReferenceOracle();
 * assertThat(validator.validate(record)).isEqualTo(oracle.validate(record));
 * }</pre>
 */
public final class ReferenceOracle implements Validator {

    /** The term that integrity violations name. */
    static final String INTEGRITY = "INTEGRITY";

    /** How many ids a message lists before it says how many more there are. */
    private static final int LISTED = 5;

    /** Creates the oracle. */
    public ReferenceOracle() {
    }

    @Override
    public ValidationReport validate(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        return new Judgement(record).report();
    }

    /** Returns {@code ReferenceOracle}. */
    @Override
    public String toString() {
        return "ReferenceOracle";
    }

    /** One validation: the facts indexed once, then every listed term judged on them. */
    private static final class Judgement {

        private final ExchangeRecord record;
        private final Agreement agreement;
        private final List<String> parties;
        private final LocalDate asOf;
        private final Map<String, Detainee> detainees = new LinkedHashMap<>();
        /** Transfers per id named, in the order given, repeats included. */
        private final Map<String, List<Named>> named = new LinkedHashMap<>();
        /** The earliest date a known detainee is named in a transfer. */
        private final Map<String, LocalDate> firstRelease = new HashMap<>();
        /** Per party, the detainee ids on the lists it requested. */
        private final Map<String, Set<String>> listed = new HashMap<>();
        private final List<Violation> violations = new ArrayList<>();
        private final List<Obligation> obligations = new ArrayList<>();

        /** One transfer of one batch. */
        private record Named(Batch batch, Transfer transfer) {
        }

        Judgement(ExchangeRecord record) {
            this.record = record;
            this.agreement = record.agreement();
            this.parties = agreement.parties().stream().map(p -> p.code()).toList();
            this.asOf = record.asOf();
            record.detainees().forEach(d -> detainees.put(d.id(), d));
            for (Batch batch : record.batches()) {
                for (Transfer transfer : batch.transfers()) {
                    named.computeIfAbsent(transfer.detainee(), id -> new ArrayList<>()).add(new Named(batch, transfer));
                    if (detainees.containsKey(transfer.detainee())) {
                        firstRelease.merge(transfer.detainee(), batch.date(), (a, b) -> a.isAfter(b) ? b : a);
                    }
                }
            }
            for (DetaineeList list : record.lists()) {
                listed.computeIfAbsent(list.requestedBy(), p -> new HashSet<>()).addAll(list.detainees());
            }
        }

        ValidationReport report() {
            integrity();
            AgeLimitTerm ageLimit = null;
            for (Term term : agreement.terms()) {
                if (term instanceof AgeLimitTerm a) {
                    ageLimit = a;
                }
            }
            for (Term term : agreement.terms()) {
                if (term instanceof AllForAllTerm t) {
                    allForAll(t, ageLimit);
                } else if (term instanceof AgeLimitTerm t) {
                    ageLimit(t);
                } else if (term instanceof WoundedPriorityTerm t) {
                    woundedPriority(t);
                } else if (term instanceof CadenceTerm t) {
                    cadence(t);
                } else if (term instanceof ParityTerm t) {
                    parity(t);
                } else if (term instanceof SimultaneityTerm t) {
                    simultaneity(t);
                } else if (term instanceof AgreedListsTerm) {
                    agreedLists();
                } else if (term instanceof ConsentTerm t) {
                    consent(t);
                } else if (term instanceof EligibilityTerm) {
                    eligibility();
                } else if (term instanceof RemainsTerm t) {
                    remains(t);
                }
                // Any other term is a rule author's own: not the oracle's to judge.
            }
            return new ValidationReport(agreement.id(), asOf, violations, obligations);
        }

        private void report(String code, Severity severity, String term, String rule, List<String> subjects,
                            String message) {
            violations.add(new Violation(code, severity, subjects, term, rule, message));
        }

        // ---------------------------------------------------------------- shared definitions

        private boolean isParty(String code) {
            return parties.contains(code);
        }

        private Optional<String> otherParty(String code) {
            int i = parties.indexOf(code);
            return i < 0 ? Optional.empty() : Optional.of(parties.get(1 - i));
        }

        /** The party a detainee goes home to: returnTo, else the party other than heldBy. */
        private Optional<String> home(Detainee d) {
            return d.returnTo().isPresent() ? d.returnTo() : otherParty(d.heldBy());
        }

        private boolean isReleased(Detainee d) {
            return firstRelease.containsKey(d.id());
        }

        private static boolean isPriority(Condition condition) {
            return condition == Condition.SERIOUSLY_WOUNDED || condition == Condition.SERIOUSLY_ILL;
        }

        private static int age(LocalDate birth, LocalDate at) {
            return Period.between(birth, at).getYears();
        }

        /** The date at which the AGE_LIMIT term measures a detainee's age. */
        private LocalDate referenceDate(AgeLimitTerm term, Detainee d) {
            return switch (term.referenceDate().mode()) {
                case AGREEMENT_DATE -> agreement.signedOn();
                case EXCHANGE_DATE -> firstRelease.getOrDefault(d.id(), asOf);
                case FIXED -> term.referenceDate().fixed().orElseThrow();
            };
        }

        private static boolean inRange(AgeLimitTerm term, int age) {
            return term.minAge() <= age && age < term.maxAgeExclusive();
        }

        /** Whether a detainee is YOUNG: a birth date, and the age at the reference date in range. */
        private boolean isYoung(AgeLimitTerm term, Detainee d) {
            return term != null && d.birthDate().isPresent()
                    && inRange(term, age(d.birthDate().get(), referenceDate(term, d)));
        }

        // ---------------------------------------------------------------- integrity

        private void integrity() {
            for (Map.Entry<String, List<Named>> entry : named.entrySet()) {
                String id = entry.getKey();
                if (!detainees.containsKey(id)) {
                    for (Named n : entry.getValue()) {
                        report("UNKNOWN_DETAINEE", Severity.ERROR, INTEGRITY,
                                "UNKNOWN_DETAINEE-01 transfer names no known detainee", List.of(n.batch().id(), id),
                                "batch " + n.batch().id() + " transfers " + id + ", who is not a known detainee");
                    }
                }
                if (entry.getValue().size() > 1) {
                    Set<String> batches = new TreeSet<>();
                    entry.getValue().forEach(n -> batches.add(n.batch().id()));
                    report("DUPLICATE_TRANSFER", Severity.ERROR, INTEGRITY,
                            "DUPLICATE_TRANSFER-01 detainee named in more than one transfer", List.of(id),
                            id + " is named in " + entry.getValue().size() + " transfers (batches "
                                    + sortedList(batches, 10) + ")");
                }
            }
            for (Detainee d : detainees.values()) {
                List<String> unknown = new ArrayList<>(2);
                if (!isParty(d.heldBy())) {
                    unknown.add("heldBy \"" + d.heldBy() + "\"");
                }
                d.returnTo().filter(code -> !isParty(code)).ifPresent(code -> unknown.add("returnTo \"" + code + "\""));
                if (!unknown.isEmpty()) {
                    report("UNKNOWN_PARTY", Severity.ERROR, INTEGRITY,
                            "UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement",
                            List.of(d.id()), "detainee " + d.id() + ": " + notParties(unknown));
                }
            }
            for (Remains r : record.remains()) {
                List<String> unknown = new ArrayList<>(2);
                if (!isParty(r.from())) {
                    unknown.add("from \"" + r.from() + "\"");
                }
                if (!isParty(r.to())) {
                    unknown.add("to \"" + r.to() + "\"");
                }
                if (!unknown.isEmpty()) {
                    report("UNKNOWN_PARTY", Severity.ERROR, INTEGRITY,
                            "UNKNOWN_PARTY-02 remains handed over from or to a party not in the agreement",
                            List.of(r.id()), "remains " + r.id() + ": " + notParties(unknown));
                }
            }
        }

        private String notParties(List<String> fields) {
            return String.join(" and ", fields) + (fields.size() == 1 ? " is not a party" : " are not parties")
                    + " to the agreement (" + String.join(", ", parties) + ")";
        }

        // ---------------------------------------------------------------- ALL_FOR_ALL

        private void allForAll(AllForAllTerm term, AgeLimitTerm ageLimit) {
            boolean beforeDeadline = asOf.isBefore(term.completeBy());
            for (Detainee d : detainees.values()) {
                if (d.consent() == Consent.DECLINED) {
                    continue;
                }
                Set<String> categories = new TreeSet<>();
                if (term.categories().contains(Category.YOUNG) && isYoung(ageLimit, d)) {
                    categories.add(Category.YOUNG.name());
                }
                if (term.categories().contains(Category.SERIOUSLY_WOUNDED) && d.condition() == Condition.SERIOUSLY_WOUNDED) {
                    categories.add(Category.SERIOUSLY_WOUNDED.name());
                }
                if (term.categories().contains(Category.SERIOUSLY_ILL) && d.condition() == Condition.SERIOUSLY_ILL) {
                    categories.add(Category.SERIOUSLY_ILL.name());
                }
                if (term.categories().contains(Category.CIVILIAN) && d.status() == Status.CIVILIAN) {
                    categories.add(Category.CIVILIAN.name());
                }
                if (categories.isEmpty()) {
                    continue;
                }
                String who = d.id() + " (" + String.join(", ", categories) + ")";
                LocalDate released = firstRelease.get(d.id());
                if (beforeDeadline) {
                    if (released == null || released.isAfter(asOf)) {
                        obligations.add(Obligation.of("RELEASE", AllForAllTerm.TYPE, List.of(d.id()),
                                        "ALL_FOR_ALL-03 covered detainee still to be released",
                                        d.heldBy() + " must release " + who + " by " + term.completeBy())
                                .withParty(d.heldBy()).withDue(term.completeBy()));
                    }
                } else if (released == null) {
                    report("ALL_FOR_ALL", Severity.ERROR, AllForAllTerm.TYPE,
                            "ALL_FOR_ALL-01 covered detainee never released", List.of(d.id()),
                            who + " was not released by " + term.completeBy());
                } else if (released.isAfter(term.completeBy())) {
                    report("ALL_FOR_ALL", Severity.ERROR, AllForAllTerm.TYPE,
                            "ALL_FOR_ALL-02 covered detainee released after completeBy", List.of(d.id()),
                            who + " was released on " + released + ", after the deadline " + term.completeBy());
                }
            }
        }

        // ---------------------------------------------------------------- AGE_LIMIT

        private void ageLimit(AgeLimitTerm term) {
            for (Map.Entry<String, List<Named>> entry : named.entrySet()) {
                Detainee d = detainees.get(entry.getKey());
                if (d == null || entry.getValue().stream().noneMatch(n -> n.transfer().basis() == Basis.YOUNG)) {
                    continue;
                }
                if (d.birthDate().isEmpty()) {
                    report("AGE_UNKNOWN", Severity.WARNING, AgeLimitTerm.TYPE,
                            "AGE_UNKNOWN-01 released on basis YOUNG with no birth date", List.of(d.id()),
                            d.id() + ", released on basis YOUNG, has no birth date: the age limit cannot be checked");
                    continue;
                }
                LocalDate birth = d.birthDate().get();
                LocalDate reference = referenceDate(term, d);
                int age = age(birth, reference);
                if (!inRange(term, age)) {
                    report("AGE_LIMIT", Severity.ERROR, AgeLimitTerm.TYPE,
                            "AGE_LIMIT-01 released on basis YOUNG outside the age range", List.of(d.id()),
                            d.id() + ", released on basis YOUNG, was " + age + " on the reference date " + reference
                                    + " (born " + birth + ")");
                }
            }
        }

        // ---------------------------------------------------------------- WOUNDED_PRIORITY

        private void woundedPriority(WoundedPriorityTerm term) {
            for (Detainee d : detainees.values()) {
                LocalDate released = firstRelease.get(d.id());
                if (isPriority(d.condition()) && d.consent() != Consent.DECLINED
                        && (released == null || released.isAfter(asOf))) {
                    obligations.add(Obligation.of("PRIORITY_RELEASE", WoundedPriorityTerm.TYPE, List.of(d.id()),
                            "WOUNDED_PRIORITY-02 priority detainee still held", d.heldBy() + " still holds " + d.id()
                                    + " (" + d.condition() + "), to be released before anyone without a priority "
                                    + "condition").withParty(d.heldBy()));
                }
            }
            Severity severity = term.strict() ? Severity.ERROR : Severity.WARNING;
            for (Batch batch : record.batches()) {
                for (String party : parties) {
                    Set<String> nonPriority = new HashSet<>();
                    for (Transfer t : batch.transfers()) {
                        Detainee d = detainees.get(t.detainee());
                        if (d != null && d.heldBy().equals(party) && !isPriority(d.condition())) {
                            nonPriority.add(d.id());
                        }
                    }
                    if (nonPriority.isEmpty()) {
                        continue;
                    }
                    List<String> held = new ArrayList<>();
                    for (Detainee d : detainees.values()) {
                        LocalDate released = firstRelease.get(d.id());
                        if (d.heldBy().equals(party) && isPriority(d.condition()) && d.consent() != Consent.DECLINED
                                && (released == null || released.isAfter(batch.date()))) {
                            held.add(d.id());
                        }
                    }
                    if (held.isEmpty()) {
                        continue;
                    }
                    report("WOUNDED_PRIORITY", severity, WoundedPriorityTerm.TYPE,
                            "WOUNDED_PRIORITY-01 non-priority release while priority detainees are held",
                            List.of(batch.id(), party),
                            "in batch " + batch.id() + " (" + batch.date() + ") " + party + " released "
                                    + count(nonPriority.size(), "detainee")
                                    + " without a priority condition while still holding "
                                    + count(held.size(), "priority detainee") + " not released by then ("
                                    + sortedList(held, LISTED) + ")");
                }
            }
        }

        // ---------------------------------------------------------------- CADENCE

        private void cadence(CadenceTerm term) {
            Set<LocalDate> batchDates = new HashSet<>();
            record.batches().forEach(b -> batchDates.add(b.date()));
            Set<LocalDate> scheduled = new HashSet<>(term.schedule().dates());
            for (LocalDate date : term.schedule().dates()) {
                if (date.isAfter(asOf)) {
                    obligations.add(Obligation.of("STAGE", CadenceTerm.TYPE, List.of(date.toString()),
                            "CADENCE-01 scheduled date still ahead", "a stage of the exchange is scheduled on " + date)
                            .withDue(date));
                }
                if (!date.isAfter(asOf) && !batchDates.contains(date)) {
                    report("CADENCE_MISSED", term.severity(), CadenceTerm.TYPE,
                            "CADENCE_MISSED-01 scheduled date with no batch", List.of(date.toString()),
                            "no batch on the scheduled date " + date);
                }
            }
            for (Batch batch : record.batches()) {
                if (!scheduled.contains(batch.date())) {
                    report("CADENCE_UNSCHEDULED", term.severity(), CadenceTerm.TYPE,
                            "CADENCE_UNSCHEDULED-01 batch on a date not scheduled", List.of(batch.id()),
                            "batch " + batch.id() + " on " + batch.date() + " is not on the schedule");
                }
            }
        }

        // ---------------------------------------------------------------- PARITY

        /** The detainees each party releases in the batches given, counted once each. */
        private Map<String, Set<String>> releasedByParty(Collection<Batch> batches, ParityTerm term) {
            Map<String, Set<String>> byParty = new LinkedHashMap<>();
            parties.forEach(p -> byParty.put(p, new HashSet<>()));
            for (Batch batch : batches) {
                if (batch.unilateral()) {
                    continue;
                }
                for (Transfer t : batch.transfers()) {
                    Detainee d = detainees.get(t.detainee());
                    if (d != null && isParty(d.heldBy()) && !term.exempt().contains(t.basis())) {
                        byParty.get(d.heldBy()).add(d.id());
                    }
                }
            }
            return byParty;
        }

        private void parity(ParityTerm term) {
            String exempt = term.exempt().isEmpty() ? ""
                    : " (not counting " + term.exempt().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", ")) + ")";
            if (term.scope() == ParityScope.PER_BATCH) {
                for (Batch batch : record.batches()) {
                    if (batch.unilateral()) {
                        continue;
                    }
                    Map<String, Set<String>> counts = releasedByParty(List.of(batch), term);
                    int first = counts.get(parties.get(0)).size();
                    int second = counts.get(parties.get(1)).size();
                    if (first != second) {
                        report("PARITY", Severity.ERROR, ParityTerm.TYPE,
                                "PARITY-01 parties released different numbers in a batch", List.of(batch.id()),
                                "in batch " + batch.id() + " (" + batch.date() + ") " + parties.get(0) + " released "
                                        + count(first, "detainee") + " and " + parties.get(1) + " released " + second
                                        + exempt);
                    }
                }
            } else {
                balance(term, exempt);
                Map<String, Set<String>> counts = releasedByParty(record.batches(), term);
                int first = counts.get(parties.get(0)).size();
                int second = counts.get(parties.get(1)).size();
                if (first != second) {
                    report("PARITY", Severity.ERROR, ParityTerm.TYPE,
                            "PARITY-02 parties released different numbers in total", List.of(agreement.id()),
                            "in all batches that are not unilateral, " + parties.get(0) + " released "
                                    + count(first, "detainee") + " and " + parties.get(1) + " released " + second
                                    + exempt);
                }
            }
        }

        /** The running balance as of asOf: the party that released fewer owes the difference. */
        private void balance(ParityTerm term, String exempt) {
            Map<String, Set<String>> counts = releasedByParty(
                    record.batches().stream().filter(b -> !b.date().isAfter(asOf)).toList(), term);
            int first = counts.get(parties.get(0)).size();
            int second = counts.get(parties.get(1)).size();
            if (first != second) {
                String owing = first < second ? parties.get(0) : parties.get(1);
                long owed = Math.abs(first - second);
                obligations.add(Obligation.of("BALANCE", ParityTerm.TYPE, List.of(agreement.id()),
                        "PARITY-03 running balance of releases", owing + " owes " + count(owed, "release")
                                + " to even the balance: so far " + parties.get(0) + " released "
                                + count(first, "detainee") + " and " + parties.get(1) + " released " + second + exempt)
                        .withParty(owing).withCount(owed));
            }
        }

        // ---------------------------------------------------------------- SIMULTANEITY

        private void simultaneity(SimultaneityTerm term) {
            for (Batch batch : record.batches()) {
                if (batch.unilateral()) {
                    continue;
                }
                Map<String, Optional<Instant>> firstHandover = new TreeMap<>();
                for (Transfer t : batch.transfers()) {
                    Detainee d = detainees.get(t.detainee());
                    if (d == null || !isParty(d.heldBy())) {
                        continue;
                    }
                    Optional<Instant> earliest = firstHandover.getOrDefault(d.heldBy(), Optional.empty());
                    if (t.at().isPresent() && (earliest.isEmpty() || t.at().get().isBefore(earliest.get()))) {
                        earliest = t.at();
                    }
                    firstHandover.put(d.heldBy(), earliest);
                }
                if (firstHandover.size() == 1) {
                    report("SIMULTANEITY", Severity.ERROR, SimultaneityTerm.TYPE,
                            "SIMULTANEITY-01 only one party released in a batch", List.of(batch.id()),
                            "in batch " + batch.id() + " (" + batch.date() + ") only "
                                    + firstHandover.keySet().iterator().next() + " released detainees");
                } else if (firstHandover.size() == 2) {
                    Optional<Instant> first = firstHandover.get(parties.get(0));
                    Optional<Instant> second = firstHandover.get(parties.get(1));
                    if (first.isEmpty() || second.isEmpty()) {
                        continue;
                    }
                    Duration gap = Duration.between(first.get(), second.get()).abs();
                    if (gap.compareTo(Duration.ofMinutes(term.windowMinutes())) > 0) {
                        report("SIMULTANEITY", Severity.ERROR, SimultaneityTerm.TYPE,
                                "SIMULTANEITY-02 first handovers of the parties too far apart", List.of(batch.id()),
                                "in batch " + batch.id() + " (" + batch.date() + ") the first handovers of "
                                        + parties.get(0) + " (" + first.get() + ") and " + parties.get(1) + " ("
                                        + second.get() + ") are " + minutes(gap) + " apart, more than the "
                                        + count(term.windowMinutes(), "minute") + " allowed");
                    }
                }
            }
        }

        // ---------------------------------------------------------------- AGREED_LISTS

        private void agreedLists() {
            for (Detainee d : detainees.values()) {
                if (!isReleased(d)) {
                    continue;
                }
                Optional<String> home = home(d);
                LocalDate released = firstRelease.get(d.id());
                if (home.isEmpty()) {
                    report("NOT_ON_LIST", Severity.ERROR, AgreedListsTerm.TYPE,
                            "NOT_ON_LIST-02 released with no party to return to", List.of(d.id()),
                            d.id() + " was released on " + released
                                    + " but has no known party to return to, so no list covers them");
                } else if (!listed.getOrDefault(home.get(), Set.of()).contains(d.id())) {
                    report("NOT_ON_LIST", Severity.ERROR, AgreedListsTerm.TYPE,
                            "NOT_ON_LIST-01 released but not on the list of the party they return to",
                            List.of(d.id()),
                            d.id() + " was released on " + released + " but is on no list requested by " + home.get());
                }
            }
        }

        // ---------------------------------------------------------------- CONSENT

        private void consent(ConsentTerm term) {
            for (Detainee d : detainees.values()) {
                if (!isReleased(d)) {
                    continue;
                }
                LocalDate released = firstRelease.get(d.id());
                if (d.consent() == Consent.DECLINED) {
                    report("CONSENT_DECLINED", Severity.ERROR, ConsentTerm.TYPE,
                            "CONSENT_DECLINED-01 released although they declined", List.of(d.id()),
                            d.id() + " was released on " + released
                                    + " although they declined repatriation (GC III Art. 109(3))");
                } else if (term.requireRecorded() && d.consent() == Consent.UNKNOWN) {
                    report("CONSENT_UNKNOWN", Severity.WARNING, ConsentTerm.TYPE,
                            "CONSENT_UNKNOWN-01 released with no recorded consent", List.of(d.id()),
                            d.id() + " was released on " + released + " with no recorded consent");
                }
            }
        }

        // ---------------------------------------------------------------- ELIGIBILITY

        private void eligibility() {
            for (Map.Entry<String, List<Named>> entry : named.entrySet()) {
                Detainee d = detainees.get(entry.getKey());
                if (d == null) {
                    continue;
                }
                for (Named n : entry.getValue()) {
                    String released = d.id() + " was released in batch " + n.batch().id() + " on basis ";
                    switch (n.transfer().basis()) {
                        case SERIOUSLY_WOUNDED -> {
                            if (d.condition() != Condition.SERIOUSLY_WOUNDED) {
                                report("ELIGIBILITY", Severity.ERROR, EligibilityTerm.TYPE,
                                        "ELIGIBILITY-01 released as seriously wounded but not recorded so",
                                        List.of(d.id()), released + "SERIOUSLY_WOUNDED but their recorded condition is "
                                                + d.condition());
                            }
                        }
                        case SERIOUSLY_ILL -> {
                            if (d.condition() != Condition.SERIOUSLY_ILL) {
                                report("ELIGIBILITY", Severity.ERROR, EligibilityTerm.TYPE,
                                        "ELIGIBILITY-02 released as seriously ill but not recorded so",
                                        List.of(d.id()), released + "SERIOUSLY_ILL but their recorded condition is "
                                                + d.condition());
                            }
                        }
                        case CIVILIAN -> {
                            if (d.status() == Status.MILITARY) {
                                report("ELIGIBILITY", Severity.ERROR, EligibilityTerm.TYPE,
                                        "ELIGIBILITY-03 released as a civilian but recorded as military",
                                        List.of(d.id()),
                                        released + "CIVILIAN but their recorded status is MILITARY");
                            }
                        }
                        case YOUNG, OTHER -> {
                            // YOUNG is the AGE_LIMIT term's to check; OTHER needs no proof.
                        }
                        default -> {
                        }
                    }
                }
            }
        }

        // ---------------------------------------------------------------- REMAINS

        private void remains(RemainsTerm term) {
            if (asOf.isBefore(term.completeBy())) {
                long soFar = 0;
                for (Remains r : record.remains()) {
                    if (r.from().equals(term.from()) && !r.date().isAfter(asOf)) {
                        soFar += r.count();
                    }
                }
                if (soFar < term.commitment()) {
                    long owed = term.commitment() - soFar;
                    obligations.add(Obligation.of("REMAINS", RemainsTerm.TYPE, List.of(agreement.id()),
                            "REMAINS-01 remains still owed", term.from() + " owes " + count(owed, "body", "bodies")
                                    + " by " + term.completeBy() + " (" + soFar + " of the " + term.commitment()
                                    + " committed handed over so far)")
                            .withParty(term.from()).withDue(term.completeBy()).withCount(owed));
                }
                return;
            }
            long handedOver = 0;
            for (Remains r : record.remains()) {
                if (r.from().equals(term.from()) && !r.date().isAfter(term.completeBy())) {
                    handedOver += r.count();
                }
            }
            if (handedOver < term.commitment()) {
                report("REMAINS_SHORTFALL", Severity.WARNING, RemainsTerm.TYPE,
                        "REMAINS_SHORTFALL-01 fewer remains handed over than committed", List.of(agreement.id()),
                        term.from() + " handed over " + count(handedOver, "body", "bodies") + " on or before "
                                + term.completeBy() + ", short of the " + term.commitment() + " committed");
            }
        }

        // ---------------------------------------------------------------- message pieces

        /** {@code 1 detainee}, {@code 3 detainees}. */
        private static String count(long n, String noun) {
            return count(n, noun, noun + "s");
        }

        private static String count(long n, String noun, String plural) {
            return n + " " + (n == 1 ? noun : plural);
        }

        /** The ids sorted, at most {@code limit} of them, then how many more. */
        private static String sortedList(Collection<String> ids, int limit) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
            if (sorted.size() <= limit) {
                return String.join(", ", sorted);
            }
            return String.join(", ", sorted.subList(0, limit)) + " and " + (sorted.size() - limit) + " more";
        }

        /** {@code 30 minutes}, {@code 30 minutes 1 second}. */
        private static String minutes(Duration gap) {
            long seconds = gap.getSeconds();
            String whole = count(seconds / 60, "minute");
            return seconds % 60 == 0 ? whole : whole + " " + count(seconds % 60, "second");
        }
    }
}
