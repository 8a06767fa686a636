package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.drools.internal.DroolsValidator;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.WoundedPriorityTerm;
import org.parley.rules.testkit.ParleyRandom;

/**
 * Load and leaks: what docs/reliability.md reports. The defaults keep the class to a few
 * seconds in every build (the open-session count is exact at any size; the heap bound catches
 * a leak of about 1.3 KB per validation or more); the counts can be raised with
 * -Dparley.load.validations, -Dparley.leak.validations and -Dparley.leak.sessions for a long
 * campaign (docs/testing.md).
 */
class LoadAndLeakTests {

    private static final int THREADS = 8;
    private static final int LOAD_VALIDATIONS = Integer.getInteger("parley.load.validations", 5_000);
    private static final int LEAK_VALIDATIONS = Integer.getInteger("parley.leak.validations", 20_000);
    private static final int LEAK_SESSIONS = Integer.getInteger("parley.leak.sessions", 10_000);
    /** Heap growth allowed between the warmed-up point and the end, after GC. */
    private static final long HEAP_SLACK_BYTES = 24L * 1024 * 1024;

    /** A fixed pool of generated records, so that runs differ only in what is measured. */
    private static List<ExchangeRecord> records(int count, long seed) {
        ParleyRandom random = ParleyRandom.withSeed(seed);
        List<ExchangeRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(random.record());
        }
        return records;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void sharedValidator_underEightThreads_givesTheReportsOfSequentialRuns() throws Exception {
        Validator validator = Validators.newValidator();
        List<ExchangeRecord> pool = records(200, 7L);
        List<ValidationReport> sequential = pool.stream().map(validator::validate).toList();

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(threads.submit(() -> {
                    for (int i = offset; i < LOAD_VALIDATIONS; i += THREADS) {
                        int k = i % pool.size();
                        if (!validator.validate(pool.get(k)).equals(sequential.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(10, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(((DroolsValidator) validator).openEngineSessions()).isZero();
    }

    private static String ruleFile(String type) {
        return "package org.example." + type.toLowerCase() + "\n"
                + "import java.util.List\n"
                + "import org.parley.rules.model.CustomTerm\n"
                + "import org.parley.rules.model.Detainee\n"
                + "import org.parley.rules.drools.facts.Report\n"
                + "rule \"" + type + "-01 every detainee\" @term(\"" + type + "\") @code(\"" + type + "\")"
                + " @severity(\"INFO\")\n"
                + "when\n    CustomTerm( type == \"" + type + "\" )\n    Detainee( $id : id )\n"
                + "then\n    insertLogical(Report.violation(drools, \"" + type + "\", List.of($id), \"" + type
                + " saw \" + $id));\nend\n";
    }

    @Test
    void validatorsBuiltConcurrentlyFromDifferentRules_neverMixTheirRules() throws Exception {
        List<String> types = List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT");
        ExecutorService threads = Executors.newFixedThreadPool(types.size());
        try {
            List<Future<Validator>> built = new ArrayList<>();
            for (String type : types) {
                Callable<Validator> build = () -> Validators.builder().addRules(type + ".drl", ruleFile(type)).build();
                built.add(threads.submit(build));
            }
            for (int i = 0; i < types.size(); i++) {
                String type = types.get(i);
                Validator validator = built.get(i).get(5, TimeUnit.MINUTES);
                Set<String> others = Set.copyOf(types.stream().filter(t -> !t.equals(type)).toList());

                assertThat(validator.termTypes()).contains(type).doesNotContainAnyElementsOf(others);
                ValidationReport report = validator.validate(record(agreement(CustomTerm.of(type)),
                        List.of(heldByRu("UA-1"))));
                assertThat(report.violations()).extracting(Violation::code).containsExactly(type);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manySequentialValidations_keepTheHeapFlatAndHoldNoSession() throws InterruptedException {
        Validator validator = Validators.newValidator();
        List<ExchangeRecord> pool = records(100, 11L);
        int warmUp = Math.min(10_000, LEAK_VALIDATIONS / 10);
        for (int i = 0; i < warmUp; i++) {
            validator.validate(pool.get(i % pool.size()));
        }
        long before = usedHeapAfterGc();
        for (int i = warmUp; i < LEAK_VALIDATIONS; i++) {
            validator.validate(pool.get(i % pool.size()));
        }
        long after = usedHeapAfterGc();

        assertThat(after - before).as("heap growth over %d validations, in bytes", LEAK_VALIDATIONS - warmUp)
                .isLessThan(HEAP_SLACK_BYTES);
        assertThat(((DroolsValidator) validator).openEngineSessions()).isZero();
    }

    @Test
    void manyOpenedAndClosedSessions_keepTheHeapFlatAndHoldNoSession() throws InterruptedException {
        Validator validator = Validators.newValidator();
        Random random = new Random(3);
        int warmUp = Math.min(1_000, LEAK_SESSIONS / 10);
        Runnable oneSession = () -> {
            try (ValidationSession session = validator.openSession(agreement(
                    new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), Fixtures.date("2025-06-20")),
                    new WoundedPriorityTerm(false), new ParityTerm(ParityScope.PER_BATCH, Set.of())))) {
                session.add(heldByRu("UA-" + random.nextInt(5)).withCondition(Condition.SERIOUSLY_WOUNDED));
                session.add(heldByUa("RU-1"));
                session.add(batch("B1", "2025-06-09", release("RU-1", Basis.OTHER)));
                session.changes();
            }
        };
        for (int i = 0; i < warmUp; i++) {
            oneSession.run();
        }
        long before = usedHeapAfterGc();
        for (int i = warmUp; i < LEAK_SESSIONS; i++) {
            oneSession.run();
        }
        long after = usedHeapAfterGc();

        assertThat(after - before).as("heap growth over %d sessions, in bytes", LEAK_SESSIONS - warmUp)
                .isLessThan(HEAP_SLACK_BYTES);
        assertThat(((DroolsValidator) validator).openEngineSessions()).isZero();
    }

    @Test
    void anOpenSession_isHeldUntilClosed() {
        DroolsValidator validator = (DroolsValidator) Validators.newValidator();
        ValidationSession session = validator.openSession(agreement());
        assertThat(validator.openEngineSessions()).isEqualTo(1);

        session.close();

        assertThat(validator.openEngineSessions()).isZero();
    }
}
