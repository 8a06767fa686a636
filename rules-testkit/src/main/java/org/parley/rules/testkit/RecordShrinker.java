package org.parley.rules.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;

/**
 * Shrinks a failing record further than QuickTheories' shrinking of its draws: removes
 * batches, detainees (with their transfers and list entries), remains, lists, transfers and
 * terms one at a time, keeping each removal after which the property still fails, until no
 * removal is kept or the budget of property runs is spent. Every record it tries is one a
 * scenario file can hold (no ALL_FOR_ALL covering YOUNG without an AGE_LIMIT term).
 */
final class RecordShrinker {

    private final Predicate<ExchangeRecord> fails;
    private int budget;

    private RecordShrinker(Predicate<ExchangeRecord> fails, int budget) {
        this.fails = fails;
        this.budget = budget;
    }

    /**
     * The smallest record found from {@code start} on which the property still fails.
     *
     * @param start  a record on which it fails
     * @param fails  whether the property fails on a record
     * @param budget the most property runs to spend
     */
    static ExchangeRecord shrink(ExchangeRecord start, Predicate<ExchangeRecord> fails, int budget) {
        return new RecordShrinker(fails, budget).run(start);
    }

    private ExchangeRecord run(ExchangeRecord start) {
        ExchangeRecord current = start;
        boolean shrunk = true;
        while (shrunk && budget > 0) {
            shrunk = false;
            for (Function<ExchangeRecord, List<ExchangeRecord>> step : List.<Function<ExchangeRecord,
                    List<ExchangeRecord>>>of(RecordShrinker::withoutABatch, RecordShrinker::withoutADetainee,
                    RecordShrinker::withoutRemains, RecordShrinker::withoutAList, RecordShrinker::withoutATransfer,
                    RecordShrinker::withoutATerm)) {
                Optional<ExchangeRecord> smaller = firstFailing(step.apply(current));
                if (smaller.isPresent()) {
                    current = smaller.get();
                    shrunk = true;
                    break;
                }
            }
        }
        return current;
    }

    private Optional<ExchangeRecord> firstFailing(List<ExchangeRecord> candidates) {
        for (ExchangeRecord candidate : candidates) {
            if (budget <= 0) {
                return Optional.empty();
            }
            budget--;
            if (fails.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static <T> List<T> without(List<T> items, int index) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(index);
        return copy;
    }

    private static List<ExchangeRecord> withoutABatch(ExchangeRecord r) {
        List<ExchangeRecord> out = new ArrayList<>();
        for (int i = 0; i < r.batches().size(); i++) {
            out.add(r.withBatches(without(r.batches(), i)));
        }
        return out;
    }

    private static List<ExchangeRecord> withoutADetainee(ExchangeRecord r) {
        List<ExchangeRecord> out = new ArrayList<>();
        for (int i = 0; i < r.detainees().size(); i++) {
            String id = r.detainees().get(i).id();
            List<Batch> batches = r.batches().stream().map(b -> new Batch(b.id(), b.date(), b.unilateral(),
                    b.transfers().stream().filter(t -> !t.detainee().equals(id)).toList())).toList();
            List<DetaineeList> lists = r.lists().stream().map(l -> new DetaineeList(l.requestedBy(),
                    l.detainees().stream().filter(d -> !d.equals(id)).toList())).toList();
            out.add(r.withDetainees(without(r.detainees(), i)).withBatches(batches).withLists(lists));
        }
        return out;
    }

    private static List<ExchangeRecord> withoutRemains(ExchangeRecord r) {
        List<ExchangeRecord> out = new ArrayList<>();
        for (int i = 0; i < r.remains().size(); i++) {
            out.add(r.withRemains(without(r.remains(), i)));
        }
        return out;
    }

    private static List<ExchangeRecord> withoutAList(ExchangeRecord r) {
        List<ExchangeRecord> out = new ArrayList<>();
        for (int i = 0; i < r.lists().size(); i++) {
            out.add(r.withLists(without(r.lists(), i)));
        }
        return out;
    }

    private static List<ExchangeRecord> withoutATransfer(ExchangeRecord r) {
        List<ExchangeRecord> out = new ArrayList<>();
        for (int b = 0; b < r.batches().size(); b++) {
            Batch batch = r.batches().get(b);
            for (int t = 0; t < batch.transfers().size(); t++) {
                List<Transfer> transfers = without(batch.transfers(), t);
                List<Batch> batches = new ArrayList<>(r.batches());
                batches.set(b, new Batch(batch.id(), batch.date(), batch.unilateral(), transfers));
                out.add(r.withBatches(batches));
            }
        }
        return out;
    }

    private static List<ExchangeRecord> withoutATerm(ExchangeRecord r) {
        List<ExchangeRecord> out = new ArrayList<>();
        List<Term> terms = r.agreement().terms();
        for (int i = 0; i < terms.size(); i++) {
            List<Term> fewer = without(terms, i);
            if (readable(fewer)) {
                out.add(r.withAgreement(r.agreement().withTerms(fewer)));
            }
        }
        return out;
    }

    /** Whether a scenario file can hold these terms: YOUNG is covered only with an AGE_LIMIT term. */
    private static boolean readable(List<Term> terms) {
        boolean ageLimit = terms.stream().anyMatch(t -> t instanceof AgeLimitTerm);
        return ageLimit || terms.stream().noneMatch(t -> t instanceof AllForAllTerm a
                && a.categories().contains(Category.YOUNG));
    }

    /** "3 detainees, 2 batches, 1 list, 0 remains, 4 terms". */
    static String size(ExchangeRecord r) {
        return count(r.detainees().size(), "detainee") + ", " + count(r.batches().size(), "batch") + " ("
                + count(r.batches().stream().mapToInt(b -> b.transfers().size()).sum(), "transfer") + "), "
                + count(r.lists().size(), "list") + ", " + r.remains().size() + " remains, "
                + count(r.agreement().terms().size(), "term");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("ch") ? "es" : "s");
    }
}
