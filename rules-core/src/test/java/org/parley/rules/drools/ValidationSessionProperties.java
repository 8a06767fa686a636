package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.testkit.ParleyGen;

class ValidationSessionProperties {

    private static final int TRIES = Integer.getInteger("parley.tries", 150);

    /** The facts a session holds, kept beside it to validate them in one shot. */
    private static final class Held {
        final Map<String, Detainee> detainees = new LinkedHashMap<>();
        final Map<String, Batch> batches = new LinkedHashMap<>();
        final List<DetaineeList> lists = new ArrayList<>();
        final Map<String, Remains> remains = new LinkedHashMap<>();
        final StringBuilder log = new StringBuilder();

        ExchangeRecord record(ExchangeRecord of) {
            return new ExchangeRecord(of.agreement(), List.copyOf(detainees.values()), List.copyOf(batches.values()),
                    lists, List.copyOf(remains.values()));
        }
    }

    /** One random step: add a fact not held, or remove or correct one that is. */
    private static void step(ValidationSession session, Held held, ExchangeRecord universe, ExchangeRecord variants,
                             Random random) {
        switch (random.nextInt(4)) {
            case 0 -> {
                Detainee d = universe.detainees().isEmpty() ? null
                        : universe.detainees().get(random.nextInt(universe.detainees().size()));
                if (d == null) {
                    return;
                }
                if (!held.detainees.containsKey(d.id())) {
                    session.add(d);
                    held.log.append("add ").append(d).append('\n');
                    held.detainees.put(d.id(), d);
                } else if (random.nextBoolean()) {
                    session.removeDetainee(d.id());
                    held.log.append("removeDetainee ").append(d.id()).append('\n');
                    held.detainees.remove(d.id());
                } else {
                    Detainee other = variants.detainees().isEmpty() ? d
                            : variants.detainees().get(random.nextInt(variants.detainees().size()));
                    Detainee corrected = new Detainee(d.id(), other.name(), other.heldBy(), other.returnTo(),
                            other.status(), other.birthDate(), other.condition(), other.consent());
                    session.correct(corrected);
                    held.log.append("correct ").append(corrected).append('\n');
                    held.detainees.put(d.id(), corrected);
                }
            }
            case 1 -> {
                if (universe.batches().isEmpty()) {
                    return;
                }
                Batch b = universe.batches().get(random.nextInt(universe.batches().size()));
                if (!held.batches.containsKey(b.id())) {
                    session.add(b);
                    held.log.append("add ").append(b).append('\n');
                    held.batches.put(b.id(), b);
                } else if (random.nextBoolean()) {
                    session.removeBatch(b.id());
                    held.log.append("removeBatch ").append(b.id()).append('\n');
                    held.batches.remove(b.id());
                } else {
                    Batch other = variants.batches().isEmpty() ? b
                            : variants.batches().get(random.nextInt(variants.batches().size()));
                    Batch corrected = new Batch(b.id(), other.date(), other.unilateral(), other.transfers());
                    session.correct(corrected);
                    held.log.append("correct ").append(corrected).append('\n');
                    held.batches.put(b.id(), corrected);
                }
            }
            case 2 -> {
                if (universe.lists().isEmpty()) {
                    return;
                }
                DetaineeList l = universe.lists().get(random.nextInt(universe.lists().size()));
                if (random.nextBoolean() && held.lists.remove(l)) {
                    assertThat(session.remove(l)).isTrue();
                    held.log.append("remove ").append(l).append('\n');
                } else {
                    session.add(l);
                    held.log.append("add ").append(l).append('\n');
                    held.lists.add(l);
                }
            }
            default -> {
                if (universe.remains().isEmpty()) {
                    return;
                }
                Remains r = universe.remains().get(random.nextInt(universe.remains().size()));
                if (!held.remains.containsKey(r.id())) {
                    session.add(r);
                    held.log.append("add ").append(r).append('\n');
                    held.remains.put(r.id(), r);
                } else {
                    session.removeRemains(r.id());
                    held.log.append("removeRemains ").append(r.id()).append('\n');
                    held.remains.remove(r.id());
                }
            }
        }
    }

    @Test
    void session_fedAnySequence_reportsWhatAOneShotValidationOfItsFactsReports() {
        qt().withExamples(TRIES).forAll(ParleyGen.records(), ParleyGen.records(), longs().all())
                .checkAssert((universe, variants, seed) -> {
                    Random random = new Random(seed);
                    Held held = new Held();
                    try (ValidationSession session = VALIDATOR.openSession(universe.agreement())) {
                        ValidationReport previous = VALIDATOR.validate(held.record(universe));
                        int steps = 1 + random.nextInt(40);
                        for (int i = 0; i < steps; i++) {
                            step(session, held, universe, variants, random);
                            if (random.nextInt(5) == 0 || i == steps - 1) {
                                ValidationReport expected = VALIDATOR.validate(held.record(universe));
                                ReportChanges changes = session.changes();
                                held.log.append("changes\n");
                                assertThat(changes.report()).as("after:%n%s", held.log).isEqualTo(expected);
                                assertThat(changes).isEqualTo(ReportChanges.between(previous, expected));
                                previous = expected;
                            }
                        }
                    }
                });
    }
}
