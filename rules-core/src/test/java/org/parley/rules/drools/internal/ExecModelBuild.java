package org.parley.rules.drools.internal;

import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.parley.rules.RuleSource;

/**
 * Compiles one DRL file to Drools' executable model through the run-time build's own
 * {@link ModelCompiler} and returns its class files, none of them loaded.
 */
final class ExecModelBuild {

    private ExecModelBuild() {
    }

    static Map<String, byte[]> classes(String pkg, String drl) {
        ModelCompiler.Result result = ModelCompiler.compile(List.of(new RuleSource("probe.drl", drl)),
                List.of(new PackageDescr(pkg)), ModelCompiler.uniqueArtifact(), false);
        if (!result.errors().isEmpty()) {
            throw new AssertionError("does not compile: " + result.errors());
        }
        return ModelClassCheck.classesOf(result.module());
    }
}
