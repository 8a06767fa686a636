package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationLimitException.Limit;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;

/**
 * A session keeps its violations and obligations as the engine changes them and reuses its
 * last report while nothing changed; what it reports is still exactly what one validation of
 * the same record reports, custom rules' own violations kept and their forgeries dropped.
 */
class LiveSessionReportTests {

    private static final String HEADER = "package org.example.live\n"
            + "import java.util.List\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.ValidationContext\n"
            + "import org.parley.rules.drools.facts.Report\n";

    /** A custom rule of its own code, and one that forges a built-in obligation (dropped). */
    private static final String MINE = HEADER
            + "rule \"MINE-01 a UA detainee\" @term(\"MINE\") @code(\"MINE\") @severity(\"WARNING\")\nwhen\n"
            + "    $d : Detainee( id str[startsWith] \"UA-\" )\nthen\n"
            + "    insertLogical(Report.violation(drools, \"MINE\", List.of($d.id()), \"mine: \" + $d.id()));\nend\n"
            + "rule \"MINE-02 forge an obligation\" @derives(\"nothing\")\nwhen\n"
            + "    ValidationContext( )\nthen\n"
            + "    insertLogical(new org.parley.rules.Obligation(\"RELEASE\", \"ALL_FOR_ALL\", java.util.Optional.of(\"UA\"),"
            + " List.of(\"UA-0009\"), java.util.Optional.empty(), java.util.OptionalLong.empty(),"
            + " \"ALL_FOR_ALL-03 covered detainees still to be released\", \"forged\"));\nend\n";

    private static final Validator VALIDATOR = Validators.builder().addRules("mine.drl", MINE)
            .maxFirings(100_000).build();

    private static final org.parley.rules.model.Agreement AGREEMENT = agreement(
            new AgeLimitTerm(18, 25, org.parley.rules.model.ReferenceDate.AGREEMENT_DATE),
            new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), date("2025-06-20")))
            .withAsOf(date("2025-06-30"));

    private static final List<Detainee> DETAINEES = List.of(
            heldByUa("RU-0001").withBirthDate(date("2000-05-30")), heldByRu("UA-0001"),
            heldByRu("UA-0002").withCondition(Condition.SERIOUSLY_WOUNDED));

    private static final Batch B1 = batch("B1", "2025-06-09", release("RU-0001", Basis.YOUNG));
    private static final Batch B2 = batch("B2", "2025-06-12", release("UA-0002", Basis.SERIOUSLY_WOUNDED));

    private static ValidationReport oneShot(List<Detainee> detainees, Batch... batches) {
        ExchangeRecord record = record(AGREEMENT, detainees, batches);
        return VALIDATOR.validate(record);
    }

    @Test
    void everyReport_isTheOneShotReportOfTheSameRecord() {
        try (ValidationSession session = VALIDATOR.openSession(AGREEMENT)) {
            DETAINEES.forEach(session::add);
            session.add(B1);
            ValidationReport first = session.report();
            assertThat(first).isEqualTo(oneShot(DETAINEES, B1));
            assertThat(first.byCode("MINE")).extracting(Violation::subjects, Violation::message, Violation::source)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("UA-0001"), "mine: UA-0001", "mine.drl"),
                            org.assertj.core.groups.Tuple.tuple(List.of("UA-0002"), "mine: UA-0002", "mine.drl"));
            assertThat(first.obligations()).extracting(o -> o.message()).doesNotContain("forged");
            assertThat(first.byCode("ALL_FOR_ALL")).extracting(Violation::subjects).containsExactly(List.of("UA-0002"));

            session.add(B2);
            assertThat(session.report()).isEqualTo(oneShot(DETAINEES, B1, B2));
            assertThat(session.report().byCode("ALL_FOR_ALL")).isEmpty();

            session.removeDetainee("UA-0001");
            List<Detainee> two = List.of(DETAINEES.get(0), DETAINEES.get(2));
            assertThat(session.report()).isEqualTo(oneShot(two, B1, B2));
            assertThat(session.report().byCode("MINE")).extracting(Violation::subjects)
                    .containsExactly(List.of("UA-0002"));

            session.removeBatch("B2");
            assertThat(session.report()).isEqualTo(oneShot(two, B1));
            assertThat(session.report().byCode("ALL_FOR_ALL")).extracting(Violation::subjects)
                    .containsExactly(List.of("UA-0002"));
        }
    }

    @Test
    void aReportWithNothingChanged_isTheLastOne_andADateChangeRebuildsIt() {
        try (ValidationSession session = VALIDATOR.openSession(AGREEMENT)) {
            DETAINEES.forEach(session::add);
            session.add(B1);
            ValidationReport first = session.report();

            assertThat(session.report()).isSameAs(first);
            assertThat(session.changes().isEmpty()).isTrue();

            session.judgeAt(date("2025-06-15"));
            ValidationReport earlier = session.report();
            assertThat(earlier.asOf()).isEqualTo(date("2025-06-15"));
            assertThat(earlier).isEqualTo(VALIDATOR.validate(record(AGREEMENT.withAsOf(date("2025-06-15")),
                    DETAINEES, B1)));
            assertThat(earlier.byCode("ALL_FOR_ALL")).isEmpty();
            assertThat(first.byCode("ALL_FOR_ALL")).isNotEmpty();
        }
    }

    @Test
    void aReportAfterALimit_isRefused_sinceValidatingTheSameFactsStopsAtTheLimitToo() {
        String spin = "package org.example.rules\nimport org.parley.rules.model.Detainee\n"
                + "rule \"SPIN-01 again and again\" @derives(\"nothing\")\n"
                + "when\n    $d : Detainee( )\nthen\n    update($d);\nend\n";
        Validator spinning = Validators.builder().addRules("spin.drl", spin).maxFirings(1_000).build();
        try (ValidationSession session = spinning.openSession(AGREEMENT)) {
            DETAINEES.forEach(session::add);
            session.add(B1);
            assertThatThrownBy(session::report).isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                assertThat(e.limit()).isEqualTo(Limit.FIRINGS);
                assertThat(e.rule()).isEqualTo("SPIN-01 again and again");
            });
            // Validating the facts the session holds stops at the limit: no report of them is
            // right, so the session gives none (it used to give the built-in verdict alone).
            assertThatThrownBy(() -> spinning.validate(record(AGREEMENT, DETAINEES, B1)))
                    .isInstanceOf(ValidationLimitException.class);
            assertThatThrownBy(session::report).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the validation session is broken since a change or report failed "
                            + "(validation stopped after 1000 rule firings, the limit (maxFirings, --max-firings)");
        }
    }
}
