package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each class of attack, written as the rule file that would get through a check of the text,
 * compiled to Drools' executable model as the run-time build does, and caught in the
 * compiled classes by {@link ModelClassCheck} before any of them is loaded.
 */
class CompiledCodeAttackTests {

    private static final String HEADER = "package org.example.rules\n"
            + "import java.util.List\nimport org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n";

    private static List<String> findings(String drl) {
        return ModelClassCheck.findings(ExecModelBuild.classes("org.example.rules", drl)).stream()
                .map(BytecodeVerifier.Finding::what).toList();
    }

    private static String rule(String when, String then) {
        return HEADER + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a constraint reads the system                | $d : Detainee( id == System.getProperty(\"user.home\") ) |                                          | call java.lang.System.getProperty(java.lang.String)",
        "newline escape ends a // comment             | $d : Detainee( )                         | // \\u000a System.exit(3);                                     | call java.lang.System.exit(int)",
        "quote escape ends a string                   | $d : Detainee( )                         | String s = \"\\u0022; System.exit(3); //\";                  | call java.lang.System.exit(int)",
        "Formatter opens a file                       | $d : Detainee( )                         | new java.util.Formatter(\"marker\");                          | new java.util.Formatter(java.lang.String)",
        ".class gives a class loader                  | $d : Detainee( )                         | Detainee.class.getClassLoader();                             | a Class constant org.parley.rules.model.Detainee.class",
        "getClass gives the module                    | $d : Detainee( )                         | $d.getClass().getModule();                                   | call java.lang.Object.getClass()",
        "TimeZone.setDefault                          | $d : Detainee( )                         | java.util.TimeZone.setDefault(null);                         | call java.util.TimeZone.setDefault(java.util.TimeZone)",
        "Locale.setDefault                            | $d : Detainee( )                         | java.util.Locale.setDefault(java.util.Locale.ROOT);          | call java.util.Locale.setDefault(java.util.Locale)",
        "a parallel stream                            | $d : Detainee( )                         | List.of(1, 2).parallelStream().count();                      | call java.util.List.parallelStream()",
        "a while loop                                 | $d : Detainee( )                         | int i = 0; while (i >= 0) { i++; }                           | a loop (backward jump): rule code must not loop",
        "BigInteger.pow                               | $d : Detainee( )                         | java.math.BigInteger.TEN.pow(1 << 30);                       | field java.math.BigInteger.TEN (not on the allowlist)",
        "re-insert what it matched                    | $d : Detainee( )                         | insert($d.withName(\"x\"));                                   | call org.drools.model.Drools.insert(java.lang.Object)",
        "delete what it matched                       | $d : Detainee( )                         | delete($d);                                                  | call org.drools.model.Drools.delete(java.lang.Object)",
        "an allocation loop                           | $d : Detainee( )                         | java.util.ArrayList<Object> l = new java.util.ArrayList<>(); for (;;) { l.add(new long[1 << 20]); } | a loop (backward jump): rule code must not loop",
        "a thread                                     | $d : Detainee( )                         | new Thread(() -> {}).start();                                | new java.lang.Thread(java.lang.Runnable)",
        "the engine's runtime                         | $d : Detainee( )                         | drools.getRuntime(org.kie.api.runtime.KieRuntime.class).halt(); | a Class constant org.kie.api.runtime.KieRuntime.class",
    })
    void eachAttack_isCaughtInTheCompiledClasses(String attack, String when, String then, String expected) {
        assertThat(findings(rule(when, then == null ? "" : then))).as(attack)
                .anySatisfy(f -> assertThat(f).startsWith(expected));
    }

    @Test
    void aTextBlockHidingACall_isCaught() {
        String then = "String s = \"\"\"\n        x\"\"\"; System.exit(3);";
        assertThat(findings(rule("$d : Detainee( )", then))).contains("call java.lang.System.exit(int) (not on the allowlist)");
    }

    @Test
    void aLoopInAFunction_isCaught_andRecursionIsLeftToTheStackLimit() {
        String drl = HEADER + "function int spin(int n) { while (n > 0) { n--; } return n; }\n"
                + "function int deeper(int n) { return deeper(n + 1); }\n"
                + "rule \"X-01 r\" @term(\"X\") @code(\"X\") @severity(\"ERROR\")\nwhen\n    $d : Detainee( )\nthen\n"
                + "    spin(3); deeper(0);\nend\n";
        assertThat(findings(drl)).containsExactly("a loop (backward jump): rule code must not loop");
    }

    @Test
    void eachFinding_isAProblemOfTheRuleFileAtItsPlace() {
        String drl = rule("$d : Detainee( )", "int i = 0;\n    java.util.TimeZone.setDefault(null);\n    while (i < 3) { i++; }");
        org.parley.rules.RuleSource source = new org.parley.rules.RuleSource("untrusted.drl", drl);
        org.drools.drl.ast.descr.PackageDescr pkg = new org.parley.rules.drools.internal.RuleFileChecker()
                .check("untrusted.drl", drl).orElseThrow();
        assertThat(ModelClassCheck.problems(ExecModelBuild.classes("org.example.rules", drl), List.of(source), List.of(pkg)))
                .extracting(Object::toString).containsExactly(
                        "untrusted.drl:10:24: restricted mode refuses call java.util.TimeZone.setDefault(java.util.TimeZone) "
                                + "in the compiled rule code: it may use the fact model, the reporting helper, java.time, "
                                + "java.util collections and java.lang basics, and must not loop",
                        "untrusted.drl:11:5: restricted mode refuses a loop (backward jump): rule code must not loop "
                                + "in the compiled rule code: it may use the fact model, the reporting helper, java.time, "
                                + "java.util collections and java.lang basics, and must not loop");
    }

    /**
     * Through the real path (a restricted validator's build): a loop passes every check of the
     * text and is refused by the check of the compiled classes, at its place in the file; the
     * other attacks are refused earlier, by the checks of the text.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a while loop                  | $d : Detainee( )  | int i = 0; while (i >= 0) { i++; } | attack.drl:9:16: restricted mode refuses a loop (backward jump): rule code must not loop in the compiled rule code: it may use the fact model, the reporting helper, java.time, java.util collections and java.lang basics, and must not loop",
        "a constraint reads the system | $d : Detainee( id == System.getProperty(\"user.home\") ) | | attack.drl:7:26: forbidden use of System: restricted mode allows the fact model (org.parley.rules.model, org.parley.rules.drools.facts), the reporting helper, java.time, java.util collections and java.lang basics",
        "re-insert what it matched     | $d : Detainee( )  | insert($d.withName(\"x\")); | attack.drl:9:5: rule \"X-01 r\" calls insert: restricted mode allows a consequence to report with insertLogical(Report.violation(..)) (or insertLogical of a derived fact) only",
    })
    void eachAttack_isRefusedByTheRestrictedBuild(String attack, String when, String then, String expected) {
        String drl = rule(when, then == null ? "" : then);
        try {
            org.parley.rules.Validators.builder().restricted().addRules("attack.drl", drl).build();
            throw new AssertionError(attack + ": compiled");
        } catch (org.parley.rules.RuleCompilationException e) {
            assertThat(e.problems()).as(attack).extracting(Object::toString).containsExactly(expected);
        }
    }

    @Test
    void aLoop_isAcceptedFromATrustedFile() {
        String drl = rule("$d : Detainee( )", "int i = 0; while (i < 3) { i++; }");
        assertThat(org.parley.rules.Validators.builder().addRules("trusted.drl", drl).build().termTypes())
                .contains("X");
    }

    @Test
    void honestRules_pass() {
        String honest = rule("$d : Detainee( id != \"x\", id.length() > 2, birthDate.isPresent() )\n"
                        + "    accumulate( Detainee( $i : id ); $n : count($i); $n > 0 )",
                "insertLogical(Report.violation(drools, \"X\", List.of($d.id()), "
                        + "$d.id().toUpperCase() + \" of \" + $n + \" \" + List.of(1, 2).stream().map(x -> x * 2).toList()));");
        assertThat(findings(honest)).isEmpty();
    }

    private static final String REPORTING = "package org.example.rules\nimport java.util.List\nimport java.util.Optional\n"
            + "import java.util.OptionalLong\nimport org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\nimport org.parley.rules.Obligation\n"
            + "import org.parley.rules.Violation\n";
    private static final String OBLIGATION = "\"RELEASE\", \"X\", Optional.empty(), List.of($d.id()), Optional.empty(), "
            + "OptionalLong.empty(), \"X-01 r\", \"m\"";

    /**
     * A restricted file reports obligations and violations through Report alone: the
     * constructors, Obligation.of and Violation.fromSource are off the allowlist, whichever way
     * the file names them (a simple or fully qualified name, a DRL function, a lambda, a static
     * import, a method reference), each refused at its use; and the other ways an attacker
     * would try around the allowlist, each refused at its place. Line 9 holds the file's
     * declarations, line 14 the consequence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "new Obligation                 | | `insertLogical(new Obligation(" + OBLIGATION + "));` | 14:23: restricted mode refuses new org.parley.rules.Obligation(",
        "a fully qualified name         | | `insertLogical(new org.parley.rules.Obligation(" + OBLIGATION + "));` | 14:40: restricted mode refuses new org.parley.rules.Obligation(",
        "inside a lambda                | | `java.util.function.Supplier<Obligation> s = () -> new Obligation(" + OBLIGATION + "); insertLogical(s.get());` | 14:59: restricted mode refuses new org.parley.rules.Obligation(",
        "inside a DRL function          | `function Obligation forge(String id) { return new Obligation(\"RELEASE\", \"X\", Optional.empty(), List.of(id), Optional.empty(), OptionalLong.empty(), \"X-01 r\", \"m\"); }` | insertLogical(forge($d.id())); | 9:51: restricted mode refuses new org.parley.rules.Obligation(",
        "Obligation.of                  | | `insertLogical(Obligation.of(\"RELEASE\", \"X\", List.of($d.id()), \"X-01 r\", \"m\"));` | 14:30: restricted mode refuses call org.parley.rules.Obligation.of(",
        "a static import of of          | import function org.parley.rules.Obligation.of | `insertLogical(of(\"RELEASE\", \"X\", List.of($d.id()), \"X-01 r\", \"m\"));` | 14:19: restricted mode refuses call org.parley.rules.Obligation.of(",
        "a method reference             | | `java.util.function.BiFunction<Violation, String, Violation> f = Violation::fromSource; insertLogical(Report.obligation(drools, \"RELEASE\", List.of($d.id()), \"m\"));` | 14:80: restricted mode refuses method reference org.parley.rules.Violation.fromSource(java.lang.String)",
        "a global collection to fill    | global java.util.List sink | sink.add($d); | 14:10: restricted mode refuses call java.util.List.add(java.lang.Object)",
        "a query calling the system     | `query leak(String k) Detainee( id == System.getProperty(k) ) end` | | 9:38: forbidden use of System",
        "from a method giving a loader  | | `Object o = List.of($d).get(0); o.getClass();` | 14:38: forbidden use of getClass",
        "a declared type's initializer  | `declare Evil home : String = System.getProperty(\"user.home\") end` | Evil e = new Evil(); | 9:30: forbidden use of System",
        "a custom accumulate function   | import accumulate java.lang.ProcessBuilder evil | | 9:8: import accumulate java.lang.ProcessBuilder: restricted mode allows the built-in accumulate functions only",
        "Enum.valueOf on another class  | | `Enum.valueOf(Thread.State.class, \"NEW\");` | 14:18: forbidden use of Thread",
    })
    void eachWayAroundTheAllowlist_isRefusedAtItsUse(String attack, String declarations, String then, String expected) {
        String drl = REPORTING + (declarations == null ? "" : declarations) + "\n"
                + "rule \"X-01 r\" @term(\"X\") @obligation(\"RELEASE\")\nwhen\n    $d : Detainee( )\nthen\n    "
                + (then == null ? "" : then) + "\nend\n";
        try {
            org.parley.rules.Validators.builder().restricted().addRules("attack.drl", drl).build();
            throw new AssertionError(attack + ": compiled");
        } catch (org.parley.rules.RuleCompilationException e) {
            assertThat(e.problems()).as(attack).extracting(Object::toString)
                    .anySatisfy(p -> assertThat(p).startsWith("attack.drl:" + expected));
        }
    }

    @Test
    void reportingThroughTheHelper_withItsWithMethods_passes() {
        String drl = REPORTING + "\nrule \"X-01 r\" @term(\"X\") @obligation(\"RELEASE\")\nwhen\n    $d : Detainee( )\n"
                + "then\n    insertLogical(Report.obligation(drools, \"RELEASE\", List.of($d.id()), \"m\").withParty(\"UA\")"
                + ".withCount(3).withDue(java.time.LocalDate.of(2025, 1, 1)));\nend\n";
        assertThat(org.parley.rules.Validators.builder().restricted().addRules("honest.drl", drl).build().termTypes())
                .contains("X");
    }
}
