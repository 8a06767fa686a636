package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.Validators;

/**
 * Every authoring error is reported before anything runs, at its line and column in the
 * file the author wrote, in the author's terms (no generated Java, no engine classes).
 */
class AuthoringErrorsTests {

    private static final String HEADER = "package org.example.rules\n\n"
            + "import java.util.List\n"
            + "import org.parley.rules.model.Batch\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n\n"
            + "rule \"EARLY_RELEASE-01 r\" @term(\"EARLY\") @code(\"EARLY_RELEASE\") @severity(\"ERROR\")\n"
            + "when\n";

    private static List<String> problemsOf(String drl) {
        try {
            Validators.builder().addRules("early.drl", HEADER + drl).build();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the rule file compiled");
    }

    @Test
    void dateComparedWithText_isATypeErrorAtTheLiteral() {
        assertThat(problemsOf("    Batch( date < \"2025-06-09\", $id : id )\nthen\nend\n")).containsExactly(
                "early.drl:10:19: rule \"EARLY_RELEASE-01 r\": date is a LocalDate and cannot be compared with the "
                        + "text \"2025-06-09\"; expected a LocalDate, such as java.time.LocalDate.parse(\"2025-06-09\") "
                        + "or a bound date such as $c.asOf()");
    }

    @Test
    void dateComparedWithNumber_isATypeErrorAtTheLiteral() {
        assertThat(problemsOf("    Batch( date < 5 )\nthen\nend\n")).containsExactly(
                "early.drl:10:19: rule \"EARLY_RELEASE-01 r\": date is a LocalDate and cannot be compared with the "
                        + "number 5; expected a LocalDate, such as java.time.LocalDate.parse(\"2025-06-09\") "
                        + "or a bound date such as $c.asOf()");
    }

    @Test
    void reportedCodeOtherThanTheRulesCode_isReportedAtTheLiteral() {
        assertThat(problemsOf("    Detainee( $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"EARLY_RELEAS\", List.of($id), \"m\"));\nend\n"))
                .containsExactly("early.drl:12:44: rule \"EARLY_RELEASE-01 r\": reports code \"EARLY_RELEAS\" but "
                        + "declares @code(\"EARLY_RELEASE\"); the code given to Report.violation must equal the "
                        + "rule's @code");
    }

    @Test
    void unknownVariableInAConsequence_isReportedWhereItIsUsed() {
        assertThat(problemsOf("    Detainee( $id : id )\nthen\n    String note = \"x\";\n"
                + "    insertLogical(Report.violation(drools, \"EARLY_RELEASE\", List.of($nope), \"m\"));\nend\n"))
                .containsExactly("early.drl:13:69: $nope is not bound: no pattern or accumulate of the rule "
                        + "binds $nope");
    }

    @Test
    void unknownMethodInAConsequence_isReportedAtTheCall() {
        assertThat(problemsOf("    $d : Detainee( )\nthen\n    String rank = $d.rank();\nend\n"))
                .containsExactly("early.drl:12:22: The method rank() is undefined for the type Detainee");
    }

    @Test
    void unknownFieldInAConstraint_namesTheFieldsThereAre() {
        assertThat(problemsOf("    Detainee( $id : id, rank == \"officer\" )\nthen\nend\n")).containsExactly(
                "early.drl:10:25: rule \"EARLY_RELEASE-01 r\": Detainee has no field rank; its fields are birthDate, "
                        + "condition, consent, heldBy, id, name, returnTo, status");
    }

    @Test
    void aViolationCreatedByTheConsequence_isRefused() {
        assertThat(problemsOf("    Detainee( $id : id )\nthen\n    insertLogical(new org.parley.rules.Violation("
                + "\"EARLY_RELEASE\", org.parley.rules.model.Severity.ERROR, List.of($id), \"EARLY\", \"r\", \"m\"));\nend\n"))
                .containsExactly("early.drl:12:19: rule \"EARLY_RELEASE-01 r\": creates a Violation itself; report "
                        + "through Report.violation(drools, code, subjects, message), which takes the term, the rule "
                        + "and the severity from the rule's metadata");
    }

    @Test
    void subjectsThatAreNotTexts_areReportedWithoutJavasIntersectionTypes() {
        assertThat(problemsOf("    Detainee( $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"EARLY_RELEASE\", List.of($id, 5), \"m\"));\nend\n"))
                .containsExactly("early.drl:12:26: The method violation(drools, String, List<String>, String) in the "
                        + "type Report is not applicable for the arguments (drools, String, List<Object>, String)");
    }

    @Test
    void missingParenthesisBeforeThen_namesTheToken() {
        assertThat(problemsOf("    Detainee( $id : id\nthen\nend\n"))
                .containsExactly("early.drl:10:23: missing ')' before 'then': the '(' at 10:13 is not closed");
    }
}
