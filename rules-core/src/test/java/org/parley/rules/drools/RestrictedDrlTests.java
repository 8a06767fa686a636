package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.Validators;

/** What restricted mode refuses from the parsed file, before compiling: each at its place. */
class RestrictedDrlTests {

    private static final String IMPORTS = "import java.util.List\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n";
    private static final String REPORT = "insertLogical(Report.violation(drools, \"X\", List.of($d.id()), \"m\"));";

    static List<String> rejections(String drl) {
        try {
            Validators.builder().restricted().addRules("untrusted.drl", drl).build();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the restricted rule file was accepted");
    }

    private static String rule(String attributes, String when, String then) {
        return "package org.example.rules\n" + IMPORTS + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\n"
                + attributes + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "org.drools.core     | 1:9 | package org.drools.core is reserved (the org.drools namespace is Parley's, the engine's or the JDK's)",
        "org.parley.rules    | 1:9 | package org.parley.rules is reserved (the org.parley namespace is Parley's, the engine's or the JDK's)",
        "java.lang           | 1:9 | package java.lang is reserved (the java namespace is Parley's, the engine's or the JDK's)",
        "org.mvel2.x         | 1:9 | package org.mvel2.x is reserved (the org.mvel2 namespace is Parley's, the engine's or the JDK's)",
        "org.objectweb.asm   | 1:9 | package org.objectweb.asm is reserved (package org.objectweb.asm is on the class path)",
        "org.slf4j           | 1:9 | package org.slf4j is reserved (package org.slf4j is on the class path)",
    })
    void packageInAReservedNamespace_isRefused(String pkg, String position, String message) {
        String drl = rule("", "$d : Detainee( )", REPORT).replace("package org.example.rules", "package " + pkg);
        assertThat(rejections(drl)).contains("untrusted.drl:" + position + ": " + message
                + "; restricted mode allows rule files in a package of their own, such as org.example.rules");
    }

    @Test
    void packageUnderADependencysNamespace_isRefused() {
        String drl = rule("", "$d : Detainee( )", REPORT).replace("package org.example.rules", "package org.assertj.evil");
        assertThat(rejections(drl)).anySatisfy(p -> assertThat(p)
                .startsWith("untrusted.drl:1:9: package org.assertj.evil is reserved (org.assertj is a namespace of the "
                        + "class path (org.assertj."));
    }

    @Test
    void theMvelDialect_isRefused() {
        assertThat(rejections(rule("    dialect \"mvel\"\n", "$d : Detainee( )", REPORT)))
                .contains("untrusted.drl:6:5: dialect \"mvel\": restricted mode allows the java dialect only");
        assertThat(rejections("package org.example.rules\ndialect \"mvel\"\n" + IMPORTS
                + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\n    $d : Detainee( )\nthen\n    "
                + REPORT + "\nend\n"))
                .contains("untrusted.drl:2:1: dialect \"mvel\": restricted mode allows the java dialect only");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "timer      | timer (int: 1s 1s) | 6:5",
        "calendars  | calendars \"weekdays\" | 6:5",
        "duration   | duration 1000        | 6:5",
    })
    void timersAndCalendars_areRefused(String name, String attribute, String position) {
        assertThat(rejections(rule("    " + attribute + "\n", "$d : Detainee( )", REPORT)))
                .anySatisfy(p -> assertThat(p).startsWith("untrusted.drl:" + position + ": " + name + " ")
                        .endsWith(": restricted mode allows no timers or calendars (a rule fires when its facts "
                                + "match, within the validation)"));
    }

    @Test
    void entryPointsAndWindows_areRefused() {
        assertThat(rejections(rule("", "$d : Detainee( ) from entry-point \"side\"", REPORT)))
                .contains("untrusted.drl:7:27: from entry-point side: restricted mode allows the default entry point only");
        assertThat(rejections(rule("", "$d : Detainee( ) over window:length( 2 )", REPORT)))
                .contains("untrusted.drl:7:22: over window: restricted mode allows no windows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "insert               | insert($d);                                       | 9:5  | insert",
        "delete               | delete($d);                                       | 9:5  | delete",
        "update               | update($d);                                       | 9:5  | update",
        "retract              | retract($d);                                      | 9:5  | retract",
        "modify               | modify($d) { };                                   | 9:5  | modify",
        "through drools       | drools.delete($d);                                | 9:5  | delete",
        "after a comment      | /* x */ insert($d);                               | 9:13 | insert",
        "unicode-escaped name | \\u0069nsert($d);                                 | 9:5  | insert",
        "newline escape in // | // \\u000a delete($d);                            | 9:15 | delete",
    })
    void consequencesThatChangeFacts_areRefused(String what, String then, String position, String call) {
        assertThat(rejections(rule("", "$d : Detainee( )", then)))
                .as(what)
                .contains("untrusted.drl:" + position + ": rule \"X-01 r\" calls " + call + ": restricted mode allows "
                        + "a consequence to report with insertLogical(Report.violation(..)) (or insertLogical of a "
                        + "derived fact) only");
    }

    @Test
    void changeWordsInStringsAndComments_areNotCalls() {
        assertThat(rejectionsOrNone(rule("", "$d : Detainee( id != \"delete(\" )",
                "// insert(x)\n    insertLogical(Report.violation(drools, \"X\", List.of($d.id()), \"update(\"));")))
                .isEmpty();
    }

    private static List<String> rejectionsOrNone(String drl) {
        try {
            Validators.builder().restricted().addRules("ok.drl", drl).build();
            return List.of();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    @Test
    void aFileTooLarge_isRefusedBeforeParsing() {
        String drl = rule("", "$d : Detainee( )", REPORT) + "// " + "System ".repeat(200_000) + "\n";
        assertThat(rejections(drl)).containsExactly("untrusted.drl:1:1: the rule file has " + drl.length()
                + " characters; restricted mode reads rule files of at most 262144 characters");
    }

    @Test
    void manyProblems_listTheFirstTwentyAndCountTheRest() {
        String drl = rule("", "$d : Detainee( )", "delete($d);\n".repeat(30));
        assertThatThrownBy(() -> Validators.builder().restricted().addRules("untrusted.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).hasSize(20);
                    assertThat(e.total()).isEqualTo(30);
                    assertThat(e.unlisted()).contains("... and 10 more problems (30 in all)");
                    assertThat(e.getMessage()).startsWith("30 problems in rule files, the first 20:\n")
                            .endsWith("\n... and 10 more problems (30 in all)");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Formatter opens a file      | new java.util.Formatter(\"marker\");         | 9:15 | Formatter",
        "TimeZone.setDefault         | java.util.TimeZone.setDefault(null);         | 9:15 | TimeZone",
        "Locale.setDefault           | java.util.Locale.setDefault(null);           | 9:22 | setDefault",
        "parallel stream             | List.of(1).parallelStream().count();         | 9:16 | parallelStream",
        ".class                      | Detainee.class.getClassLoader();             | 9:14 | class",
        "BigInteger.pow              | java.math.BigInteger.TEN.pow(1 << 30);       | 9:15 | BigInteger",
        "newline escape in // comment| // \\u000a System.exit(3);                   | 10:2 | System",
    })
    void allowedClassesThatReachForbiddenThings_areRefused(String what, String then, String position,
                                                            String name) {
        assertThat(rejections(rule("", "$d : Detainee( )", then))).as(what)
                .anySatisfy(p -> assertThat(p).startsWith("untrusted.drl:").contains(": forbidden use of " + name));
    }
}
