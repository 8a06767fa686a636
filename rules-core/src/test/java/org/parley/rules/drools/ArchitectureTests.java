package org.parley.rules.drools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The structure of rules-core and of what uses it. */
class ArchitectureTests {

    /** Parley's own main classes on this module's classpath: rules-api, rules-testkit, rules-core. */
    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/org/parley/rules/terms/")
                    && !location.contains("/org/parley/rules/common/"))
            .importPackages("org.parley");

    @Test
    void onlyRulesCoreUsesItsInternalPackage() {
        noClasses().that().resideOutsideOfPackage("org.parley.rules.drools..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.rules.drools.internal..")
                .because("org.parley.rules.drools.internal is no API: hosts use org.parley.rules, rule authors "
                        + "org.parley.rules.drools.facts")
                .check(PARLEY);
    }

    @Test
    void theFactsOfRuleAuthors_doNotReachIntoTheInternals() {
        noClasses().that().resideInAPackage("org.parley.rules.drools.facts..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.rules.drools.internal..")
                .check(PARLEY);
    }

    @Test
    void internalClasses_arePublicOnlyWhereTheProviderOrTheTestsNeedThem() {
        classes().that().resideInAPackage("org.parley.rules.drools.internal").and().arePublic()
                .should().haveSimpleNameStartingWith("DroolsValidator").orShould().haveSimpleName("RuleBase")
                .orShould().haveSimpleName("RuleFileChecker")
                .orShould().haveSimpleName("RuleDeadline")
                .because("internal classes are package-private where they can be (RuleDeadline.check is called "
                        + "from the rule classes compiled from restricted files, in packages of their own)")
                .check(PARLEY);
    }

    @Test
    void rulesCorePackagesAreFreeOfCycles() {
        slices().matching("org.parley.rules.drools.(**)").should().beFreeOfCycles().check(PARLEY);
    }
}
