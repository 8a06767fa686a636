package org.parley.rules.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parley.rules.Obligation;
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
import org.parley.rules.model.Severity;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * A deliberately fast, hand-written validator of the built-in terms: the yardstick the rules
 * are measured against (issue #12). It gives exactly the report of the testkit's
 * {@code ReferenceOracle} (same codes, severities, subjects, terms, rule names and messages;
 * {@code FastPassTests} and {@code FastPassProperties} check it), but it is written for speed:
 * one hash map from detainee id to index, the facts in arrays, one pass over the transfers
 * to index them and one pass over the detainees and one over the batches to judge every
 * listed term at once; no streams, no per-fact objects; strings are built only for the
 * violations found. It computes the oracle's outstanding obligations too (RELEASE,
 * PRIORITY_RELEASE, STAGE, BALANCE, REMAINS), in one more pass over the detainees and one
 * over the batches.
 *
 * <p>Not part of the product: it lives in the benchmarks and knows only the built-in terms
 * (a rule author's own terms are ignored, as the oracle ignores them). Thread-safe: it keeps
 * no state between calls.
 */
public final class FastPass implements Validator {

    private static final String INTEGRITY = "INTEGRITY";
    private static final int LISTED = 5;
    private static final int NOT_RELEASED = -1;
    private static final int[] NO_INTS = new int[0];

    /** Creates the fast pass. */
    public FastPass() {
    }

    @Override
    public ValidationReport validate(ExchangeRecord record) {
        Objects.requireNonNull(record, "record");
        return new Pass(record).run();
    }

    /** Returns {@code FastPass}. */
    @Override
    public String toString() {
        return "FastPass";
    }

    /** One validation. */
    private static final class Pass {

        private final ExchangeRecord record;
        private final Agreement agreement;
        private final String p0;
        private final String p1;
        private final LocalDate asOf;
        private final List<Violation> out = new ArrayList<>();
        private final List<Obligation> owed = new ArrayList<>();

        // the listed terms, by kind
        private final List<AllForAllTerm> allForAll = new ArrayList<>();
        private final List<AgeLimitTerm> ageLimits = new ArrayList<>();
        private AgeLimitTerm young;
        private final List<WoundedPriorityTerm> wounded = new ArrayList<>();
        private final List<CadenceTerm> cadence = new ArrayList<>();
        private final List<ParityTerm> parity = new ArrayList<>();
        private final List<SimultaneityTerm> simultaneity = new ArrayList<>();
        private boolean agreedLists;
        private final List<ConsentTerm> consent = new ArrayList<>();
        private boolean eligibility;
        private final List<RemainsTerm> remains = new ArrayList<>();

        // detainees, by index
        private Detainee[] people;
        private HashMap<String, Integer> index;
        private byte[] held; // party index of heldBy: 0, 1, or -1
        private int[] firstBatch; // the batch of the earliest release, or NOT_RELEASED
        private int[] named; // transfers naming the detainee
        private boolean[] youngBasis; // released on basis YOUNG in some transfer
        private byte[] onList; // bit 0: on a list requested by p0, bit 1: by p1

        // batches, by index
        private Batch[] batches;
        private long[] batchDay;
        // transfers, flattened in batch order
        private int[] transferPerson; // detainee index or -1
        private int[] batchStart;

        /** Transfers naming unknown ids: id to the batch indexes, in order. */
        private Map<String, List<Integer>> unknownNamed;
        /** Lists requested by codes that are not parties. */
        private Map<String, Set<String>> otherLists;

        Pass(ExchangeRecord record) {
            this.record = record;
            this.agreement = record.agreement();
            this.p0 = agreement.parties().get(0).code();
            this.p1 = agreement.parties().get(1).code();
            this.asOf = record.asOf();
            for (Term term : agreement.terms()) {
                if (term instanceof AllForAllTerm t) {
                    allForAll.add(t);
                } else if (term instanceof AgeLimitTerm t) {
                    ageLimits.add(t);
                    young = t;
                } else if (term instanceof WoundedPriorityTerm t) {
                    wounded.add(t);
                } else if (term instanceof CadenceTerm t) {
                    cadence.add(t);
                } else if (term instanceof ParityTerm t) {
                    parity.add(t);
                } else if (term instanceof SimultaneityTerm t) {
                    simultaneity.add(t);
                } else if (term instanceof AgreedListsTerm) {
                    agreedLists = true;
                } else if (term instanceof ConsentTerm t) {
                    consent.add(t);
                } else if (term instanceof EligibilityTerm) {
                    eligibility = true;
                } else if (term instanceof RemainsTerm t) {
                    remains.add(t);
                }
            }
        }

        private int party(String code) {
            return code.equals(p0) ? 0 : code.equals(p1) ? 1 : -1;
        }

        private String partyCode(int i) {
            return i == 0 ? p0 : p1;
        }

        private void report(String code, Severity severity, String term, String rule, List<String> subjects,
                            String message) {
            out.add(new Violation(code, severity, subjects, term, rule, message));
        }

        ValidationReport run() {
            indexDetainees();
            indexTransfers();
            indexLists();
            judgeDetainees();
            judgeBatches();
            judgeRest();
            obligations();
            return new ValidationReport(agreement.id(), asOf, out, owed);
        }

        // ------------------------------------------------------------ indexing

        private void indexDetainees() {
            List<Detainee> list = record.detainees();
            int n = list.size();
            people = list.toArray(new Detainee[0]);
            index = new HashMap<>(Math.max(16, (int) (n / 0.7f) + 1), 0.75f);
            held = new byte[n];
            firstBatch = new int[n];
            named = new int[n];
            youngBasis = new boolean[n];
            onList = new byte[n];
            Arrays.fill(firstBatch, NOT_RELEASED);
            for (int i = 0; i < n; i++) {
                Detainee d = people[i];
                index.put(d.id(), i);
                held[i] = (byte) party(d.heldBy());
            }
        }

        private void indexTransfers() {
            List<Batch> list = record.batches();
            int b = list.size();
            batches = list.toArray(new Batch[0]);
            batchDay = new long[b];
            batchStart = new int[b + 1];
            int total = 0;
            for (int k = 0; k < b; k++) {
                batchStart[k] = total;
                total += batches[k].transfers().size();
                batchDay[k] = batches[k].date().toEpochDay();
            }
            batchStart[b] = total;
            transferPerson = new int[total];
            int t = 0;
            for (int k = 0; k < b; k++) {
                Batch batch = batches[k];
                List<Transfer> transfers = batch.transfers();
                for (int j = 0, m = transfers.size(); j < m; j++, t++) {
                    Transfer transfer = transfers.get(j);
                    Integer found = index.get(transfer.detainee());
                    if (found == null) {
                        transferPerson[t] = -1;
                        if (unknownNamed == null) {
                            unknownNamed = new HashMap<>();
                        }
                        unknownNamed.computeIfAbsent(transfer.detainee(), id -> new ArrayList<>()).add(k);
                        report("UNKNOWN_DETAINEE", Severity.ERROR, INTEGRITY,
                                "UNKNOWN_DETAINEE-01 transfer names no known detainee",
                                List.of(batch.id(), transfer.detainee()),
                                "batch " + batch.id() + " transfers " + transfer.detainee()
                                        + ", who is not a known detainee");
                        continue;
                    }
                    int i = found;
                    transferPerson[t] = i;
                    named[i]++;
                    int first = firstBatch[i];
                    if (first == NOT_RELEASED || batchDay[k] < batchDay[first]) {
                        firstBatch[i] = k;
                    }
                    Basis basis = transfer.basis();
                    if (basis == Basis.YOUNG) {
                        youngBasis[i] = true;
                    } else if (eligibility) {
                        eligibility(people[i], batch, basis);
                    }
                }
            }
        }

        private void indexLists() {
            for (DetaineeList list : record.lists()) {
                int p = party(list.requestedBy());
                if (p < 0) {
                    if (otherLists == null) {
                        otherLists = new HashMap<>();
                    }
                    otherLists.computeIfAbsent(list.requestedBy(), c -> new HashSet<>()).addAll(list.detainees());
                    continue;
                }
                byte bit = (byte) (1 << p);
                List<String> ids = list.detainees();
                for (int j = 0, m = ids.size(); j < m; j++) {
                    Integer i = index.get(ids.get(j));
                    if (i != null) {
                        onList[i] |= bit;
                    }
                }
            }
        }

        // ------------------------------------------------------------ per detainee

        private static boolean isPriority(Condition condition) {
            return condition == Condition.SERIOUSLY_WOUNDED || condition == Condition.SERIOUSLY_ILL;
        }

        /** Completed years from birth to at, as {@code Period.between(birth, at).getYears()}. */
        private static int age(LocalDate birth, LocalDate at) {
            if (at.isBefore(birth)) {
                return Period.between(birth, at).getYears();
            }
            int years = at.getYear() - birth.getYear();
            int m = at.getMonthValue() - birth.getMonthValue();
            if (m < 0 || m == 0 && at.getDayOfMonth() < birth.getDayOfMonth()) {
                years--;
            }
            return years;
        }

        private LocalDate released(int i) {
            int k = firstBatch[i];
            return k == NOT_RELEASED ? null : batches[k].date();
        }

        private LocalDate referenceDate(AgeLimitTerm term, int i) {
            return switch (term.referenceDate().mode()) {
                case AGREEMENT_DATE -> agreement.signedOn();
                case EXCHANGE_DATE -> {
                    LocalDate released = released(i);
                    yield released == null ? asOf : released;
                }
                case FIXED -> term.referenceDate().fixed().orElseThrow();
            };
        }

        private boolean isYoung(Detainee d, int i) {
            if (young == null || d.birthDate().isEmpty()) {
                return false;
            }
            int age = age(d.birthDate().get(), referenceDate(young, i));
            return young.minAge() <= age && age < young.maxAgeExclusive();
        }

        private void judgeDetainees() {
            boolean anyAllForAll = false;
            for (AllForAllTerm term : allForAll) {
                anyAllForAll |= !asOf.isBefore(term.completeBy());
            }
            boolean anyConsent = !consent.isEmpty();
            boolean anyAge = !ageLimits.isEmpty();
            for (int i = 0, n = people.length; i < n; i++) {
                Detainee d = people[i];
                if (held[i] < 0 || d.returnTo().isPresent() && party(d.returnTo().get()) < 0) {
                    unknownParty(d);
                }
                if (named[i] > 1) {
                    duplicate(d.id(), named[i], batchesNaming(i));
                }
                boolean released = firstBatch[i] != NOT_RELEASED;
                if (anyAllForAll && d.consent() != Consent.DECLINED) {
                    allForAll(d, i);
                }
                if (anyAge && youngBasis[i]) {
                    for (AgeLimitTerm term : ageLimits) {
                        ageLimit(term, d, i);
                    }
                }
                if (!released) {
                    continue;
                }
                if (agreedLists) {
                    agreedLists(d, i);
                }
                if (anyConsent) {
                    Consent c = d.consent();
                    if (c == Consent.DECLINED) {
                        report("CONSENT_DECLINED", Severity.ERROR, ConsentTerm.TYPE,
                                "CONSENT_DECLINED-01 released although they declined", List.of(d.id()),
                                d.id() + " was released on " + released(i)
                                        + " although they declined repatriation (GC III Art. 109(3))");
                    } else if (c == Consent.UNKNOWN) {
                        for (ConsentTerm term : consent) {
                            if (term.requireRecorded()) {
                                report("CONSENT_UNKNOWN", Severity.WARNING, ConsentTerm.TYPE,
                                        "CONSENT_UNKNOWN-01 released with no recorded consent", List.of(d.id()),
                                        d.id() + " was released on " + released(i) + " with no recorded consent");
                                break;
                            }
                        }
                    }
                }
            }
            if (unknownNamed != null) {
                for (Map.Entry<String, List<Integer>> e : unknownNamed.entrySet()) {
                    if (e.getValue().size() > 1) {
                        duplicate(e.getKey(), e.getValue().size(), e.getValue());
                    }
                }
            }
        }

        /** The batches whose transfers name detainee i (rare: only for duplicates). */
        private List<Integer> batchesNaming(int i) {
            List<Integer> found = new ArrayList<>();
            for (int k = 0; k < batches.length; k++) {
                for (int t = batchStart[k]; t < batchStart[k + 1]; t++) {
                    if (transferPerson[t] == i) {
                        found.add(k);
                    }
                }
            }
            return found;
        }

        private void duplicate(String id, int count, List<Integer> batchIndexes) {
            Set<String> ids = new TreeSet<>();
            for (int k : batchIndexes) {
                ids.add(batches[k].id());
            }
            report("DUPLICATE_TRANSFER", Severity.ERROR, INTEGRITY,
                    "DUPLICATE_TRANSFER-01 detainee named in more than one transfer", List.of(id),
                    id + " is named in " + count + " transfers (batches " + sortedList(ids, 10) + ")");
        }

        private void unknownParty(Detainee d) {
            List<String> unknown = new ArrayList<>(2);
            if (party(d.heldBy()) < 0) {
                unknown.add("heldBy \"" + d.heldBy() + "\"");
            }
            if (d.returnTo().isPresent() && party(d.returnTo().get()) < 0) {
                unknown.add("returnTo \"" + d.returnTo().get() + "\"");
            }
            report("UNKNOWN_PARTY", Severity.ERROR, INTEGRITY,
                    "UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement",
                    List.of(d.id()), "detainee " + d.id() + ": " + notParties(unknown));
        }

        private String notParties(List<String> fields) {
            return String.join(" and ", fields) + (fields.size() == 1 ? " is not a party" : " are not parties")
                    + " to the agreement (" + p0 + ", " + p1 + ")";
        }

        private void allForAll(Detainee d, int i) {
            Condition condition = d.condition();
            boolean civilian = d.status() == Status.CIVILIAN;
            int youngKnown = 0; // 0 not computed, 1 young, 2 not young
            for (AllForAllTerm term : allForAll) {
                if (asOf.isBefore(term.completeBy())) {
                    continue;
                }
                Set<Category> categories = term.categories();
                boolean c = civilian && categories.contains(Category.CIVILIAN);
                boolean ill = condition == Condition.SERIOUSLY_ILL && categories.contains(Category.SERIOUSLY_ILL);
                boolean wound = condition == Condition.SERIOUSLY_WOUNDED
                        && categories.contains(Category.SERIOUSLY_WOUNDED);
                boolean y = false;
                if (categories.contains(Category.YOUNG)) {
                    if (youngKnown == 0) {
                        youngKnown = isYoung(d, i) ? 1 : 2;
                    }
                    y = youngKnown == 1;
                }
                if (!(c || ill || wound || y)) {
                    continue;
                }
                int k = firstBatch[i];
                if (k != NOT_RELEASED && !batches[k].date().isAfter(term.completeBy())) {
                    continue;
                }
                // the category names in sorted order
                StringBuilder who = new StringBuilder(d.id()).append(" (");
                String sep = "";
                if (c) {
                    who.append("CIVILIAN");
                    sep = ", ";
                }
                if (ill) {
                    who.append(sep).append("SERIOUSLY_ILL");
                    sep = ", ";
                }
                if (wound) {
                    who.append(sep).append("SERIOUSLY_WOUNDED");
                    sep = ", ";
                }
                if (y) {
                    who.append(sep).append("YOUNG");
                }
                who.append(')');
                if (k == NOT_RELEASED) {
                    report("ALL_FOR_ALL", Severity.ERROR, AllForAllTerm.TYPE,
                            "ALL_FOR_ALL-01 covered detainee never released", List.of(d.id()),
                            who + " was not released by " + term.completeBy());
                } else {
                    report("ALL_FOR_ALL", Severity.ERROR, AllForAllTerm.TYPE,
                            "ALL_FOR_ALL-02 covered detainee released after completeBy", List.of(d.id()),
                            who + " was released on " + batches[k].date() + ", after the deadline "
                                    + term.completeBy());
                }
            }
        }

        private void ageLimit(AgeLimitTerm term, Detainee d, int i) {
            if (d.birthDate().isEmpty()) {
                report("AGE_UNKNOWN", Severity.WARNING, AgeLimitTerm.TYPE,
                        "AGE_UNKNOWN-01 released on basis YOUNG with no birth date", List.of(d.id()),
                        d.id() + ", released on basis YOUNG, has no birth date: the age limit cannot be checked");
                return;
            }
            LocalDate birth = d.birthDate().get();
            LocalDate reference = referenceDate(term, i);
            int age = age(birth, reference);
            if (age < term.minAge() || age >= term.maxAgeExclusive()) {
                report("AGE_LIMIT", Severity.ERROR, AgeLimitTerm.TYPE,
                        "AGE_LIMIT-01 released on basis YOUNG outside the age range", List.of(d.id()),
                        d.id() + ", released on basis YOUNG, was " + age + " on the reference date " + reference
                                + " (born " + birth + ")");
            }
        }

        private void agreedLists(Detainee d, int i) {
            String home;
            int homeParty;
            if (d.returnTo().isPresent()) {
                home = d.returnTo().get();
                homeParty = party(home);
            } else if (held[i] >= 0) {
                homeParty = 1 - held[i];
                home = partyCode(homeParty);
            } else {
                report("NOT_ON_LIST", Severity.ERROR, AgreedListsTerm.TYPE,
                        "NOT_ON_LIST-02 released with no party to return to", List.of(d.id()),
                        d.id() + " was released on " + released(i)
                                + " but has no known party to return to, so no list covers them");
                return;
            }
            boolean listed = homeParty >= 0 ? (onList[i] & (1 << homeParty)) != 0
                    : otherLists != null && otherLists.getOrDefault(home, Set.of()).contains(d.id());
            if (!listed) {
                report("NOT_ON_LIST", Severity.ERROR, AgreedListsTerm.TYPE,
                        "NOT_ON_LIST-01 released but not on the list of the party they return to", List.of(d.id()),
                        d.id() + " was released on " + released(i) + " but is on no list requested by " + home);
            }
        }

        private void eligibility(Detainee d, Batch batch, Basis basis) {
            switch (basis) {
                case SERIOUSLY_WOUNDED -> {
                    if (d.condition() != Condition.SERIOUSLY_WOUNDED) {
                        report("ELIGIBILITY", Severity.ERROR, EligibilityTerm.TYPE,
                                "ELIGIBILITY-01 released as seriously wounded but not recorded so", List.of(d.id()),
                                d.id() + " was released in batch " + batch.id()
                                        + " on basis SERIOUSLY_WOUNDED but their recorded condition is "
                                        + d.condition());
                    }
                }
                case SERIOUSLY_ILL -> {
                    if (d.condition() != Condition.SERIOUSLY_ILL) {
                        report("ELIGIBILITY", Severity.ERROR, EligibilityTerm.TYPE,
                                "ELIGIBILITY-02 released as seriously ill but not recorded so", List.of(d.id()),
                                d.id() + " was released in batch " + batch.id()
                                        + " on basis SERIOUSLY_ILL but their recorded condition is " + d.condition());
                    }
                }
                case CIVILIAN -> {
                    if (d.status() == Status.MILITARY) {
                        report("ELIGIBILITY", Severity.ERROR, EligibilityTerm.TYPE,
                                "ELIGIBILITY-03 released as a civilian but recorded as military", List.of(d.id()),
                                d.id() + " was released in batch " + batch.id()
                                        + " on basis CIVILIAN but their recorded status is MILITARY");
                    }
                }
                default -> {
                    // YOUNG is the AGE_LIMIT term's to check; OTHER needs no proof.
                }
            }
        }

        // ------------------------------------------------------------ per batch

        private void judgeBatches() {
            int n = people.length;
            int[] seenInBatch = new int[n]; // batch index + 1 of the last batch that named the detainee
            int[][] parityStamp = new int[parity.size()][];
            boolean[][] parityTotal = new boolean[parity.size()][];
            int[][] parityTotalCount = new int[parity.size()][2];
            for (int p = 0; p < parity.size(); p++) {
                if (parity.get(p).scope() == ParityScope.PER_BATCH) {
                    parityStamp[p] = new int[n];
                } else {
                    parityTotal[p] = new boolean[n];
                }
            }
            PriorityHeld[] priority = wounded.isEmpty() ? null : new PriorityHeld[] {priorityHeld(0), priorityHeld(1)};
            int[] parityCount = new int[2 * parity.size()];
            for (int k = 0; k < batches.length; k++) {
                Batch batch = batches[k];
                boolean counted = !batch.unilateral();
                int nonPriority0 = 0;
                int nonPriority1 = 0;
                boolean present0 = false;
                boolean present1 = false;
                Instant first0 = null;
                Instant first1 = null;
                Arrays.fill(parityCount, 0);
                List<Transfer> transfers = batch.transfers();
                for (int t = batchStart[k], j = 0; t < batchStart[k + 1]; t++, j++) {
                    int i = transferPerson[t];
                    if (i < 0) {
                        continue;
                    }
                    int h = held[i];
                    if (h < 0) {
                        continue;
                    }
                    boolean firstInBatch = seenInBatch[i] != k + 1;
                    seenInBatch[i] = k + 1;
                    if (firstInBatch && !isPriority(people[i].condition())) {
                        if (h == 0) {
                            nonPriority0++;
                        } else {
                            nonPriority1++;
                        }
                    }
                    if (!counted) {
                        continue;
                    }
                    Transfer transfer = transfers.get(j);
                    Instant at = transfer.at().orElse(null);
                    if (h == 0) {
                        present0 = true;
                        if (at != null && (first0 == null || at.isBefore(first0))) {
                            first0 = at;
                        }
                    } else {
                        present1 = true;
                        if (at != null && (first1 == null || at.isBefore(first1))) {
                            first1 = at;
                        }
                    }
                    for (int p = 0; p < parityStamp.length; p++) {
                        ParityTerm term = parity.get(p);
                        if (term.exempt().contains(transfer.basis())) {
                            continue;
                        }
                        if (parityStamp[p] != null) {
                            if (parityStamp[p][i] != k + 1) {
                                parityStamp[p][i] = k + 1;
                                parityCount[2 * p + h]++;
                            }
                        } else if (!parityTotal[p][i]) {
                            parityTotal[p][i] = true;
                            parityTotalCount[p][h]++;
                        }
                    }
                }
                if (priority != null) {
                    if (nonPriority0 > 0) {
                        priority[0].judge(batch, batchDay[k], nonPriority0);
                    }
                    if (nonPriority1 > 0) {
                        priority[1].judge(batch, batchDay[k], nonPriority1);
                    }
                }
                if (!counted) {
                    continue;
                }
                for (int p = 0; p < parityStamp.length; p++) {
                    if (parityStamp[p] != null && parityCount[2 * p] != parityCount[2 * p + 1]) {
                        report("PARITY", Severity.ERROR, ParityTerm.TYPE,
                                "PARITY-01 parties released different numbers in a batch", List.of(batch.id()),
                                "in batch " + batch.id() + " (" + batch.date() + ") " + p0 + " released "
                                        + count(parityCount[2 * p], "detainee") + " and " + p1 + " released "
                                        + parityCount[2 * p + 1] + exempt(parity.get(p)));
                    }
                }
                if (!simultaneity.isEmpty()) {
                    simultaneity(batch, present0, present1, first0, first1);
                }
            }
            for (int p = 0; p < parityTotal.length; p++) {
                if (parityTotal[p] != null && parityTotalCount[p][0] != parityTotalCount[p][1]) {
                    report("PARITY", Severity.ERROR, ParityTerm.TYPE,
                            "PARITY-02 parties released different numbers in total", List.of(agreement.id()),
                            "in all batches that are not unilateral, " + p0 + " released "
                                    + count(parityTotalCount[p][0], "detainee") + " and " + p1 + " released "
                                    + parityTotalCount[p][1] + exempt(parity.get(p)));
                }
            }
        }

        private static String exempt(ParityTerm term) {
            if (term.exempt().isEmpty()) {
                return "";
            }
            Set<String> names = new TreeSet<>();
            for (Basis b : term.exempt()) {
                names.add(b.name());
            }
            return " (not counting " + String.join(", ", names) + ")";
        }

        private void simultaneity(Batch batch, boolean present0, boolean present1, Instant first0, Instant first1) {
            if (present0 != present1) {
                String only = present0 ? p0 : p1;
                // the oracle keys the parties in a sorted map; with one key, that key
                for (int s = 0; s < simultaneity.size(); s++) {
                    report("SIMULTANEITY", Severity.ERROR, SimultaneityTerm.TYPE,
                            "SIMULTANEITY-01 only one party released in a batch", List.of(batch.id()),
                            "in batch " + batch.id() + " (" + batch.date() + ") only " + only
                                    + " released detainees");
                }
                return;
            }
            if (!present0 || first0 == null || first1 == null) {
                return;
            }
            Duration gap = Duration.between(first0, first1).abs();
            for (SimultaneityTerm term : simultaneity) {
                if (gap.compareTo(Duration.ofMinutes(term.windowMinutes())) > 0) {
                    report("SIMULTANEITY", Severity.ERROR, SimultaneityTerm.TYPE,
                            "SIMULTANEITY-02 first handovers of the parties too far apart", List.of(batch.id()),
                            "in batch " + batch.id() + " (" + batch.date() + ") the first handovers of " + p0 + " ("
                                    + first0 + ") and " + p1 + " (" + first1 + ") are " + minutes(gap)
                                    + " apart, more than the " + count(term.windowMinutes(), "minute") + " allowed");
                }
            }
        }

        /** The priority detainees a party holds who want to go home, sorted by id. */
        private PriorityHeld priorityHeld(int party) {
            int count = 0;
            for (int i = 0; i < people.length; i++) {
                if (held[i] == party && isPriority(people[i].condition()) && people[i].consent() != Consent.DECLINED) {
                    count++;
                }
            }
            Integer[] order = new Integer[count];
            int c = 0;
            for (int i = 0; i < people.length; i++) {
                if (held[i] == party && isPriority(people[i].condition()) && people[i].consent() != Consent.DECLINED) {
                    order[c++] = i;
                }
            }
            Arrays.sort(order, (a, b) -> people[a].id().compareTo(people[b].id()));
            String[] ids = new String[count];
            long[] releasedDay = new long[count];
            for (int j = 0; j < count; j++) {
                int i = order[j];
                ids[j] = people[i].id();
                releasedDay[j] = firstBatch[i] == NOT_RELEASED ? Long.MAX_VALUE : batchDay[firstBatch[i]];
            }
            long[] byDay = releasedDay.clone();
            Arrays.sort(byDay);
            return new PriorityHeld(partyCode(party), ids, releasedDay, byDay);
        }

        /** One party's priority detainees: ids sorted, and their first release days. */
        private final class PriorityHeld {
            private final String party;
            private final String[] ids;
            private final long[] releasedDay;
            private final long[] sortedDays;

            PriorityHeld(String party, String[] ids, long[] releasedDay, long[] sortedDays) {
                this.party = party;
                this.ids = ids;
                this.releasedDay = releasedDay;
                this.sortedDays = sortedDays;
            }

            void judge(Batch batch, long day, int nonPriority) {
                // how many are not released on or before day: those with a release day after it
                int lo = 0;
                int hi = sortedDays.length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (sortedDays[mid] <= day) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                int stillHeld = sortedDays.length - lo;
                if (stillHeld == 0) {
                    return;
                }
                List<String> first = new ArrayList<>(LISTED);
                for (int j = 0; j < ids.length && first.size() < LISTED; j++) {
                    if (releasedDay[j] > day) {
                        first.add(ids[j]);
                    }
                }
                String list = String.join(", ", first) + (stillHeld > LISTED ? " and " + (stillHeld - LISTED) + " more"
                        : "");
                for (WoundedPriorityTerm term : wounded) {
                    report("WOUNDED_PRIORITY", term.strict() ? Severity.ERROR : Severity.WARNING,
                            WoundedPriorityTerm.TYPE,
                            "WOUNDED_PRIORITY-01 non-priority release while priority detainees are held",
                            List.of(batch.id(), party),
                            "in batch " + batch.id() + " (" + batch.date() + ") " + party + " released "
                                    + count(nonPriority, "detainee")
                                    + " without a priority condition while still holding "
                                    + count(stillHeld, "priority detainee") + " not released by then (" + list + ")");
                }
            }
        }

        // ------------------------------------------------------------ the rest

        private void judgeRest() {
            for (Remains r : record.remains()) {
                boolean from = party(r.from()) >= 0;
                boolean to = party(r.to()) >= 0;
                if (!from || !to) {
                    List<String> unknown = new ArrayList<>(2);
                    if (!from) {
                        unknown.add("from \"" + r.from() + "\"");
                    }
                    if (!to) {
                        unknown.add("to \"" + r.to() + "\"");
                    }
                    report("UNKNOWN_PARTY", Severity.ERROR, INTEGRITY,
                            "UNKNOWN_PARTY-02 remains handed over from or to a party not in the agreement",
                            List.of(r.id()), "remains " + r.id() + ": " + notParties(unknown));
                }
            }
            for (CadenceTerm term : cadence) {
                Set<LocalDate> batchDates = new HashSet<>();
                for (Batch batch : batches) {
                    batchDates.add(batch.date());
                }
                Set<LocalDate> scheduled = new HashSet<>(term.schedule().dates());
                for (LocalDate date : term.schedule().dates()) {
                    if (!date.isAfter(asOf) && !batchDates.contains(date)) {
                        report("CADENCE_MISSED", term.severity(), CadenceTerm.TYPE,
                                "CADENCE_MISSED-01 scheduled date with no batch", List.of(date.toString()),
                                "no batch on the scheduled date " + date);
                    }
                }
                for (Batch batch : batches) {
                    if (!scheduled.contains(batch.date())) {
                        report("CADENCE_UNSCHEDULED", term.severity(), CadenceTerm.TYPE,
                                "CADENCE_UNSCHEDULED-01 batch on a date not scheduled", List.of(batch.id()),
                                "batch " + batch.id() + " on " + batch.date() + " is not on the schedule");
                    }
                }
            }
            for (RemainsTerm term : remains) {
                if (asOf.isBefore(term.completeBy())) {
                    continue;
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
        }

        // ------------------------------------------------------------ obligations

        /** What is still owed as of asOf, as the oracle says it. */
        private void obligations() {
            boolean anyOpen = false;
            for (AllForAllTerm term : allForAll) {
                anyOpen |= asOf.isBefore(term.completeBy());
            }
            if (anyOpen || !wounded.isEmpty()) {
                for (int i = 0; i < people.length; i++) {
                    Detainee d = people[i];
                    if (d.consent() == Consent.DECLINED) {
                        continue;
                    }
                    LocalDate released = released(i);
                    boolean stillHeld = released == null || released.isAfter(asOf);
                    if (!stillHeld) {
                        continue;
                    }
                    if (anyOpen) {
                        release(d, i);
                    }
                    if (isPriority(d.condition())) {
                        for (int w = 0; w < wounded.size(); w++) {
                            owed.add(Obligation.of("PRIORITY_RELEASE", WoundedPriorityTerm.TYPE, List.of(d.id()),
                                    "WOUNDED_PRIORITY-02 priority detainee still held", d.heldBy() + " still holds "
                                            + d.id() + " (" + d.condition() + "), to be released before anyone "
                                            + "without a priority condition").withParty(d.heldBy()));
                        }
                    }
                }
            }
            for (CadenceTerm term : cadence) {
                for (LocalDate date : term.schedule().dates()) {
                    if (date.isAfter(asOf)) {
                        owed.add(Obligation.of("STAGE", CadenceTerm.TYPE, List.of(date.toString()),
                                "CADENCE-01 scheduled date still ahead", "a stage of the exchange is scheduled on "
                                        + date).withDue(date));
                    }
                }
            }
            for (ParityTerm term : parity) {
                if (term.scope() != ParityScope.PER_BATCH) {
                    balance(term);
                }
            }
            for (RemainsTerm term : remains) {
                if (!asOf.isBefore(term.completeBy())) {
                    continue;
                }
                long soFar = 0;
                for (Remains r : record.remains()) {
                    if (r.from().equals(term.from()) && !r.date().isAfter(asOf)) {
                        soFar += r.count();
                    }
                }
                if (soFar < term.commitment()) {
                    long left = term.commitment() - soFar;
                    owed.add(Obligation.of("REMAINS", RemainsTerm.TYPE, List.of(agreement.id()),
                            "REMAINS-01 remains still owed", term.from() + " owes " + count(left, "body", "bodies")
                                    + " by " + term.completeBy() + " (" + soFar + " of the " + term.commitment()
                                    + " committed handed over so far)")
                            .withParty(term.from()).withDue(term.completeBy()).withCount(left));
                }
            }
        }

        /** RELEASE for each ALL_FOR_ALL term still open that covers detainee i, not released by asOf. */
        private void release(Detainee d, int i) {
            int youngKnown = 0; // 0 not computed, 1 young, 2 not young
            for (AllForAllTerm term : allForAll) {
                if (!asOf.isBefore(term.completeBy())) {
                    continue;
                }
                Set<Category> categories = term.categories();
                boolean c = d.status() == Status.CIVILIAN && categories.contains(Category.CIVILIAN);
                boolean ill = d.condition() == Condition.SERIOUSLY_ILL && categories.contains(Category.SERIOUSLY_ILL);
                boolean wound = d.condition() == Condition.SERIOUSLY_WOUNDED
                        && categories.contains(Category.SERIOUSLY_WOUNDED);
                boolean y = false;
                if (categories.contains(Category.YOUNG)) {
                    if (youngKnown == 0) {
                        youngKnown = isYoung(d, i) ? 1 : 2;
                    }
                    y = youngKnown == 1;
                }
                if (!(c || ill || wound || y)) {
                    continue;
                }
                List<String> names = new ArrayList<>(4);
                if (c) {
                    names.add("CIVILIAN");
                }
                if (ill) {
                    names.add("SERIOUSLY_ILL");
                }
                if (wound) {
                    names.add("SERIOUSLY_WOUNDED");
                }
                if (y) {
                    names.add("YOUNG");
                }
                owed.add(Obligation.of("RELEASE", AllForAllTerm.TYPE, List.of(d.id()),
                                "ALL_FOR_ALL-03 covered detainee still to be released",
                                d.heldBy() + " must release " + d.id() + " (" + String.join(", ", names) + ") by "
                                        + term.completeBy())
                        .withParty(d.heldBy()).withDue(term.completeBy()));
            }
        }

        /** BALANCE of a TOTAL parity term: the releases counted so far, each detainee once per party. */
        private void balance(ParityTerm term) {
            boolean[] counted = new boolean[people.length];
            int[] released = new int[2];
            for (int k = 0; k < batches.length; k++) {
                Batch batch = batches[k];
                if (batch.unilateral() || batch.date().isAfter(asOf)) {
                    continue;
                }
                List<Transfer> transfers = batch.transfers();
                for (int t = batchStart[k], j = 0; t < batchStart[k + 1]; t++, j++) {
                    int i = transferPerson[t];
                    if (i < 0 || held[i] < 0 || counted[i] || term.exempt().contains(transfers.get(j).basis())) {
                        continue;
                    }
                    counted[i] = true;
                    released[held[i]]++;
                }
            }
            int first = released[0];
            int second = released[1];
            if (first != second) {
                String owing = first < second ? p0 : p1;
                long left = Math.abs(first - second);
                owed.add(Obligation.of("BALANCE", ParityTerm.TYPE, List.of(agreement.id()),
                        "PARITY-03 running balance of releases", owing + " owes " + count(left, "release")
                                + " to even the balance: so far " + p0 + " released " + count(first, "detainee")
                                + " and " + p1 + " released " + second + exempt(term))
                        .withParty(owing).withCount(left));
            }
        }

        // ------------------------------------------------------------ message pieces

        private static String count(long n, String noun) {
            return count(n, noun, noun + "s");
        }

        private static String count(long n, String noun, String plural) {
            return n + " " + (n == 1 ? noun : plural);
        }

        private static String sortedList(Collection<String> ids, int limit) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
            if (sorted.size() <= limit) {
                return String.join(", ", sorted);
            }
            return String.join(", ", sorted.subList(0, limit)) + " and " + (sorted.size() - limit) + " more";
        }

        private static String minutes(Duration gap) {
            long seconds = gap.getSeconds();
            String whole = count(seconds / 60, "minute");
            return seconds % 60 == 0 ? whole : whole + " " + count(seconds % 60, "second");
        }
    }
}
