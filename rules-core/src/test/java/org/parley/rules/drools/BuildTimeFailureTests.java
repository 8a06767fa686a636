package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationLimitException.Limit;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;

/**
 * The engine evaluates a rule file's constant expressions (an {@code eval} that reads no
 * fact) while it builds the rules. Code there that throws makes the file unable to run: an
 * authoring problem at the rule that holds it, with the cause in one sentence, for trusted
 * and restricted files alike; recursion past the stack is the stack-depth limit naming the
 * package and its file. Neither is an unexplained failure of Parley.
 */
class BuildTimeFailureTests {

    private static final String HEADER = "package org.example.rules\n"
            + "import org.parley.rules.model.Detainee\n"
            + "function int zero() { return 0; }\n"
            + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
            + "rule \"Y-01 fine\" @term(\"Y\") @code(\"Y\") @severity(\"ERROR\")\n"
            + "when\n    $d : Detainee( id == \"none\" )\nthen\nend\n";

    private static String withRule(String eval) {
        return HEADER + "\n  rule \"X-01 constant\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    $d : Detainee( )\n    eval( " + eval + " )\nthen\nend\n";
    }

    private static final String WHY = " (the engine evaluates constant expressions, such as eval(f(62) > 0), "
            + "while it builds the rules)";

    @Test
    void aConstantExpressionThatThrows_isAProblemAtItsRule_trustedOrRestricted() {
        for (Function<ValidatorBuilder, ValidatorBuilder> mode : java.util.List.<Function<ValidatorBuilder,
                ValidatorBuilder>>of(b -> b, ValidatorBuilder::restricted)) {
            ValidatorBuilder builder = mode.apply(Validators.builder()).addRules("constant.drl", withRule("1 / zero() > 0"));

            assertThatThrownBy(builder::build).isInstanceOfSatisfying(RuleCompilationException.class, e ->
                    assertThat(e.problems()).extracting(Object::toString).containsExactly("constant.drl:11:3: rule "
                            + "\"X-01 constant\": rule code failed while the rules were built: ArithmeticException: "
                            + "/ by zero" + WHY));
        }
    }

    @Test
    void aConstantExpressionThatRecursesPastTheStack_isTheStackDepthLimit_namingItsPackageAndFile() {
        ValidatorBuilder builder = Validators.builder().restricted().addRules("deep.drl", withRule("deeper(0) > 0"));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(Limit.STACK_DEPTH);
            // The overflowed stack keeps only its deepest frames: the rule's frame is gone.
            assertThat(e.rule()).isEmpty();
            assertThat(e.getMessage()).isEqualTo("building the rules stopped: rule code recursed deeper than the "
                    + "thread's stack, in package org.example.rules (deep.drl)" + WHY);
        });
    }

    @Test
    void aConstantExpressionThatThrowsAnError_isAProblemAtItsRule_too() {
        String drl = withRule("((Object) \"x\").hashCode() > 0 && new int[zero() - 1].length > 0");
        ValidatorBuilder builder = Validators.builder().addRules("negative.drl", drl);

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(RuleCompilationException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly("negative.drl:11:3: rule "
                        + "\"X-01 constant\": rule code failed while the rules were built: "
                        + "NegativeArraySizeException: -1" + WHY));
    }

    @Test
    void aFunctionOfTwoArgumentsThatThrows_isNamedByItsRootCause() {
        String drl = HEADER.replace("function int zero() { return 0; }",
                "function int perDay(int released, int days) { return released / days; }")
                + "\n  rule \"X-01 constant\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    $d : Detainee( )\n    eval( perDay(30, 0) > 5 )\nthen\nend\n";
        ValidatorBuilder builder = Validators.builder().restricted().addRules("per-day.drl", drl);

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(RuleCompilationException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly("per-day.drl:11:3: rule "
                        + "\"X-01 constant\": rule code failed while the rules were built: ArithmeticException: "
                        + "/ by zero" + WHY));
    }
}
