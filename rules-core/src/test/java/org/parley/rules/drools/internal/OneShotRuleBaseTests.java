package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * One-shot validation runs on a rule base of its own, built at build time from the same files
 * with plain inserts: the same rules under the same names, in packages of their own; sessions
 * keep the built-in rule base with truth maintenance.
 */
class OneShotRuleBaseTests {

    private static TreeSet<String> ruleNames(KieBase base) {
        TreeSet<String> names = new TreeSet<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        return names;
    }

    @Test
    void theBuiltInRules_haveAOneShotBaseWithTheSameRules_inPackagesOfTheirOwn() {
        CompiledRules builtIn = RuleBase.builtIn();
        KieBase oneShot = RuleBase.oneShotFor(builtIn);

        assertThat(oneShot).isNotSameAs(builtIn.kieBase());
        assertThat(ruleNames(oneShot)).isEqualTo(ruleNames(builtIn.kieBase())).hasSizeGreaterThan(20);
        assertThat(oneShot.getKiePackages()).filteredOn(pkg -> !pkg.getRules().isEmpty())
                .extracting(KiePackage::getName)
                .containsExactlyInAnyOrder("org.parley.rules.oneshot.common", "org.parley.rules.oneshot.terms");
        assertThat(RuleBase.oneShotFor(builtIn)).isSameAs(oneShot);
    }

    @Test
    void aOneShotText_insertsPlainly_inItsOwnPackage() {
        String text = RuleBase.oneShotText(RuleBase.readBuiltIn("org/parley/rules/terms/consent.drl"));

        assertThat(text).startsWith("package org.parley.rules.oneshot.terms\n").doesNotContain("insertLogical(")
                .contains("insert(Report.violation(drools, \"CONSENT_DECLINED\"");
    }

    @Test
    void aRuleSetOfAnAuthorsFilesAlone_validatesOnItsOwnBase() {
        CompiledRules alone = RuleCompiler.assemble(List.of(), java.util.Map.of());

        assertThat(RuleBase.oneShotFor(alone)).isSameAs(alone.kieBase());
    }
}
