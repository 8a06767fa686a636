package org.parley.rules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.drools.model.Model;
import org.parley.rules.ValidationException;

/**
 * The built-in rule files: where they are, and their rules, compiled to the executable
 * model at build time ({@link BuiltInModelCompiler}) and loaded from classes here, once,
 * on first use. No rule file is parsed or compiled at run time for the built-in rules.
 */
public final class RuleBase {

    /** The folder of the classification rules and the query, which custom rules run with too. */
    public static final String COMMON = "org/parley/rules/common/";
    /** The package of the common rules (classification and queries). */
    static final String COMMON_PACKAGE = "org.parley.rules.common";

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

    /** The artifact name of the one-shot rule base ({@link #oneShotText}). */
    static final String ONE_SHOT_ARTIFACT = "parley-built-in-one-shot";
    /** The resource listing the model classes of the one-shot rule base. */
    static final String ONE_SHOT_MODELS = "org/parley/rules/drools/internal/built-in-one-shot.models";
    /** The packages of the one-shot rule base begin so, beside the built-in ones. */
    static final String ONE_SHOT_PACKAGE = "org.parley.rules.oneshot.";

    /** The built-in rules and their one-shot rule base, loaded on first use and shared. */
    private static final Lazy<Loaded> LOADED = Lazy.of(RuleBase::load);

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
     * The built-in rules, loaded from their precompiled classes on first use and shared; the
     * rule base of sessions is built when a session first asks for it ({@link #load}).
     */
    static CompiledRules builtIn() {
        return LOADED.get().rules();
    }

    /**
     * A built-in rule file as the one-shot rule base has it: in a package of its own beside
     * the built-in one ({@code org.parley.rules.terms} becomes {@code
     * org.parley.rules.oneshot.terms}), every {@code insertLogical(} a plain {@code insert(}.
     * A one-shot validation retracts nothing, so truth maintenance only costs; equal
     * violations inserted twice are one in the report, which drops repeats.
     */
    static String oneShotText(String text) {
        return text.replace("package org.parley.rules.", "package " + ONE_SHOT_PACKAGE)
                .replace("insertLogical(", "insert(");
    }

    /**
     * How the rules of the one-shot rule base stand to the profiles ({@link ProfileRules}),
     * for a rule set whose built-in session is the built-in rules'; empty for any other rule
     * set, whose rules are validated in one session. Read when first asked for: by the first
     * record large enough to be validated in chunks.
     */
    static Optional<ProfileRules> profileRulesFor(CompiledRules rules) {
        Optional<Loaded> shared = LOADED.ifMade();
        if (shared.isEmpty() || rules.base() != shared.get().rules().base()) {
            return Optional.empty();
        }
        return Optional.of(shared.get().profileRules().get());
    }

    /**
     * The KieBase to validate a record once with, for a rule set whose built-in session is the
     * built-in rules': the one-shot rule base; for any other rule set its own KieBase.
     */
    static KieBase oneShotFor(CompiledRules rules) {
        Optional<Loaded> shared = LOADED.ifMade();
        if (shared.isEmpty() || rules.base() != shared.get().rules().base()) {
            return rules.kieBase();
        }
        return shared.get().oneShot();
    }

    /** The built-in rules' KieBase, loaded from the precompiled classes (shared). */
    public static org.kie.api.KieBase buildBuiltIn() {
        return builtIn().kieBase();
    }

    /**
     * The built-in rules: the one-shot rule base, built now, since every validator has one,
     * and what the validator needs to know of the rules, read from it (the same rules under
     * the same names and metadata); the rule base of sessions and its models, made when first
     * asked for, so that a run that only validates records once never loads them.
     */
    static Loaded load() {
        KieBase oneShotBase = RuleCompiler.kieBase(models(ONE_SHOT_MODELS));
        RuleCompiler.Description described = RuleCompiler.describe(oneShotBase, Map.of());
        Lazy<List<Model>> sessionModels = Lazy.of(() -> models(MODELS));
        Lazy<KieBase> session = Lazy.of(() -> RuleCompiler.kieBase(sessionModels.get()));
        Map<String, String> positions = new HashMap<>();
        for (String line : readResource(POSITIONS).lines().toList()) {
            String[] fields = line.split("\t");
            if (fields.length == 5) {
                positions.put(fields[0] + "." + fields[1], fields[2] + ":" + fields[3] + ":" + fields[4]);
            }
        }
        return new Loaded(new CompiledRules(session, sessionModels, described.types(), described.names(), positions,
                described.declarations(), Optional.empty(), Map.of()), oneShotBase,
                Lazy.of(() -> ProfileRules.of(oneShotBase)));
    }

    /** The precompiled models a resource lists, instantiated. */
    private static List<Model> models(String listing) {
        ClassLoader loader = RuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String name : ModelCompiler.modelClassNames(readResource(listing))) {
            models.add(ModelCompiler.instantiate(loader, name));
        }
        return List.copyOf(models);
    }

    /** The built-in rules as loaded, their one-shot rule base, and how its rules stand to the profiles. */
    record Loaded(CompiledRules rules, KieBase oneShot, Lazy<ProfileRules> profileRules) {
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
