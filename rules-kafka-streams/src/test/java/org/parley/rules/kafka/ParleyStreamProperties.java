package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.testkit.CompliantRecords;
import org.parley.rules.testkit.Mutation;
import org.parley.rules.testkit.Mutators;
import org.parley.rules.testkit.ParleyGen;

class ParleyStreamProperties {

    private static final int TRIES = Integer.getInteger("parley.tries", 40);

    @TempDir
    static Path stateDir;

    /** One driver for every try, each try under agreement ids of its own; one open session per task. */
    private static StreamHarness stream;
    private static int tries;

    @BeforeAll
    static void open() {
        stream = new StreamHarness(stateDir, 1);
    }

    @AfterAll
    static void close() {
        stream.close();
    }

    /** The facts held after the events so far, beside a plain session fed the same events. */
    private static final class Reference implements AutoCloseable {
        Agreement agreement;
        final Map<String, Detainee> detainees = new LinkedHashMap<>();
        final Map<String, Batch> batches = new LinkedHashMap<>();
        final List<DetaineeList> lists = new ArrayList<>();
        final Map<String, Remains> remains = new LinkedHashMap<>();
        final ValidationSession session;
        final List<String> deltas = new ArrayList<>();
        int refused;

        Reference(Agreement agreement) {
            this.agreement = agreement;
            this.session = StreamHarness.VALIDATOR.openSession(agreement);
            ValidationReport first = session.changes().report();
            deltas.add(ReportJson.delta(EventType.AGREEMENT,
                    ReportChanges.between(new ValidationReport(agreement.id(), first.asOf(), List.of()), first)));
        }

        ExchangeRecord record() {
            return new ExchangeRecord(agreement, List.copyOf(detainees.values()), List.copyOf(batches.values()),
                    lists, List.copyOf(remains.values()));
        }

        /** Applies an event as the stream should; false if the stream should refuse it. */
        boolean apply(ExchangeEvent event) {
            boolean applied = applied(event);
            if (applied) {
                deltas.add(ReportJson.delta(event.type(), session.changes()));
            } else {
                refused++;
            }
            return applied;
        }

        private boolean applied(ExchangeEvent event) {
            if (event instanceof ExchangeEvent.DetaineeAdded e) {
                if (detainees.putIfAbsent(e.detainee().id(), e.detainee()) != null) {
                    return false;
                }
                session.add(e.detainee());
            } else if (event instanceof ExchangeEvent.DetaineeCorrected e) {
                if (detainees.replace(e.detainee().id(), e.detainee()) == null) {
                    return false;
                }
                session.correct(e.detainee());
            } else if (event instanceof ExchangeEvent.DetaineeRemoved e) {
                if (detainees.remove(e.id()) == null) {
                    return false;
                }
                session.removeDetainee(e.id());
            } else if (event instanceof ExchangeEvent.BatchAdded e) {
                if (batches.putIfAbsent(e.batch().id(), e.batch()) != null) {
                    return false;
                }
                session.add(e.batch());
            } else if (event instanceof ExchangeEvent.BatchCorrected e) {
                if (batches.replace(e.batch().id(), e.batch()) == null) {
                    return false;
                }
                session.correct(e.batch());
            } else if (event instanceof ExchangeEvent.BatchRemoved e) {
                if (batches.remove(e.id()) == null) {
                    return false;
                }
                session.removeBatch(e.id());
            } else if (event instanceof ExchangeEvent.ListAdded e) {
                lists.add(e.list());
                session.add(e.list());
            } else if (event instanceof ExchangeEvent.ListRemoved e) {
                if (!lists.remove(e.list())) {
                    return false;
                }
                session.remove(e.list());
            } else if (event instanceof ExchangeEvent.RemainsAdded e) {
                if (remains.putIfAbsent(e.remains().id(), e.remains()) != null) {
                    return false;
                }
                session.add(e.remains());
            } else if (event instanceof ExchangeEvent.RemainsCorrected e) {
                if (remains.replace(e.remains().id(), e.remains()) == null) {
                    return false;
                }
                session.correct(e.remains());
            } else if (event instanceof ExchangeEvent.RemainsRemoved e) {
                if (remains.remove(e.id()) == null) {
                    return false;
                }
                session.removeRemains(e.id());
            } else if (event instanceof ExchangeEvent.AsOfChanged e) {
                agreement = agreement.withAsOf(e.asOf());
                session.judgeAt(e.asOf());
            }
            return true;
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /**
     * A random event over the facts of two records: adds (of facts held or not), corrections
     * (to the other record's version of a fact), removals, a new date now and then.
     */
    private static ExchangeEvent step(ExchangeRecord universe, ExchangeRecord variants, Random random) {
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                ExchangeRecord from = random.nextInt(4) == 0 ? variants : universe;
                if (!from.detainees().isEmpty()) {
                    return new ExchangeEvent.DetaineeAdded(pick(from.detainees(), random));
                }
            }
            case 2 -> {
                if (!universe.detainees().isEmpty()) {
                    Detainee d = pick(universe.detainees(), random);
                    Detainee other = variants.detainees().isEmpty() ? d : pick(variants.detainees(), random);
                    return random.nextBoolean()
                            ? new ExchangeEvent.DetaineeCorrected(new Detainee(d.id(), other.name(), other.heldBy(),
                                    other.returnTo(), other.status(), other.birthDate(), other.condition(), other.consent()))
                            : new ExchangeEvent.DetaineeRemoved(d.id());
                }
            }
            case 3, 4 -> {
                if (!universe.batches().isEmpty()) {
                    return new ExchangeEvent.BatchAdded(pick(universe.batches(), random));
                }
            }
            case 5 -> {
                if (!universe.batches().isEmpty()) {
                    Batch b = pick(universe.batches(), random);
                    Batch other = variants.batches().isEmpty() ? b : pick(variants.batches(), random);
                    return random.nextBoolean()
                            ? new ExchangeEvent.BatchCorrected(new Batch(b.id(), other.date(), other.unilateral(),
                                    other.transfers()))
                            : new ExchangeEvent.BatchRemoved(b.id());
                }
            }
            case 6 -> {
                if (!universe.lists().isEmpty()) {
                    DetaineeList l = pick(universe.lists(), random);
                    return random.nextBoolean() ? new ExchangeEvent.ListAdded(l) : new ExchangeEvent.ListRemoved(l);
                }
            }
            case 7 -> {
                if (!universe.remains().isEmpty()) {
                    Remains r = pick(universe.remains(), random);
                    return switch (random.nextInt(3)) {
                        case 0 -> new ExchangeEvent.RemainsAdded(r);
                        case 1 -> new ExchangeEvent.RemainsCorrected(new Remains(r.id(), r.date(), r.from(), r.to(),
                                r.count() + 1));
                        default -> new ExchangeEvent.RemainsRemoved(r.id());
                    };
                }
            }
            default -> {
                return new ExchangeEvent.AsOfChanged(universe.agreement().signedOn().plusDays(random.nextInt(30)));
            }
        }
        return new ExchangeEvent.AsOfChanged(universe.agreement().signedOn().plusDays(random.nextInt(30)));
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    @Test
    void anySequenceOfEvents_givesTheDeltasOfASessionAndTheReportOfAOneShotValidation() {
        qt().withExamples(TRIES).forAll(ParleyGen.records(), CompliantRecords.any(), longs().all())
                .checkAssert((generated, compliant, seed) -> {
                    Random random = new Random(seed);
                    // Half the time the facts come from a compliant record broken by one mutator.
                    ExchangeRecord universe = random.nextBoolean() ? generated
                            : Mutators.any(compliant, seed).map(Mutation::record).orElse(compliant);
                    int n = ++tries;
                    String key = "try-" + n;
                    String neighbour = "neighbour-" + n;
                    Agreement agreement = StreamHarness.renamed(universe.agreement(), key);
                    ExchangeRecord facts = universe.withAgreement(agreement);
                    try (Reference reference = new Reference(agreement)) {
                        stream.send(key, new ExchangeEvent.AgreementStated(agreement));
                        stream.send(neighbour, new ExchangeEvent.AgreementStated(
                                StreamHarness.renamed(compliant.agreement(), neighbour)));
                        StringBuilder log = new StringBuilder();
                        int steps = 1 + random.nextInt(30);
                        for (int i = 0; i < steps; i++) {
                            ExchangeEvent event = step(facts, generated, random);
                            log.append(StreamHarness.CODEC.encode(event)).append('\n');
                            reference.apply(event);
                            stream.send(key, event);
                            if (random.nextInt(3) == 0 && !compliant.detainees().isEmpty()) {
                                // Another agreement on the same task: with one open session, ours
                                // is closed and rebuilt from the store.
                                stream.send(neighbour, new ExchangeEvent.DetaineeAdded(
                                        pick(compliant.detainees(), random)));
                            }
                        }
                        List<KeyValue<String, String>> deltas = stream.deltas();
                        List<KeyValue<String, String>> reports = stream.reports();
                        stream.deadLetters();
                        List<String> ours = deltas.stream().filter(kv -> kv.key.equals(key)).map(kv -> kv.value)
                                .toList();
                        assertThat(ours).as("events:%n%s", log).containsExactlyElementsOf(reference.deltas);
                        List<String> ourReports = reports.stream().filter(kv -> kv.key.equals(key))
                                .map(kv -> kv.value).toList();
                        assertThat(ourReports.get(ourReports.size() - 1)).as("events:%n%s", log)
                                .isEqualTo(ReportJson.report(StreamHarness.VALIDATOR.validate(reference.record())));
                    }
                });
    }
}
