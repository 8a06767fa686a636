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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.Explanation;
import org.parley.rules.Obligation;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.ValidationException;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Condition;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.WoundedPriorityTerm;

class CustomRulesTests {

    /** The tutorial's rule file, kept in docs/ and run here. */
    private static final Path BATCH_LIMIT = Path.of("../docs/authoring/batch-limit.drl");
    private static final String BATCH_LIMIT_RULE = "BATCH_LIMIT-01 a party released more than the limit in one batch";

    private static final String HEADER = "package org.example.rules\n\n"
            + "import java.util.List\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n\n";

    private static ExchangeRecord threeReleasedByRu(CustomTerm... extra) {
        return record(agreement(extra), List.of(heldByRu("UA-1"), heldByRu("UA-2"), heldByRu("UA-3"), heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER),
                        release("UA-3", Basis.OTHER), release("RU-1", Basis.OTHER)));
    }

    private static List<String> problemsOf(String name, String drl) {
        try {
            Validators.builder().withoutBuiltInRules().addRules(name, drl).build();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the rule file compiled");
    }

    @Test
    void customTerm_reportsThroughItsRuleFile() {
        Validator validator = Validators.builder().addRules(BATCH_LIMIT).build();

        ValidationReport report = validator.validate(threeReleasedByRu(
                new CustomTerm("BATCH_LIMIT", Map.of("max", 2L))));

        assertThat(report.violations()).containsExactly(new Violation("BATCH_LIMIT", Severity.ERROR,
                List.of("B1", "RU"), "BATCH_LIMIT", BATCH_LIMIT_RULE,
                "in batch B1 (2025-06-09) RU released 3 detainees, more than the 2 agreed", BATCH_LIMIT.toString()));
        assertThat(report.violations().get(0).isBuiltIn()).isFalse();
    }

    private static final String STRICT_CONSENT = HEADER
            + "import org.parley.rules.model.ConsentTerm\n"
            + "import org.parley.rules.drools.facts.DetaineeProfile\n\n"
            + "global ConsentTerm consentTerm\n\n"
            + "rule \"STRICT-01 released while consent must be recorded\"\n"
            + "    @term(\"STRICT\") @code(\"STRICT\") @severity(\"WARNING\")\n"
            + "when\n"
            + "    DetaineeProfile( known, consentTerm != null && consentTerm.requireRecorded(), released(), $id : id )\n"
            + "then\n"
            + "    insertLogical(Report.violation(drools, \"STRICT\", List.of($id), $id + \" released under a strict consent term\"));\n"
            + "end\n";

    /** The messages of a report's violations from the STRICT rule. */
    private static List<String> strict(ValidationReport report) {
        return report.violations().stream().filter(v -> v.code().equals("STRICT")).map(Violation::message).toList();
    }

    @Test
    void aGlobalOfABuiltInTermsType_isTheAgreementsTerm_andNullWhenItListsNone() {
        Validator validator = Validators.builder().addRules("strict-consent.drl", STRICT_CONSENT).build();
        ExchangeRecord none = threeReleasedByRu();
        ExchangeRecord strict = none.withAgreement(none.agreement().withTerm(new org.parley.rules.model.ConsentTerm(true)));
        ExchangeRecord lax = none.withAgreement(none.agreement().withTerm(new org.parley.rules.model.ConsentTerm(false)));

        assertThat(strict(validator.validate(strict))).containsExactly("RU-1 released under a strict consent term",
                "UA-1 released under a strict consent term", "UA-2 released under a strict consent term",
                "UA-3 released under a strict consent term");
        assertThat(strict(validator.validate(lax))).isEmpty();
        assertThat(strict(validator.validate(none))).as("no CONSENT term: the global is null").isEmpty();
        try (var session = validator.openSession(strict.agreement())) {
            strict.detainees().forEach(session::add);
            strict.batches().forEach(session::add);
            assertThat(strict(session.report())).as("a session sets the globals too").hasSize(4);
        }
    }

    /** The example of docs/authoring.md, "Obligations of your own". */
    private static final Path MINIMUM_RELEASE = Path.of("../docs/obligations/minimum-release.drl");

    @Test
    void customTerm_addsItsOwnObligationBeforeItsDate_andItsViolationFromThen() {
        Validator validator = Validators.builder().restricted().addRules(MINIMUM_RELEASE).build();
        CustomTerm five = new CustomTerm("MINIMUM_RELEASE",
                Map.of("party", "RU", "count", 5L, "by", java.time.LocalDate.of(2025, 6, 20)));
        ExchangeRecord record = threeReleasedByRu(five);

        ValidationReport before = validator.validate(record.withAgreement(record.agreement()
                .withAsOf(date("2025-06-10"))));
        ValidationReport after = validator.validate(record.withAgreement(record.agreement()
                .withAsOf(date("2025-06-20"))));

        assertThat(before.violations()).isEmpty();
        assertThat(before.obligations()).containsExactly(new Obligation("MINIMUM_RELEASE", "MINIMUM_RELEASE",
                java.util.Optional.of("RU"), List.of("ag-1"), java.util.Optional.of(date("2025-06-20")),
                java.util.OptionalLong.of(2), "MINIMUM_RELEASE-02 releases still owed before the date",
                "RU must release 2 more by 2025-06-20"));
        assertThat(after.obligations()).isEmpty();
        assertThat(after.violations()).containsExactly(new Violation("MINIMUM_RELEASE", Severity.ERROR,
                List.of("ag-1"), "MINIMUM_RELEASE", "MINIMUM_RELEASE-01 fewer released than agreed by the date",
                "RU released 3 by 2025-06-20, fewer than the 5 agreed").fromSource(MINIMUM_RELEASE.toString()));
        ExchangeRecord three = threeReleasedByRu(new CustomTerm("MINIMUM_RELEASE",
                Map.of("party", "RU", "count", 3L, "by", java.time.LocalDate.of(2025, 6, 20))));
        assertThat(validator.validate(three.withAgreement(three.agreement().withAsOf(date("2025-06-10"))))
                .obligations()).as("nothing owed once the count is reached").isEmpty();
    }

    @Test
    void obligationHelper_refusesAKindOtherThanTheRulesOwn() {
        Validator validator = Validators.builder().withoutBuiltInRules().addRules("owed.drl", HEADER
                + "import org.parley.rules.model.Agreement\n"
                + "rule \"OWED-01 x\" @term(\"OWED\") @obligation(\"OWED\")\nwhen\n    Agreement()\nthen\n"
                + "    insertLogical(Report.obligation(drools, \"OTHER\", List.of(), \"m\"));\nend\n").build();

        assertThatThrownBy(() -> validator.validate(threeReleasedByRu()))
                .hasStackTraceContaining("rule \"OWED-01 x\" reports an obligation of kind OTHER but declares "
                        + "@obligation(\"OWED\")");
    }

    @Test
    void customTerm_parametersDecide() {
        Validator validator = Validators.builder().addRules(BATCH_LIMIT).build();

        assertThat(validator.validate(threeReleasedByRu(new CustomTerm("BATCH_LIMIT", Map.of("max", 3L))))
                .violations()).isEmpty();
    }

    @Test
    void customTerm_notListed_isNotChecked() {
        Validator validator = Validators.builder().addRules(BATCH_LIMIT).build();

        assertThat(validator.validate(threeReleasedByRu()).violations()).isEmpty();
    }

    @Test
    void customRules_runBesideTheBuiltInOnes() {
        Validator validator = Validators.builder().addRules(BATCH_LIMIT).build();
        ExchangeRecord record = record(agreement(new CustomTerm("BATCH_LIMIT", Map.of("max", 0L))), List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-404", Basis.OTHER)));

        assertThat(validator.validate(record).violations()).extracting(Violation::code)
                .containsExactly("BATCH_LIMIT", "UNKNOWN_DETAINEE");
    }

    @Test
    void withoutBuiltInRules_onlyTheAddedRulesRun() {
        Validator validator = Validators.builder().withoutBuiltInRules()
                .addRules("queries.drl", "package org.example.rules\nimport org.parley.rules.Violation\n"
                        + "query \"parley violations\"\n    $violation : Violation()\nend\n")
                .addRules("common.drl", org.parley.rules.drools.internal.RuleBase.readBuiltIn(
                        "org/parley/rules/common/classification.drl"))
                .addRules(BATCH_LIMIT)
                .build();
        ExchangeRecord record = record(agreement(new CustomTerm("BATCH_LIMIT", Map.of("max", 0L))), List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-404", Basis.OTHER)));

        assertThat(validator.validate(record).violations()).extracting(Violation::code).containsExactly("BATCH_LIMIT");
        assertThat(validator.termTypes()).containsExactly("BATCH_LIMIT");
    }

    @Test
    void termTypes_areTheBuiltInOnesAndThoseTheRuleFilesDeclare() {
        assertThat(Validators.newValidator().termTypes()).containsExactlyInAnyOrder("ALL_FOR_ALL", "AGE_LIMIT",
                "WOUNDED_PRIORITY", "CADENCE", "PARITY", "SIMULTANEITY", "AGREED_LISTS", "CONSENT", "ELIGIBILITY",
                "REMAINS");
        assertThat(Validators.builder().addRules(BATCH_LIMIT).build().termTypes()).contains("BATCH_LIMIT", "PARITY");
    }

    @Test
    void customTermThatNoRuleDeclares_isRejected() {
        assertThatThrownBy(() -> Validators.newValidator().validate(threeReleasedByRu(CustomTerm.of("OFFICERS_LAST"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term type OFFICERS_LAST is declared by no loaded rule (@term); known types: AGE_LIMIT, "
                        + "AGREED_LISTS, ALL_FOR_ALL, CADENCE, CONSENT, ELIGIBILITY, PARITY, REMAINS, SIMULTANEITY, "
                        + "WOUNDED_PRIORITY");
    }

    @Test
    void addRules_fromAFolder_readsEveryRuleFileBelowIt(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("nested"));
        Files.writeString(folder.resolve("nested/batch-limit.drl"), Files.readString(BATCH_LIMIT));
        Files.writeString(folder.resolve("notes.txt"), "not a rule file");

        Validator validator = Validators.builder().addRules(folder).build();

        assertThat(validator.termTypes()).contains("BATCH_LIMIT");
    }

    @Test
    void addRules_fromAFolderWithNoRuleFile_saysSo(@TempDir Path folder) {
        assertThatThrownBy(() -> Validators.builder().addRules(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule file (*.drl) in " + folder);
        assertThatThrownBy(() -> Validators.builder().addRules(folder.resolve("missing.drl")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no such rule file or folder: " + folder.resolve("missing.drl"));
    }

    @Test
    void addRulesFromClasspath_readsTheResource() {
        assertThatThrownBy(() -> Validators.builder().addRulesFromClasspath(getClass().getClassLoader(), "no/such.drl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule file on the classpath at no/such.drl");
        assertThat(Validators.builder().withoutBuiltInRules()
                .addRulesFromClasspath(getClass().getClassLoader(), "org/parley/rules/terms/consent.drl")
                .build().termTypes()).containsExactly("CONSENT");
    }

    @Test
    void build_withNoRulesAtAll_isRefused() {
        assertThatThrownBy(() -> Validators.builder().withoutBuiltInRules().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no rules: add a rule file or keep the built-in rules");
    }

    @Test
    void compileError_parseErrorPointsAtLineAndColumn() {
        assertThat(problemsOf("bad.drl", HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    Detainee( id == )\nthen\nend\n"))
                .containsExactly("bad.drl:9:21: no viable alternative at input ')' in rule \"X-01 r\"");
    }

    @Test
    void compileError_unknownFactTypePointsAtIt() {
        assertThat(problemsOf("type.drl", HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    Officer( rank == 3 )\nthen\nend\n"))
                .containsExactly("type.drl:9:5: rule \"X-01 r\": Officer is not a fact type this file can see: no class "
                        + "of that name is imported (a typo, or a missing import?)");
    }

    @Test
    void compileError_unknownFieldPointsAtTheConstraint() {
        assertThat(problemsOf("field.drl", HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    Detainee( rank == \"officer\" )\nthen\nend\n"))
                .containsExactly("field.drl:9:15: rule \"X-01 r\": Detainee has no field rank; its fields are birthDate, "
                        + "condition, consent, heldBy, id, name, returnTo, status");
    }

    @Test
    void compileError_inAConsequencePointsAtTheCall() {
        assertThat(problemsOf("then.drl", HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + "when\n    $d : Detainee( )\nthen\n    String s = $d.rank();\nend\n"))
                .containsExactly("then.drl:11:19: The method rank() is undefined for the type Detainee");
    }

    @Test
    void metadataErrors_nameTheFileAndTheRule() {
        assertThat(problemsOf("meta.drl", HEADER + "rule \"late-officer\" @term(\"OFFICERS\") @code(\"late officer\")\n"
                + "when\n    Detainee( )\nthen\nend\n"))
                .containsExactly(
                        "meta.drl:7:1: rule \"late-officer\": @code(\"late officer\") is not UPPER_SNAKE_CASE",
                        "meta.drl:7:1: rule \"late-officer\": has no @severity metadata; "
                                + "expected ERROR, WARNING, INFO or TERM");
    }

    @Test
    void everyProblemOfEveryFile_isReportedTogether() {
        RuleCompilationException e = org.junit.jupiter.api.Assertions.assertThrows(RuleCompilationException.class,
                () -> Validators.builder()
                        .addRules("a.drl", HEADER + "rule \"A-01 r\" @term(\"A\") @code(\"A\")\nwhen\nthen\nend\n")
                        .addRules("b.drl", HEADER + "rule \"B-01 r\"\nwhen\n    Detainee( id == )\nthen\nend\n")
                        .addRules("c.drl", HEADER + "rule \"A-01 r\" @term(\"A\") @code(\"A\") @severity(\"INFO\")\n"
                                + "when\nthen\nend\n")
                        .build());

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "a.drl:7:1: rule \"A-01 r\": has no @severity metadata; expected ERROR, WARNING, INFO or TERM",
                "b.drl:9:21: no viable alternative at input ')' in rule \"B-01 r\"",
                "c.drl:7:1: rule \"A-01 r\": the name is already used in package org.example.rules (a.drl:7:1)");
        assertThat(e.getMessage()).startsWith("3 problems in rule files:\na.drl:7:1: ");
    }

    @Test
    void explain_namesTheFactsEachViolationMatchedAndCountsFirings() {
        Validator validator = Validators.builder().addRules(BATCH_LIMIT).build();
        ExchangeRecord record = record(agreement(new WoundedPriorityTerm(false)),
                List.of(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-H")),
                batch("B1", "2025-06-09", release("UA-H", Basis.OTHER)));

        Explanation explanation = validator.explain(record);

        Violation violation = explanation.report().violations().get(0);
        assertThat(violation.code()).isEqualTo("WOUNDED_PRIORITY");
        assertThat(explanation.factsOf(violation)).extracting(Object::toString).containsExactly(
                "WoundedPriorityTerm[strict=false]",
                "BatchTally[batch=B1, date=2025-06-09, unilateral=false, party=RU, detainees=1, healthy=1, wounded=0, "
                        + "seriouslyWounded=0, seriouslyIll=0, firstHandover=absent, detaineesByBases={[OTHER]=1}]",
                "HeldDetainees[party=RU, condition=SERIOUSLY_WOUNDED, count=1, detainees=[UA-W]]",
                "HeldDetainees[party=RU, condition=SERIOUSLY_ILL, count=0, detainees=[]]");
        assertThat(explanation.firings()).containsEntry(
                "WOUNDED_PRIORITY-01 non-priority release while priority detainees are held", 1L);
        assertThat(explanation.rulesNeverFired()).contains(BATCH_LIMIT_RULE, "PARITY-01 parties released different "
                + "numbers in a batch").doesNotContain("WOUNDED_PRIORITY-01 non-priority release while priority detainees are held");
        assertThat(explanation.report()).isEqualTo(validator.validate(record));
    }

    @Test
    void aFixedSeverity_cannotBeOverriddenByTheConsequence() {
        Validator validator = Validators.builder().withoutBuiltInRules().addRules("fixed.drl", HEADER
                + "import org.parley.rules.model.Severity\n\n"
                + "rule \"LOUD-01 says warning, reports error\" @term(\"LOUD\") @code(\"LOUD\") @severity(\"WARNING\")\n"
                + "when\n    Detainee( $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, Severity.ERROR, \"LOUD\", List.of($id), \"m\"));\nend\n")
                .build();
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1")));

        assertThatThrownBy(() -> validator.validate(record)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("rule \"LOUD-01 says warning, reports error\" reports severity ERROR but "
                        + "declares @severity(\"WARNING\"); a rule whose term chooses the severity declares "
                        + "@severity(\"TERM\")");
    }

    @Test
    void termSeverity_isTheOneTheConsequencePasses() {
        Validator validator = Validators.builder().addRules("term.drl", HEADER
                + "import org.parley.rules.model.Severity\n\n"
                + "rule \"CHOSEN-01 the term decides\" @term(\"CHOSEN\") @code(\"CHOSEN\") @severity(\"TERM\")\n"
                + "when\n    Detainee( $id : id )\nthen\n"
                + "    insertLogical(Report.violation(drools, Severity.INFO, \"CHOSEN\", List.of($id), \"m\"));\nend\n")
                .build();

        assertThat(validator.validate(record(agreement(), List.of(heldByRu("UA-1")))).violations()).containsExactly(
                new Violation("CHOSEN", Severity.INFO, List.of("UA-1"), "CHOSEN", "CHOSEN-01 the term decides", "m",
                        "term.drl"));
    }
}
