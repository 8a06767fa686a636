package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.ValidationReport;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Category;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.ExchangeRecord;

/**
 * No custom rule, trusted or not, can change the verdict of the built-in terms: the report
 * of the built-in terms is the same with and without the file. Each file here is trusted
 * (restricted mode would refuse it before compiling), so that the engine itself is attacked.
 */
class VerdictProtectionTests {

    private static final String HEADER = "package org.example.attack\n"
            + "import java.util.List\n"
            + "import org.parley.rules.Violation\nimport org.parley.rules.model.Severity\n"
            + "import org.parley.rules.model.Detainee\nimport org.parley.rules.model.Batch\n"
            + "import org.parley.rules.model.Status\n"
            + "import org.parley.rules.drools.facts.ValidationContext\n"
            + "import org.parley.rules.drools.facts.DetaineeProfile\n";

    /** A record with an AGE_LIMIT and an ALL_FOR_ALL error. */
    private static final ExchangeRecord RECORD = record(
            agreement(new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE),
                    new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), date("2025-06-20")))
                    .withAsOf(date("2025-06-30")),
            List.of(heldByUa("RU-0001").withBirthDate(date("2000-05-30")), heldByRu("UA-0001"),
                    heldByRu("UA-0002").withCondition(org.parley.rules.model.Condition.SERIOUSLY_WOUNDED)),
            batch("B1", "2025-06-09", release("RU-0001", Basis.YOUNG)));

    private static final ValidationReport BUILT_IN = Validators.newValidator().validate(RECORD);

    private static List<Violation> builtInPart(ValidationReport report) {
        return report.violations().stream().filter(Violation::isBuiltIn).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "delete every violation   | $v : Violation( )                 | delete($v);",
        "delete the batches       | $b : Batch( )                     | delete($b);",
        "delete the profiles      | $p : DetaineeProfile( )           | delete($p);",
        "delete the tallies       | $t : org.parley.rules.drools.facts.BatchTally( ) | delete($t);",
        "delete the detainees     | $d : Detainee( )                  | delete($d);",
        "modify a detainee        | $d : Detainee( id == \"RU-0001\", birthDate.isPresent(), birthDate.get().getYear() == 2000 ) | delete($d); insert($d.withBirthDate(java.time.LocalDate.of(2010, 1, 1)));",
        "change the context       | $c : ValidationContext( )         | delete($c);",
        "retract through drools   | $v : Violation( )                 | drools.delete($v);",
    })
    void aCustomRule_cannotChangeTheBuiltInVerdict(String attack, String when, String then) {
        String drl = HEADER + "rule \"ATTACK-01 " + attack + "\" @derives(\"nothing\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
        Validator validator = Validators.builder().addRules("attack.drl", drl).maxFirings(100_000).build();

        ValidationReport report = validator.validate(RECORD);

        assertThat(BUILT_IN.errors()).extracting(Violation::code).contains("AGE_LIMIT", "ALL_FOR_ALL");
        assertThat(report.violations()).as(attack).isEqualTo(BUILT_IN.violations());
        assertThat(sessionReport(validator)).as(attack + ", in a session").isEqualTo(
                sessionReport(Fixtures.VALIDATOR));
    }

    private static List<Violation> sessionReport(Validator validator) {
        try (ValidationSession session = validator.openSession(RECORD.agreement())) {
            RECORD.detainees().forEach(session::add);
            RECORD.batches().forEach(session::add);
            return builtInPart(session.report());
        }
    }

    @Test
    void aCustomRule_cannotForgeABuiltInObligation() {
        String drl = HEADER + "rule \"ATTACK-01 forge an obligation\" @derives(\"nothing\")\nwhen\n"
                + "    ValidationContext( )\nthen\n"
                + "    insertLogical(new org.parley.rules.Obligation(\"RELEASE\", \"ALL_FOR_ALL\", java.util.Optional.of(\"UA\"),"
                + " List.of(\"UA-0009\"), java.util.Optional.empty(), java.util.OptionalLong.empty(),"
                + " \"ALL_FOR_ALL-03 covered detainees still to be released\", \"forged\"));\nend\n";
        Validator validator = Validators.builder().addRules("attack.drl", drl).maxFirings(100_000).build();

        ValidationReport report = validator.validate(RECORD);

        assertThat(report.obligations()).isEqualTo(BUILT_IN.obligations());
        assertThat(report.violations()).isEqualTo(BUILT_IN.violations());
    }

    @Test
    void aCustomRule_mayNotReportABuiltInCodeOrTerm() {
        String drl = HEADER + "import org.parley.rules.drools.facts.Report\n"
                + "rule \"FAKE-01 r\" @term(\"MINE\") @code(\"AGE_LIMIT\") @severity(\"ERROR\")\nwhen\n"
                + "    $d : Detainee( )\nthen\n    insertLogical(Report.violation(drools, \"AGE_LIMIT\", List.of($d.id()), \"x\"));\nend\n"
                + "rule \"FAKE-02 r\" @term(\"AGE_LIMIT\") @code(\"MINE\") @severity(\"ERROR\")\nwhen\n"
                + "    $d : Detainee( )\nthen\n    insertLogical(Report.violation(drools, \"MINE\", List.of($d.id()), \"x\"));\nend\n";
        try {
            Validators.builder().addRules("fake.drl", drl).build();
            throw new AssertionError("compiled");
        } catch (RuleCompilationException e) {
            assertThat(e.problems()).extracting(Object::toString).containsExactly(
                    "fake.drl:11:1: rule \"FAKE-01 r\": @code(\"AGE_LIMIT\") is a built-in code; a rule file reports "
                            + "codes of its own terms",
                    "fake.drl:17:1: rule \"FAKE-02 r\": @term(\"AGE_LIMIT\") is a built-in term; a rule file reports "
                            + "codes of its own terms");
        }
    }

    @Test
    void aCustomViolation_namesItsFile_andOnlyItsOwnCodesCount() {
        String drl = HEADER + "import org.parley.rules.drools.facts.Report\n"
                + "rule \"MINE-01 r\" @term(\"MINE\") @code(\"MINE\") @severity(\"WARNING\")\nwhen\n"
                + "    $d : Detainee( id == \"UA-0001\" )\nthen\n"
                + "    insertLogical(Report.violation(drools, \"MINE\", List.of($d.id()), \"mine\"));\nend\n";
        ValidationReport report = Validators.builder().addRules("mine.drl", drl).build().validate(RECORD);

        assertThat(report.byCode("MINE")).singleElement().satisfies(v -> {
            assertThat(v.source()).isEqualTo("mine.drl");
            assertThat(v.isBuiltIn()).isFalse();
        });
        assertThat(builtInPart(report)).isEqualTo(BUILT_IN.violations());
        assertThat(BUILT_IN.violations()).allSatisfy(v -> assertThat(v.source()).isEqualTo(Violation.BUILT_IN));
    }

    @Test
    void aCustomRule_cannotForgeAViolation() {
        String drl = HEADER + "rule \"ATTACK-01 forge an AGE_LIMIT\" @derives(\"nothing\")\nwhen\n"
                + "    $c : ValidationContext( )\nthen\n"
                + "    insert(new Violation(\"AGE_LIMIT\", Severity.ERROR, List.of(\"UA-0001\"), \"AGE_LIMIT\", "
                + "\"AGE_LIMIT-01 released on basis YOUNG but outside the age range\", \"forged\"));\nend\n";
        try {
            Validators.builder().addRules("attack.drl", drl).build();
            throw new AssertionError("compiled");
        } catch (RuleCompilationException e) {
            assertThat(e.problems()).extracting(Object::toString).containsExactly(
                    "attack.drl:14:12: rule \"ATTACK-01 forge an AGE_LIMIT\": creates a Violation itself; report "
                            + "through Report.violation(drools, code, subjects, message), which takes the term, the "
                            + "rule and the severity from the rule's metadata");
        }
    }
}
