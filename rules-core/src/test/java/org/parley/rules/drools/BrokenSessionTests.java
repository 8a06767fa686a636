package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.heldByRu;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleFailureException;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;

/**
 * A change or report of a session that fails may have been carried out in part; the session
 * refuses everything but close from then on, rather than report from half a change. Each
 * way a caller might try to go on (report again to get past the limit, ask for the changes,
 * add the fact again, move the date) is refused with the failure named.
 */
class BrokenSessionTests {

    private static final String HEADER = "package org.example.rules\n\n"
            + "import java.util.List\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n\n";

    /** A constraint that fails for a detainee whose id is short: evaluated when the detainee is inserted. */
    private static final String FAILS_ON_INSERT = HEADER
            + "rule \"FAIL-01 reads past the end of an id\" @term(\"FAIL\") @code(\"FAIL\") @severity(\"ERROR\")\n"
            + "when\n    Detainee( id.substring(40) == \"x\", $id : id )\nthen\n"
            + "    insertLogical(Report.violation(drools, \"FAIL\", List.of($id), \"m\"));\n"
            + "end\n";

    /** A trusted rule that never stops firing. */
    private static final String SPIN = "package org.example.rules\n"
            + "import org.parley.rules.model.Detainee\n"
            + "rule \"SPIN-01 again and again\" @derives(\"nothing\")\n"
            + "when\n    $d : Detainee( )\nthen\n    update($d);\nend\n";

    private static String broken(String failure) {
        return "the validation session is broken since a change or report failed (" + failure + "); it may hold part "
                + "of that change: close it and open a new session";
    }

    @Test
    void aRuleThatFails_breaksTheSession_everyLaterCallButCloseIsRefused() {
        Validator validator = Validators.builder().addRules("failing.drl", FAILS_ON_INSERT).build();
        ValidationSession session = validator.openSession(agreement());
        session.add(heldByRu("RU-0000000000000000000000000000000000000001"));

        // The engine evaluates the constraint on insert or when the report fires the rules.
        assertThatThrownBy(() -> {
            session.add(heldByRu("UA-1"));
            session.report();
        }).isInstanceOf(RuleFailureException.class)
                .hasMessage("rule \"FAIL-01 reads past the end of an id\" (failing.drl:7) failed: "
                        + "StringIndexOutOfBoundsException: begin 40, end 4, length 4");

        String refused = broken("rule \"FAIL-01 reads past the end of an id\" (failing.drl:7) failed: "
                + "StringIndexOutOfBoundsException: begin 40, end 4, length 4");
        assertThatThrownBy(session::report).isInstanceOf(IllegalStateException.class).hasMessage(refused);
        assertThatThrownBy(session::changes).isInstanceOf(IllegalStateException.class).hasMessage(refused);
        assertThatThrownBy(() -> session.removeDetainee("UA-1")).isInstanceOf(IllegalStateException.class)
                .hasMessage(refused);
        assertThatThrownBy(() -> session.add(heldByRu("UA-2"))).isInstanceOf(IllegalStateException.class)
                .hasMessage(refused);
        assertThatThrownBy(() -> session.judgeAt(LocalDate.of(2025, 7, 1))).isInstanceOf(IllegalStateException.class)
                .hasMessage(refused);
        assertThatCode(session::close).doesNotThrowAnyException();
        assertThatThrownBy(session::report).isInstanceOf(IllegalStateException.class)
                .hasMessage("the validation session is closed");
    }

    @Test
    void aReportStoppedAtTheFiringLimit_cannotBeFinishedByAskingAgain() {
        Validator validator = Validators.builder().withoutBuiltInRules().addRules("spin.drl", SPIN)
                .addRules("queries.drl", "package org.example.rules\nimport org.parley.rules.Violation\n"
                        + "query \"parley violations\"\n    $violation : Violation()\nend\n")
                .maxFirings(1_000).build();
        try (ValidationSession session = validator.openSession(agreement())) {
            session.add(heldByRu("RU-0001"));
            ValidationLimitException first = org.assertj.core.api.Assertions.catchThrowableOfType(session::report,
                    ValidationLimitException.class);
            assertThat(first.firings()).isEqualTo(1_000);

            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(session::report).isInstanceOf(IllegalStateException.class)
                        .hasMessage(broken(first.getMessage()));
            }
            assertThatThrownBy(session::changes).isInstanceOf(IllegalStateException.class)
                    .hasMessage(broken(first.getMessage()));
        }
    }

    @Test
    void aSessionWhoseChangesSucceed_isNeverBroken() {
        Validator validator = Validators.builder().addRules("failing.drl", FAILS_ON_INSERT).build();
        try (ValidationSession session = validator.openSession(agreement())) {
            session.add(heldByRu("RU-0000000000000000000000000000000000000001"));
            assertThatThrownBy(() -> session.add(heldByRu("RU-0000000000000000000000000000000000000001")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the session already holds a detainee with the id "
                            + "RU-0000000000000000000000000000000000000001");

            // A refused argument is not a failed change: the session goes on.
            assertThat(session.report().violations()).isEmpty();
        }
    }
}
