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
    void loadingTheBuiltInRules_buildsTheOneShotBaseAlone_andTellsTheRulesOfTheSessionBase() {
        RuleBase.Loaded loaded = RuleBase.load();
        CompiledRules rules = loaded.rules();

        // A run that only validates records once never builds the rule base of sessions.
        assertThat(rules.base().ifMade()).isEmpty();
        assertThat(rules.lazyModels().ifMade()).isEmpty();
        assertThat(rules.ruleNames()).containsExactlyElementsOf(ruleNamesOf(loaded.oneShot()));
        // What was read from the one-shot base is what the session base says of its rules.
        KieBase sessions = rules.kieBase();
        RuleCompiler.Description ofSessions = RuleCompiler.describe(sessions, java.util.Map.of());
        assertThat(rules.ruleNames()).isEqualTo(ofSessions.names()).hasSizeGreaterThan(20);
        assertThat(rules.termTypes()).isEqualTo(ofSessions.types()).contains("ALL_FOR_ALL", "REMAINS")
                .doesNotContain(CompiledRules.INTEGRITY);
        assertThat(rules.termDeclarations()).isEqualTo(ofSessions.declarations());
        assertThat(rules.base().ifMade()).containsSame(sessions);
        assertThat(rules.kieBase()).isSameAs(sessions).isNotSameAs(loaded.oneShot());
        assertThat(rules.models()).hasSize(sessions.getKiePackages().stream()
                .filter(pkg -> !pkg.getRules().isEmpty()).toList().size());
    }

    private static List<String> ruleNamesOf(KieBase base) {
        return RuleCompiler.describe(base, java.util.Map.of()).names();
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
