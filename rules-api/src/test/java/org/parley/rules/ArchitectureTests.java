package org.parley.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley.rules");

    @Test
    void api_dependsOnTheJdkAlone() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.parley.rules..")
                .because("rules-api depends on the JDK alone")
                .check(API);
    }

    @Test
    void api_packagesAreFreeOfCycles() {
        slices().matching("org.parley.rules.(*)..").should().beFreeOfCycles().check(API);
    }
}
