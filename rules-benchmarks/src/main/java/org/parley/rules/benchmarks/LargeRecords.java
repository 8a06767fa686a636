package org.parley.rules.benchmarks;

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
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * Large exchange records for the benchmarks: every term on, a month of daily stages, and a
 * sprinkling of every kind of violation, so that every rule has work to do. Deterministic:
 * the same size gives the same record.
 *
 * <p>Detainees alternate between the parties; about 90% are released, two by two into one
 * of 30 daily batches; one in 20 is seriously wounded, one in 20 seriously ill, one in three
 * young; a few declined, a few have no recorded consent, a few are on no list, a few are
 * released on a basis the record does not bear out.
 */
public final class LargeRecords {

    static final LocalDate SIGNED_ON = LocalDate.of(2025, 6, 2);
    static final LocalDate FIRST_STAGE = LocalDate.of(2025, 6, 9);
    static final int STAGES = 30;

    private LargeRecords() {
    }

    /** The agreement of every large record: all ten built-in terms. */
    public static Agreement agreement() {
        return new Agreement("benchmark", "benchmark: every term", SIGNED_ON,
                List.of(new Party("UA", "Ukraine"), new Party("RU", "Russia")), ZoneId.of("Europe/Kyiv"),
                Optional.of(FIRST_STAGE.plusDays(STAGES + 1)),
                List.of(new AllForAllTerm(EnumSet.of(Category.SERIOUSLY_WOUNDED, Category.SERIOUSLY_ILL, Category.YOUNG),
                                FIRST_STAGE.plusDays(STAGES)),
                        new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE),
                        new WoundedPriorityTerm(false),
                        new CadenceTerm(Schedule.daily(FIRST_STAGE, FIRST_STAGE.plusDays(STAGES - 1)), Severity.WARNING),
                        new ParityTerm(ParityScope.PER_BATCH, Set.of(Basis.SERIOUSLY_WOUNDED, Basis.SERIOUSLY_ILL)),
                        new SimultaneityTerm(120),
                        new AgreedListsTerm(),
                        new ConsentTerm(true),
                        new EligibilityTerm(),
                        new RemainsTerm("RU", 6000, LocalDate.of(2025, 6, 16))));
    }

    static String id(int i) {
        return (i % 2 == 0 ? "UA-" : "RU-") + i;
    }

    static Detainee detainee(int i) {
        String heldBy = i % 2 == 0 ? "RU" : "UA";
        Condition condition = switch (i % 20) {
            case 0 -> Condition.SERIOUSLY_WOUNDED;
            case 1 -> Condition.SERIOUSLY_ILL;
            case 2, 3 -> Condition.WOUNDED;
            default -> Condition.HEALTHY;
        };
        Consent consent = i % 97 == 0 ? Consent.DECLINED : i % 89 == 0 ? Consent.UNKNOWN : Consent.CONSENTED;
        LocalDate birth = i % 3 == 0 ? LocalDate.of(2003, 1 + i % 12, 1 + i % 28) : LocalDate.of(1990, 1 + i % 12, 1);
        Detainee d = new Detainee(id(i), Optional.empty(), heldBy, Optional.empty(),
                i % 50 == 7 ? Status.CIVILIAN : Status.MILITARY, i % 211 == 5 ? Optional.empty() : Optional.of(birth),
                condition, consent);
        return d;
    }

    static boolean released(int i) {
        return i % 10 != 9;
    }

    static int stage(int i) {
        return (i / 2) % STAGES;
    }

    static Transfer transfer(int i, LocalDate date) {
        Detainee d = detainee(i);
        Basis basis = switch (d.condition()) {
            case SERIOUSLY_WOUNDED -> Basis.SERIOUSLY_WOUNDED;
            case SERIOUSLY_ILL -> Basis.SERIOUSLY_ILL;
            default -> i % 3 == 0 ? Basis.YOUNG : i % 50 == 7 ? Basis.CIVILIAN : i % 401 == 0 ? Basis.SERIOUSLY_ILL
                    : Basis.OTHER;
        };
        Instant at = date.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(60L * (i % 90));
        return Transfer.of(id(i), basis, at);
    }

    /** A record of the given number of detainees. */
    public static ExchangeRecord record(int detainees) {
        List<Detainee> people = new ArrayList<>(detainees);
        List<List<Transfer>> stages = new ArrayList<>(STAGES);
        for (int s = 0; s < STAGES; s++) {
            stages.add(new ArrayList<>());
        }
        List<String> uaList = new ArrayList<>();
        List<String> ruList = new ArrayList<>();
        for (int i = 0; i < detainees; i++) {
            people.add(detainee(i));
            if (released(i)) {
                int s = stage(i);
                stages.get(s).add(transfer(i, FIRST_STAGE.plusDays(s)));
            }
            if (i % 101 != 3) {
                (i % 2 == 0 ? uaList : ruList).add(id(i));
            }
        }
        List<Batch> batches = new ArrayList<>(STAGES);
        for (int s = 0; s < STAGES; s++) {
            // One stage off the schedule, and one scheduled day missed.
            int day = s == STAGES - 1 ? STAGES + 1 : s;
            batches.add(Batch.of("B" + s, FIRST_STAGE.plusDays(day), stages.get(s)));
        }
        List<Remains> remains = List.of(
                new Remains("R1", LocalDate.of(2025, 6, 11), "RU", "UA", 1212),
                new Remains("R2", LocalDate.of(2025, 6, 11), "UA", "RU", 27),
                new Remains("R3", LocalDate.of(2025, 6, 14), "RU", "UA", 2400));
        return new ExchangeRecord(agreement(), people, batches,
                List.of(new DetaineeList("UA", uaList), new DetaineeList("RU", ruList)), remains);
    }

    /**
     * A batch of {@code size} transfers of detainees that {@link #record(int)} leaves
     * unreleased, for the incremental benchmark.
     */
    public static Batch extraBatch(int detainees, int size, String id) {
        List<Transfer> transfers = new ArrayList<>(size);
        LocalDate date = FIRST_STAGE.plusDays(STAGES - 2);
        for (int i = 0; i < detainees && transfers.size() < size; i++) {
            if (!released(i)) {
                transfers.add(transfer(i, date));
            }
        }
        return Batch.of(id, date, transfers);
    }
}
