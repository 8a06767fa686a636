package org.parley.rules.drools.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieServices;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * Run by rules-core's own build (process-classes): compiles the built-in rule files to the
 * executable model and writes its classes into the build's output folder, with the list of
 * model classes ({@link RuleBase#MODELS}) and where each rule is written
 * ({@link RuleBase#POSITIONS}). {@code Validators.newValidator()} then loads classes and
 * parses no rule file. Any problem in a built-in file fails the build.
 */
final class BuiltInModelCompiler {

    /** The listing of the classes written, so that the next build can remove them first. */
    static final String CLASSES = "org/parley/rules/drools/internal/built-in.classes";

    private BuiltInModelCompiler() {
    }

    /**
     * Compiles the built-in rule files.
     *
     * @param args the output folder (target/classes)
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<RuleSource> sources = new ArrayList<>();
        RuleBase.BUILT_IN.forEach(path -> sources.add(new RuleSource(path, RuleBase.readBuiltIn(path))));
        RuleChecks checks = RuleChecks.of(sources, java.util.Map.of(), false);
        if (!checks.problems().isEmpty()) {
            fail(checks.problems());
        }
        deleteEarlierOutput(out);
        List<String> classes = new ArrayList<>();
        List<String> models = compile(sources, checks, RuleBase.BUILT_IN_ARTIFACT, out, classes);
        write(out.resolve(RuleBase.MODELS), String.join("\n", models) + "\n");
        // The one-shot rule base: the same files, every insertLogical a plain insert (one-shot
        // validation retracts nothing, so it needs no truth maintenance), in packages of their own.
        List<RuleSource> oneShot = new ArrayList<>();
        for (RuleSource source : sources) {
            oneShot.add(new RuleSource(source.name(), RuleBase.oneShotText(source.text())));
        }
        RuleChecks oneShotChecks = RuleChecks.of(oneShot, java.util.Map.of(), false);
        if (!oneShotChecks.problems().isEmpty()) {
            fail(oneShotChecks.problems());
        }
        List<String> oneShotModels = compile(oneShot, oneShotChecks, RuleBase.ONE_SHOT_ARTIFACT, out, classes);
        write(out.resolve(RuleBase.ONE_SHOT_MODELS), String.join("\n", oneShotModels) + "\n");
        write(out.resolve(CLASSES), String.join("\n", classes) + "\n");
        StringBuilder positions = new StringBuilder();
        for (RuleChecks each : List.of(checks, oneShotChecks)) {
            for (int i = 0; i < sources.size(); i++) {
                PackageDescr pkg = each.packages().get(i);
                for (RuleDescr rule : pkg.getRules()) {
                    positions.append(RuleBase.positionLine(pkg.getName(), rule.getName(), sources.get(i).name(),
                            Math.max(1, rule.getLine()), Math.max(1, rule.getColumn() + 1))).append('\n');
                }
            }
        }
        write(out.resolve(RuleBase.POSITIONS), positions.toString());
        System.out.println("parley: built-in rules compiled to the executable model: " + models.size()
                + " models, and " + oneShotModels.size() + " for one-shot validation; " + classes.size() + " classes");
    }

    /** Compiles one set of files to the executable model, writes its classes, and returns its model classes. */
    private static List<String> compile(List<RuleSource> sources, RuleChecks checks, String artifact, Path out,
                                        List<String> classes) throws IOException {
        ModelCompiler.Result result = ModelCompiler.compile(sources, checks.packages(), artifact, false);
        if (!result.errors().isEmpty()) {
            fail(GeneratedErrors.locateAll(result.errors(), result.sources(), checks));
        }
        InternalKieModule module = result.module();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                Path target = out.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(file));
                if (!classes.contains(file)) {
                    classes.add(file);
                }
            }
        }
        return ModelCompiler.modelClassNames(module,
                KieServices.get().newReleaseId("org.parley.rules", artifact, "1.0.0"));
    }

    /** The classes an earlier run wrote: the rules may have changed, and their names with them. */
    private static void deleteEarlierOutput(Path out) throws IOException {
        Path listing = out.resolve(CLASSES);
        if (Files.isRegularFile(listing)) {
            for (String file : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
                if (!file.isBlank()) {
                    Files.deleteIfExists(out.resolve(file.strip()));
                }
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void fail(List<RuleProblem> problems) {
        problems.forEach(p -> System.err.println(p));
        System.exit(1);
    }
}
