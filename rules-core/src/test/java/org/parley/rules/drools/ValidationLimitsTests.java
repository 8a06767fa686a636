package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.record;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationLimitException.Limit;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.ExchangeRecord;

/** Every validation and every session report ends within its limits, with the rule that fired most. */
class ValidationLimitsTests {

    /** A trusted rule that never stops firing: it updates what it matched, and matches it again. */
    private static final String SPIN = "package org.example.rules\n"
            + "import org.parley.rules.model.Detainee\n"
            + "rule \"SPIN-01 again and again\" @derives(\"nothing\")\n"
            + "when\n    $d : Detainee( )\nthen\n    update($d);\nend\n";

    private static final ExchangeRecord RECORD = record(agreement(AgeLimitTerm.under(25)),
            List.of(heldByRu("RU-0001"), heldByRu("RU-0002")));

    private static ValidatorBuilder spinning() {
        // Alone: the built-in classification rules would fire as often, on every update.
        return Validators.builder().withoutBuiltInRules().addRules("spin.drl", SPIN)
                .addRules("queries.drl", "package org.example.rules\nimport org.parley.rules.Violation\n"
                        + "query \"parley violations\"\n    $violation : Violation()\nend\n");
    }

    @Test
    void theFiringLimit_stopsAValidationAndNamesTheRule() {
        Validator validator = spinning().maxFirings(5_000).build();

        assertThatThrownBy(() -> validator.validate(RECORD))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.FIRINGS);
                    assertThat(e.rule()).isEqualTo("SPIN-01 again and again");
                    assertThat(e.firings()).isEqualTo(5_000);
                    assertThat(e.getMessage()).startsWith("validation stopped after 5000 rule firings, the limit "
                            + "(maxFirings, --max-firings); the rule that fired most: \"SPIN-01 again and again\" (");
                });
    }

    @Test
    void theTimeLimit_stopsAValidationBetweenFirings() {
        Validator validator = spinning().timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> validator.validate(RECORD))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.TIME);
                    assertThat(e.rule()).isEqualTo("SPIN-01 again and again");
                    assertThat(e.getMessage()).startsWith("validation stopped after 300 ms, the time limit "
                            + "(timeout, --timeout); the rule that fired most: \"SPIN-01 again and again\"");
                });
    }

    @Test
    void aSessionReport_isBoundedToo() {
        Validator validator = spinning().maxFirings(1_000).build();
        try (ValidationSession session = validator.openSession(RECORD.agreement())) {
            session.add(heldByRu("RU-0001"));
            assertThatThrownBy(session::report)
                    .isInstanceOfSatisfying(ValidationLimitException.class,
                            e -> assertThat(e.limit()).isEqualTo(Limit.FIRINGS));
        }
    }

    @Test
    void recursionWithoutEnd_isTheStackDepthLimit() {
        String drl = "package org.example.rules\n"
                + "import org.parley.rules.model.Detainee\n"
                + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + "rule \"DEEP-01 recurse\" @derives(\"nothing\")\n"
                + "when\n    $d : Detainee( )\nthen\n    deeper(0);\nend\n";
        Validator validator = Validators.builder().withoutBuiltInRules().addRules("deep.drl", drl).build();

        assertThatThrownBy(() -> validator.validate(RECORD))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.STACK_DEPTH);
                    assertThat(e.rule()).isEqualTo("DEEP-01 recurse");
                    assertThat(e.getMessage()).isEqualTo("validation stopped: rule code recursed deeper than the "
                            + "thread's stack, in rule \"DEEP-01 recurse\"");
                });
    }

    @Test
    void theDefaultLimits_letTheBuiltInRulesFinish() {
        assertThat(Validators.newValidator().validate(RECORD).violations()).isNotNull();
        assertThatThrownBy(() -> Validators.builder().maxFirings(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxFirings must be positive, was 0");
        assertThatThrownBy(() -> Validators.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeout must be positive, was PT0S");
    }

    @Test
    void aFourWayCrossProduct_endsAtTheFiringLimit_namingItsRule() {
        // 20^4 = 160,000 matches, built before the first firing (see docs/reliability.md).
        String cross = "package org.example.rules\nimport java.util.List\nimport org.parley.rules.model.Detainee\n"
                + "import org.parley.rules.drools.facts.Report\n"
                + "rule \"CROSS-01 every four detainees\" @term(\"CROSS\") @code(\"CROSS\") @severity(\"INFO\")\n"
                + "when\n    $a : Detainee( )\n    $b : Detainee( )\n    $c : Detainee( )\n    $d : Detainee( )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"CROSS\", List.of($a.id(), $b.id(), $c.id(), $d.id()), "
                + "\"four\"));\nend\n";
        List<org.parley.rules.model.Detainee> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(heldByRu("RU-" + (1000 + i)));
        }
        Validator validator = Validators.builder().restricted().addRules("cross.drl", cross).maxFirings(5_000).build();

        assertThatThrownBy(() -> validator.validate(record(agreement(AgeLimitTerm.under(25)), many)))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.FIRINGS);
                    assertThat(e.rule()).isEqualTo("CROSS-01 every four detainees");
                    assertThat(e.getMessage()).startsWith("validation stopped after 5000 rule firings, the limit "
                            + "(maxFirings, --max-firings); the rule that fired most: \"CROSS-01 every four detainees\" (");
                });
    }
}
