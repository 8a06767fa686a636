package org.parley.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
    void theModelKnowsNothingOfTheApiThatUsesIt() {
        // The slices "org.parley.rules.(*).." of an earlier version of this test left out
        // org.parley.rules itself, and with it the cycle rules -> rules.model -> rules
        // (Severity, now in the model). The SPI is the API's other face (a provider returns
        // the API's Validator), so org.parley.rules and org.parley.rules.spi are one layer.
        layeredArchitecture().consideringAllDependencies()
                .layer("API").definedBy("org.parley.rules", "org.parley.rules.spi")
                .layer("Model").definedBy("org.parley.rules.model..")
                .whereLayer("API").mayNotBeAccessedByAnyLayer()
                .whereLayer("Model").mayOnlyBeAccessedByLayers("API")
                .check(API);
    }

}
