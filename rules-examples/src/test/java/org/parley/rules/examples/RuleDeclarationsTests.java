package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleDeclarationsTests {

    @Test
    void countsRulesWithQuotedAndPlainNames() {
        assertThat(RuleDeclarations.count("""
                package p
                rule "A-01 one"
                when then end
                  rule 'B-01 two'
                when then end
                rule C01
                when then end
                """)).isEqualTo(3);
    }

    @Test
    void leavesOutQueriesCommentsAndStrings() {
        assertThat(RuleDeclarations.count("""
                package p
                // rule "A-01 commented out"
                /* rule "B-01 commented out"
                rule "C-01 still commented out" */
                query "violations"
                    rule : Object()
                end
                rule "D-01 counted"
                when
                then
                    String s = "a message that says
                rule" + "x";
                    String t = \"""
                rule "E-01 in a text block"
                \""";
                end
                """)).isEqualTo(1);
    }

    @Test
    void countsOnlyTheKeywordFirstOnItsLine() {
        assertThat(RuleDeclarations.count("""
                rule "A-01" when then
                    String rules = "x"; rule = 1; a.rule "b";
                end
                /* a comment */ rule "B-01"
                when then end
                """)).isEqualTo(2);
    }

    @Test
    void anUnclosedStringEndsAtItsLine() {
        assertThat(RuleDeclarations.count("""
                rule "A-01 when then end
                rule "B-01"
                when then end
                """)).isEqualTo(2);
    }
}
