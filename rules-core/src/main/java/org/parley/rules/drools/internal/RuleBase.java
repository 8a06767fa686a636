package org.parley.rules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.parley.rules.ValidationException;

/**
 * The built-in rule files: where they are, and their rules, compiled to the executable
 * model at build time ({@link BuiltInModelCompiler}) and loaded from classes here, once,
 * on first use. No rule file is parsed or compiled at run time for the built-in rules.
 */
public final class RuleBase {

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

    /** The artifact name the built-in rules are compiled under at build time. */
    static final String BUILT_IN_ARTIFACT = "parley-built-in";
    /** The resource listing the built-in model classes, one per line. */
    static final String MODELS = "org/parley/rules/drools/internal/built-in.models";
    /** The resource giving, per built-in rule, its package, name, file, line and column (tab-separated). */
    static final String POSITIONS = "org/parley/rules/drools/internal/built-in.positions";

    private static final Object LOCK = new Object();
    private static volatile CompiledRules builtIn;

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

    /** The built-in rules, loaded from their precompiled classes on first use and shared. */
    static CompiledRules builtIn() {
        CompiledRules rules = builtIn;
        if (rules == null) {
            synchronized (LOCK) {
                rules = builtIn;
                if (rules == null) {
                    rules = load();
                    builtIn = rules;
                }
            }
        }
        return rules;
    }

    /** The built-in rules' KieBase, loaded from the precompiled classes (shared). */
    public static org.kie.api.KieBase buildBuiltIn() {
        return builtIn().kieBase();
    }

    private static CompiledRules load() {
        ClassLoader loader = RuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String name : ModelCompiler.modelClassNames(readResource(MODELS))) {
            models.add(ModelCompiler.instantiate(loader, name));
        }
        Map<String, String> positions = new HashMap<>();
        for (String line : readResource(POSITIONS).lines().toList()) {
            String[] fields = line.split("\t");
            if (fields.length == 5) {
                positions.put(fields[0] + "." + fields[1], fields[2] + ":" + fields[3] + ":" + fields[4]);
            }
        }
        return RuleCompiler.assemble(models, positions);
    }

    /** One line of the positions resource. */
    static String positionLine(String pkg, String rule, String file, int line, int column) {
        return pkg + "\t" + rule + "\t" + file + "\t" + line + "\t" + column;
    }

    private static String readResource(String path) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ValidationException("the precompiled built-in rules (" + path + ") are missing from the "
                        + "classpath; rules-core's build writes them (process-classes)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
