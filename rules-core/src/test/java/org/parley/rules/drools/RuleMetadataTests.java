package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.parley.rules.drools.internal.RuleBase;
import org.parley.rules.drools.internal.RuleFileChecker;

class RuleMetadataTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)");

    @Test
    void everyRuleFileUnderResources_isBuiltIn() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            found = files.filter(p -> p.toString().endsWith(".drl"))
                    .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }

        assertThat(found).containsExactlyInAnyOrderElementsOf(RuleBase.BUILT_IN);
    }

    @Test
    void everyBuiltInRuleFile_sitsInTheFolderOfItsPackage() {
        for (String path : RuleBase.BUILT_IN) {
            Matcher m = PACKAGE.matcher(RuleBase.readBuiltIn(path));
            assertThat(m.find()).as(path).isTrue();
            assertThat(path.substring(0, path.lastIndexOf('/'))).as(path).isEqualTo(m.group(1).replace('.', '/'));
        }
    }

    @Test
    void everyBuiltInRule_carriesItsMetadata() {
        RuleFileChecker checker = new RuleFileChecker();
        RuleBase.BUILT_IN.forEach(path -> checker.check(path, RuleBase.readBuiltIn(path)));

        assertThat(checker.problems()).isEmpty();
    }

    @Test
    void everyReportingRuleInTheCompiledRules_namesTermCodeAndSeverity() {
        List<String> missing = new ArrayList<>();
        int reporting = 0;
        int obligations = 0;
        for (var pkg : RuleBase.buildBuiltIn().getKiePackages()) {
            var queries = pkg.getQueries().stream().map(q -> q.getName()).toList();
            for (Rule rule : pkg.getRules()) {
                var meta = rule.getMetaData();
                if (meta.containsKey("derives") || queries.contains(rule.getName())) {
                    continue;
                }
                if (meta.containsKey("obligation")) {
                    obligations++;
                    assertThat(meta).as(rule.getName()).containsKey("term").doesNotContainKeys("code", "severity");
                    assertThat(rule.getName()).as("an obligation rule is named after its term")
                            .startsWith(String.valueOf(meta.get("term")).replace("\"", "") + "-");
                    continue;
                }
                reporting++;
                for (String key : List.of("term", "code", "severity")) {
                    if (!meta.containsKey(key)) {
                        missing.add(rule.getName() + " lacks @" + key);
                    }
                }
                assertThat(rule.getName()).as("a rule is named after its code")
                        .startsWith(String.valueOf(meta.get("code")).replace("\"", "") + "-");
            }
        }

        assertThat(missing).isEmpty();
        long declared = RuleBase.BUILT_IN.stream().map(RuleBase::readBuiltIn)
                .mapToLong(source -> Pattern.compile("@code\\(").matcher(source).results().count()).sum();
        assertThat(reporting).as("reporting rules compiled, against @code annotations written").isEqualTo(declared)
                .isEqualTo(23);
        assertThat(obligations).as("rules reporting obligations").isEqualTo(5);
    }

    @Test
    void checker_requiresTheTermAndAnUpperSnakeKindOfAnObligationRule() {
        RuleFileChecker checker = new RuleFileChecker();
        checker.check("owed.drl", "package p\n\nrule \"o\" @obligation(\"still-owed\") when then end\n"
                + "rule \"p\" @term(\"T\") @obligation(\"OWED\") when then end\n");

        assertThat(checker.problems()).extracting(Object::toString).containsExactly(
                "owed.drl:3:1: rule \"o\": has no @term metadata; a rule that reports an obligation names its term, "
                        + "e.g. @term(\"ALL_FOR_ALL\") @obligation(\"RELEASE\")",
                "owed.drl:3:1: rule \"o\": @obligation(\"still-owed\") is not UPPER_SNAKE_CASE");
    }

    @Test
    void checker_reportsAParseErrorAtItsLineAndColumn() {
        RuleFileChecker checker = new RuleFileChecker();
        checker.check("bad.drl", "package p\n\nrule \"x\"\nwhen\n    Foo( a == )\nthen\nend\n");

        assertThat(checker.problems()).extracting(Object::toString).containsExactly(
                "bad.drl:5:15: no viable alternative at input ')' in rule \"x\"");
    }

    @Test
    void checker_reportsMissingOrMalformedMetadataAndRepeatedNames() {
        RuleFileChecker checker = new RuleFileChecker();
        checker.check("meta.drl", "package p\n\nrule \"y\"\n    @term(\"T\") @code(\"bad-code\")\nwhen\nthen\nend\n"
                + "\n  rule \"y\" @derives(\"X\") when then end\n"
                + "rule \"z\" @code(\"Z\") @severity(\"FATAL\") when then end\n");

        assertThat(checker.problems()).extracting(Object::toString).containsExactly(
                "meta.drl:3:1: rule \"y\": @code(\"bad-code\") is not UPPER_SNAKE_CASE",
                "meta.drl:3:1: rule \"y\": has no @severity metadata; expected ERROR, WARNING, INFO or TERM",
                "meta.drl:9:3: rule \"y\": the name is already used in package p (meta.drl:3:1)",
                "meta.drl:10:1: rule \"z\": has no @term metadata; a rule that reports names its term, "
                        + "e.g. @term(\"AGE_LIMIT\") (a rule that only derives facts carries @derives instead)",
                "meta.drl:10:1: rule \"z\": @severity(\"FATAL\") is not a severity; "
                        + "expected ERROR, WARNING, INFO or TERM");
    }

    @Test
    void builtInRuleFiles_areUtf8Text() throws IOException {
        for (String path : RuleBase.BUILT_IN) {
            byte[] bytes = Files.readAllBytes(RESOURCES.resolve(path));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path).isEqualTo(RuleBase.readBuiltIn(path));
        }
    }

    @Test
    void theRulesWhoseTermChoosesTheSeverity_declareTerm_andEveryOtherRuleAFixedSeverity() {
        java.util.Map<String, String> severities = new java.util.TreeMap<>();
        for (var pkg : RuleBase.buildBuiltIn().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Object value = rule.getMetaData().get("severity");
                // The executable model may keep a metadata value's quotes; Report reads it unquoted.
                String severity = value == null ? null : value.toString().replace("\"", "");
                if (severity != null && !severity.matches("ERROR|WARNING|INFO")) {
                    severities.put(rule.getName(), severity);
                }
            }
        }

        assertThat(severities).containsExactly(
                java.util.Map.entry("CADENCE_MISSED-01 scheduled date with no batch", "TERM"),
                java.util.Map.entry("CADENCE_UNSCHEDULED-01 batch on a date not scheduled", "TERM"),
                java.util.Map.entry("WOUNDED_PRIORITY-01 non-priority release while priority detainees are held",
                        "TERM"));
    }

    @Test
    void checker_acceptsTermSeverity_onlyWithTheFormThatPassesTheSeverity() {
        RuleFileChecker checker = new RuleFileChecker();
        checker.check("term.drl", "package p\n\n"
                + "rule \"A-01 passes it\" @term(\"A\") @code(\"A\") @severity(\"TERM\")\n"
                + "when\n    $t : CadenceTerm( )\nthen\n"
                + "    insertLogical(Report.violation(drools, $t.severity(), \"A\", List.of(), \"m\"));\nend\n"
                + "rule \"B-01 forgets it\" @term(\"B\") @code(\"B\") @severity(\"TERM\")\n"
                + "when\nthen\n"
                + "    insertLogical(Report.violation( drools, \"B\", List.of(), \"m\"));\nend\n");

        assertThat(checker.problems()).extracting(Object::toString).containsExactly(
                "term.drl:9:1: rule \"B-01 forgets it\": declares @severity(\"TERM\") but reports with "
                        + "Report.violation(drools, \"CODE\", ...), which takes the severity from @severity; pass "
                        + "the term's: Report.violation(drools, $term.severity(), \"CODE\", ...)");
    }
}
