package org.parley.rules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kie.api.KieBase;
import org.parley.rules.ValidationException;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * The built-in rule files: where they are, and their compiled KieBase.
 */
public final class RuleBase {

    /** The folder of the classification rules and the query, which custom rules run with too. */
    public static final String COMMON = "org/parley/rules/common/";

    /** The built-in rule files, as classpath resource paths; each folder equals its package. */
    public static final List<String> BUILT_IN = List.of(
            "org/parley/rules/common/classification.drl",
            "org/parley/rules/common/queries.drl",
            "org/parley/rules/terms/integrity.drl",
            "org/parley/rules/terms/all-for-all.drl",
            "org/parley/rules/terms/age-limit.drl",
            "org/parley/rules/terms/wounded-priority.drl",
            "org/parley/rules/terms/cadence.drl",
            "org/parley/rules/terms/parity.drl",
            "org/parley/rules/terms/simultaneity.drl",
            "org/parley/rules/terms/agreed-lists.drl",
            "org/parley/rules/terms/consent.drl",
            "org/parley/rules/terms/eligibility.drl",
            "org/parley/rules/terms/remains.drl");

    private RuleBase() {
    }

    /** Reads a built-in rule file. */
    public static String readBuiltIn(String path) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ValidationException("built-in rule file " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in rule file " + path, e);
        }
    }

    /**
     * Compiles the built-in rule files.
     *
     * @throws org.parley.rules.RuleCompilationException if a file does not compile
     */
    public static KieBase buildBuiltIn() {
        return RuleCompiler.compile(ValidatorConfiguration.BUILT_IN).kieBase();
    }
}
