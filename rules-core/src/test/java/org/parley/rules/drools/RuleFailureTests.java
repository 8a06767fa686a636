package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleFailureException;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.ExchangeRecord;

/** A rule that fails while it runs is named, with its file, line and root cause, in one sentence. */
class RuleFailureTests {

    private static final String HEADER = "package org.example.rules\n\n"
            + "import java.util.List\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n\n";

    private static final ExchangeRecord ONE_DETAINEE = record(agreement(), List.of(heldByRu("UA-1")));

    @Test
    void aConsequenceThatThrows_isNamedWithItsFileAndLine() {
        Validator validator = Validators.builder().addRules("failing.drl", HEADER
                + "rule \"FAIL-01 parses an id as a number\" @term(\"FAIL\") @code(\"FAIL\") @severity(\"ERROR\")\n"
                + "when\n    Detainee( $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"FAIL\", List.of($id), \"n\" + Integer.parseInt($id)));\n"
                + "end\n").build();

        assertThatThrownBy(() -> validator.validate(ONE_DETAINEE))
                .isInstanceOf(RuleFailureException.class)
                .hasMessage("rule \"FAIL-01 parses an id as a number\" (failing.drl:7) failed: NumberFormatException: "
                        + "For input string: \"UA-1\"");
    }

    @Test
    void aConstraintThatThrows_isNamedWithItsFileAndLine() {
        Validator validator = Validators.builder().addRules("failing.drl", HEADER
                + "rule \"FAIL-01 reads past the end of an id\" @term(\"FAIL\") @code(\"FAIL\") @severity(\"ERROR\")\n"
                + "when\n    Detainee( id.substring(40) == \"x\", $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"FAIL\", List.of($id), \"m\"));\n"
                + "end\n").build();

        assertThatThrownBy(() -> validator.validate(ONE_DETAINEE))
                .isInstanceOf(RuleFailureException.class)
                .hasMessage("rule \"FAIL-01 reads past the end of an id\" (failing.drl:7) failed: "
                        + "StringIndexOutOfBoundsException: begin 40, end 4, length 4");
    }

    @Test
    void aComputedCodeOtherThanTheRulesCode_failsNamingTheRule() {
        Validator validator = Validators.builder().addRules("failing.drl", HEADER
                + "rule \"FAIL-01 computes its code\" @term(\"FAIL\") @code(\"FAIL\") @severity(\"ERROR\")\n"
                + "when\n    Detainee( $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"FAIL\" + \"ED\", List.of($id), \"m\"));\n"
                + "end\n").build();

        try (ValidationSession session = validator.openSession(ONE_DETAINEE.agreement())) {
            session.add(ONE_DETAINEE.detainees().get(0));
            assertThatThrownBy(session::report)
                    .isInstanceOf(RuleFailureException.class)
                    .hasMessage("rule \"FAIL-01 computes its code\" (failing.drl:7) failed: IllegalStateException: "
                            + "rule \"FAIL-01 computes its code\" reports code FAILED but declares @code(\"FAIL\")");
        }
    }
}
