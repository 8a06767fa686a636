package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClasspathPackagesTests {

    @Test
    void packagesOfTheJdkTheEngineAndEveryJar_areKnown() {
        var packages = ClasspathPackages.packages();
        assertThat(packages).contains("java.lang", "org.drools.core", "org.objectweb.asm", "org.assertj.core.api",
                "org.slf4j", "org.junit.jupiter.api");
    }

    @Test
    void reservedBy_namesTheNamespaceOrThePackage() {
        assertThat(ClasspathPackages.reservedBy("org.example.rules")).isEmpty();
        assertThat(ClasspathPackages.reservedBy("org.assertj.core.api")).contains("package org.assertj.core.api is on the class path");
        assertThat(ClasspathPackages.reservedBy("org.assertj.evil")).hasValueSatisfying(why -> assertThat(why)
                .startsWith("org.assertj is a namespace of the class path (org.assertj."));
        assertThat(ClasspathPackages.reservedBy("org")).isEmpty();
        assertThat(ClasspathPackages.reservedBy("org.kie.api")).contains("the org.kie namespace is Parley's, the engine's or the JDK's");
    }
}
