package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.Validators;
import org.parley.rules.testkit.Tries;
import org.quicktheories.core.Gen;

/**
 * Random mixes of what restricted mode allows always compile in restricted mode, and their
 * compiled classes pass the bytecode check: the allowlist does not refuse honest rules.
 */
class AllowedConstructsProperties {

    private static final List<String> CONSTRAINTS = List.of("id != \"x\"", "id.length() > 2", "birthDate.isPresent()",
            "heldBy == \"UA\" || heldBy == \"RU\"", "id.startsWith(\"RU\")", "!id.isEmpty()", "name.orElse(\"\").length() < 100");
    private static final List<String> MESSAGE_PARTS = List.of("$d.id()", "$d.id().toUpperCase()",
            "String.valueOf(Math.max(1, $d.id().length()))", "java.time.LocalDate.of(2025, 6, 2).plusDays(3)",
            "List.of(1, 2, 3).stream().map(x -> x * 2).toList()", "Report.count(2, \"detainee\")",
            "Integer.valueOf(7).toString()", "$d.birthDate().map(b -> b.getYear()).orElse(0)",
            "java.util.Optional.of(\"x\").isPresent()", "Report.sortedList(List.of(\"b\", \"a\"), 1)",
            "$d.heldBy().equals(\"UA\") ? \"UA\" : \"RU\"");

    private static Gen<String> drls() {
        Gen<List<Integer>> constraints = lists().of(integers().between(0, CONSTRAINTS.size() - 1)).ofSizeBetween(0, 3);
        Gen<List<Integer>> parts = lists().of(integers().between(0, MESSAGE_PARTS.size() - 1)).ofSizeBetween(1, 4);
        return constraints.zip(parts, (c, p) -> {
            String when = String.join(", ", c.stream().map(CONSTRAINTS::get).toList());
            String message = String.join(" + \" \" + ", p.stream().map(i -> "(" + MESSAGE_PARTS.get(i) + ")").toList());
            return "package org.example.rules\nimport java.util.List\nimport org.parley.rules.model.Detainee\n"
                    + "import org.parley.rules.drools.facts.Report\n"
                    + "rule \"MIX-01 r\" @term(\"MIX\") @code(\"MIX\") @severity(\"INFO\")\nwhen\n    $d : Detainee( " + when
                    + " )\nthen\n    insertLogical(Report.violation(drools, \"MIX\", List.of($d.id()), \"\" + " + message
                    + "));\nend\n";
        });
    }

    @Test
    void allowedConstructs_compileInRestrictedMode_andPassTheBytecodeCheck() {
        qt().withExamples(Tries.orDefault(6)).forAll(drls()).checkAssert(drl -> {
            assertThatCode(() -> Validators.builder().restricted().addRules("mix.drl", drl).build())
                    .as(drl).doesNotThrowAnyException();
            assertThat(ModelClassCheck.findings(ExecModelBuild.classes("org.example.rules", drl))).as(drl).isEmpty();
        });
    }
}
