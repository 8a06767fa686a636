package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDeclarationsTests {

    @Test
    void countsTheRulesDroolsParses_leavingOutQueriesCommentsAndStrings() {
        assertThat(RuleDeclarations.of("""
                package p
                // rule "A-01 commented out"
                /* rule "B-01 commented out"
                rule "C-01 still commented out" */
                query "violations"
                    $v : Object()
                end
                rule "D-01 counted"
                when
                then
                    String s = "a message that says rule \\"E-01\\"";
                end
                rule F01
                when then end
                """)).isEqualTo(new RuleDeclarations(2, List.of()));
    }

    @Test
    void namesTheTermsTheFileDeclares_inOrder() {
        assertThat(RuleDeclarations.of("""
                package p
                declare Second
                    @term("SECOND") @description("the second")
                end
                declare NotATerm
                    x : long
                end
                declare First
                    @term("FIRST") @description("the first")
                    max : long @required @description("the most")
                end
                """)).isEqualTo(new RuleDeclarations(0, List.of("SECOND", "FIRST")));
    }

    @Test
    void aFileThatDoesNotParse_declaresNothing() {
        assertThat(RuleDeclarations.of("rule \"A-01\" when then")).isEqualTo(new RuleDeclarations(0, List.of()));
    }
}
