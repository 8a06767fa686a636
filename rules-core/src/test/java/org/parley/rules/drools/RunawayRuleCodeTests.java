package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import org.parley.rules.Validators;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.ExchangeRecord;

/**
 * Restricted rule code has no loops, yet without a check inside it could run for ages within
 * one firing: a function that calls itself twice (2^62 calls, 62 deep), streams nested over a
 * large list, a constraint evaluated on insert, a constant expression evaluated while the
 * rules are built. Each stops at the time limit with a ValidationLimitException. The guard
 * of each test fails it, rather than hang the build, should the limit not hold.
 */
class RunawayRuleCodeTests {

    private static final Duration GUARD = Duration.ofSeconds(120);
    private static final ExchangeRecord RECORD = record(agreement(AgeLimitTerm.under(25)),
            List.of(heldByRu("RU-0001"), heldByRu("RU-0002")));
    private static final String HEADER = "package org.example.rules\nimport java.util.List\n"
            + "import org.parley.rules.model.Detainee\nimport org.parley.rules.drools.facts.Report\n"
            + "function long twice(int n) { return n == 0 ? 1 : twice(n - 1) + twice(n - 1); }\n";

    private static String rule(String when, String then) {
        return HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    private static Validator restricted(String drl) {
        return Validators.builder().restricted().addRules("runaway.drl", drl).timeout(Duration.ofMillis(500)).build();
    }

    private static void stopsInsideRuleCode(Validator validator, String after) {
        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> validator.validate(RECORD)))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.TIME);
                    assertThat(e.getMessage()).startsWith("validation stopped after 500 ms, the time limit (timeout, "
                            + "--timeout); ").endsWith(after);
                });
    }

    @Test
    void exponentialRecursionInAConsequence_stopsAtTheTimeLimit() {
        stopsInsideRuleCode(restricted(rule("$d : Detainee( )", "twice(62);")),
                "; it passed inside rule code, the last rule to fire being \"X-01 r\"");
    }

    @Test
    void streamsNestedOverALargeList_stopAtTheTimeLimit() {
        String then = "List<String> l = List.of(\"x\".repeat(5000).split(\"\"));\n"
                + "    long n = l.stream().mapToLong(a -> l.stream().mapToLong(b -> l.stream().mapToLong(c -> "
                + "c.length()).sum()).sum()).sum();";
        stopsInsideRuleCode(restricted(rule("$d : Detainee( )", then)),
                "; it passed inside rule code, the last rule to fire being \"X-01 r\"");
    }

    @Test
    void catchingTheStop_doesNotKeepRuleCodeGoing() {
        String drl = rule("$d : Detainee( )", "again(62);").replace("function long twice",
                "function long again(int n) { try { return n == 0 ? 1 : again(n - 1) + again(n - 1); } "
                        + "catch (Throwable t) { return again(n - 1) + again(n - 1); } }\nfunction long twice");
        stopsInsideRuleCode(restricted(drl), "; it passed inside rule code, the last rule to fire being \"X-01 r\"");
    }

    @Test
    void exponentialRecursionInAConstraint_stopsOnInsert_beforeAnyFiring() {
        stopsInsideRuleCode(restricted(rule("$d : Detainee( id.length() < twice(62) )", "")),
                "no rule had fired; it passed inside rule code before any rule fired");
    }

    @Test
    void exponentialRecursionInAConstraint_stopsASession() {
        Validator validator = restricted(rule("$d : Detainee( id.length() < twice(62) )", ""));
        try (ValidationSession session = validator.openSession(RECORD.agreement())) {
            assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> {
                session.add(RECORD.detainees().get(0));
                return session.report();
            })).isInstanceOfSatisfying(ValidationLimitException.class, e -> {
                assertThat(e.limit()).isEqualTo(Limit.TIME);
                assertThat(e.getMessage()).startsWith("validation stopped after 500 ms, the time limit (timeout, "
                        + "--timeout); ").contains("; it passed inside rule code");
            });
        }
    }

    @Test
    void aConstantExpressionEvaluatedWhileBuilding_stopsTheBuild() {
        String drl = rule("$d : Detainee( )\n    eval( twice(62) > 0 )", "");
        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> restricted(drl)))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("building the rules stopped after 500 ms, the time limit (timeout, --timeout): "
                                + "rule code of package org.example.rules ran while its rules were built (the engine "
                                + "evaluates constant expressions, such as eval(f(62) > 0), then)"));
    }

    @Test
    void honestRestrictedRules_runUnder_theCheck() {
        String drl = rule("$d : Detainee( id.length() < twice(3) )",
                "insertLogical(Report.violation(drools, \"X\", List.of($d.id()), \"of \" + twice(4)));");
        assertThat(restricted(drl).validate(RECORD).byCode("X")).extracting(v -> v.message())
                .containsExactly("of 16", "of 16");
    }
}
