package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.Validators;
import org.parley.rules.drools.internal.RuleBase;

class RestrictedModeTests {

    private static final String ALLOWED = ": restricted mode allows the fact model (org.parley.rules.model, "
            + "org.parley.rules.drools.facts), the reporting helper, java.time, java.util collections and "
            + "java.lang basics";

    private static final String HEADER = "package org.example.rules\n"
            + "import java.util.List\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n";

    private static String rule(String when, String then) {
        return HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    private static List<String> rejections(String drl) {
        try {
            Validators.builder().restricted().addRules("untrusted.drl", drl).build();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the restricted rule file was accepted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exit the process       | $d : Detainee( )           | System.exit(1);                                  | 9:5   | System",
        "run a program          | $d : Detainee( )           | Runtime.getRuntime().exec(\"sh\");                 | 9:5   | Runtime",
        "start a process        | $d : Detainee( )           | new ProcessBuilder(\"sh\").start();                | 9:9   | ProcessBuilder",
        "reflection             | $d : Detainee( )           | $d.getClass().getMethod(\"id\").invoke($d);        | 9:8   | getClass",
        "load a class           | $d : Detainee( )           | Class.forName(\"x.Y\");                            | 9:5   | Class",
        "read a file            | $d : Detainee( )           | java.nio.file.Files.readString(null);            | 9:5   | java.nio.file.Files.readString",
        "open a socket          | $d : Detainee( )           | new java.net.Socket(\"example.org\", 80);         | 9:9   | java.net.Socket",
        "start a thread         | $d : Detainee( )           | new Thread(() -> {}).start();                    | 9:9   | Thread",
        "constraint escape      | Detainee( id == System.getProperty(\"user.home\") ) | insertLogical($d);       | 7:21  | System",
    })
    void restricted_rejectsEachForbiddenUseAtItsPlace(String what, String when, String then, String position,
                                                      String forbidden) {
        assertThat(rejections(rule(when, then)))
                .as(what)
                .contains("untrusted.drl:" + position + ": forbidden use of " + forbidden + ALLOWED);
    }

    @Test
    void restricted_rejectsForbiddenImportsGlobalsAndFunctions() {
        String drl = "package org.example.rules\n"
                + "import java.io.File\n"
                + "global java.util.concurrent.ExecutorService pool\n"
                + "function void leak() { System.out.println(\"x\"); }\n"
                + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\nthen\nend\n";

        assertThat(rejections(drl)).containsExactly(
                "untrusted.drl:2:8: forbidden use of java.io.File" + ALLOWED,
                "untrusted.drl:3:8: forbidden use of java.util.concurrent.ExecutorService" + ALLOWED,
                "untrusted.drl:4:24: forbidden use of System" + ALLOWED);
    }

    @Test
    void restricted_ignoresCommentsAndStrings() {
        String drl = rule("$d : Detainee( id != \"System.exit\" ) // System.exit(0)",
                "/* Runtime */ insertLogical(Report.violation(drools, \"X\", List.of($d.id()), \"no Thread here\"));");

        assertThatCode(() -> Validators.builder().restricted().addRules("ok.drl", drl).build()).doesNotThrowAnyException();
    }

    @Test
    void restricted_acceptsTheTutorialAndTheBuiltInRuleFiles() {
        var builder = Validators.builder().withoutBuiltInRules().restricted()
                .addRules(Path.of("../docs/authoring/batch-limit.drl"));
        // In a package of their own: restricted files may not take Parley's namespace.
        RuleBase.BUILT_IN.forEach(path -> builder.addRules(path, RuleBase.readBuiltIn(path)
                .replace("package org.parley.rules.", "package org.example.builtin.")));

        assertThatCode(builder::build).doesNotThrowAnyException();
    }

    @Test
    void unrestricted_isTheApiDefault() {
        assertThatCode(() -> Validators.builder()
                .addRules("trusted.drl", rule("$d : Detainee( )", "System.getProperty(\"user.home\");"))
                .build()).doesNotThrowAnyException();
    }
}
