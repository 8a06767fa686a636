package org.parley.rules.drools.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.internal.io.ResourceFactory;
import org.parley.rules.RuleSource;

/**
 * Compiles parsed rule files to Drools' executable model: generated Java, compiled and
 * type-checked, whose {@link Model} classes a KieBase is built from. Used at build time for
 * the built-in rule files ({@link BuiltInModelCompiler}) and at run time for rule files a
 * validator is given. Each run-time build has a ReleaseId of its own, removed from the
 * repository afterwards, since concurrent builds that share a ReleaseId can see each
 * other's rules.
 */
final class ModelCompiler {

    private static final String GROUP = "org.parley.rules";

    private ModelCompiler() {
    }

    /**
     * The outcome of one build: the compiler's errors, or the models and the compiled module
     * (whose class files the build-time compiler writes out).
     *
     * @param errors  the compiler's errors, empty when it compiled
     * @param models  the compiled models, empty when there are errors
     * @param module  the compiled module, null when there are errors
     * @param sources the rule file behind each path the compiler's messages name
     */
    record Result(List<Message> errors, List<Model> models, InternalKieModule module, Map<String, RuleSource> sources) {
    }

    /** Compiles the files, each written at a path of its package's folder. */
    static Result compile(List<RuleSource> sources, List<PackageDescr> packages, String artifact) {
        return compile(sources, packages, artifact, true, classes -> classes, null);
    }

    /**
     * Compiles the files and hands the generated class files, by internal name, to
     * {@code vet} before any of them is loaded; {@code vet} throws to refuse them, or
     * returns the class files to load (the same, or rewritten). The models are instantiated
     * within {@code timeout}: codegen evaluates constant expressions of the rule files (such
     * as {@code eval(f(62) > 0)}) while it builds them, and rewritten classes check that
     * deadline ({@link RuleDeadline}).
     *
     * @throws ValidationLimitException if rule code ran past the timeout while the models were built
     */
    static Result compile(List<RuleSource> sources, List<PackageDescr> packages, String artifact,
                          java.util.function.UnaryOperator<Map<String, byte[]>> vet, java.time.Duration timeout) {
        return compile(sources, packages, artifact, true, vet, timeout);
    }

    /**
     * Compiles the files; with {@code load} false the models are not instantiated (at build
     * time, where classes of an earlier build on the class path could shadow the new ones).
     */
    static Result compile(List<RuleSource> sources, List<PackageDescr> packages, String artifact, boolean load) {
        return compile(sources, packages, artifact, load, classes -> classes, null);
    }

    private static Result compile(List<RuleSource> sources, List<PackageDescr> packages, String artifact,
                                  boolean load, java.util.function.UnaryOperator<Map<String, byte[]>> vet,
                                  java.time.Duration timeout) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, RuleSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String folder = packages.get(i).getName().replace('.', '/');
            // The folder equals the package, or every build warns; the index keeps names unique.
            String path = (folder.isEmpty() ? "" : folder + "/") + "parley-" + i + ".drl";
            byPath.put(path, sources.get(i));
            kfs.write("src/main/resources/" + path, ResourceFactory.newByteArrayResource(
                    sources.get(i).text().getBytes(StandardCharsets.UTF_8)));
        }
        ReleaseId releaseId = ks.newReleaseId(GROUP, artifact, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        try {
            KieBuilder builder;
            try {
                builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            } catch (RuntimeException e) {
                // The model generator throws, rather than reports, on some rules it cannot read.
                return new Result(List.of(new GeneratorFailure(e)), List.of(), null, byPath);
            }
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                return new Result(List.copyOf(errors), List.of(), null, byPath);
            }
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            if (!load) {
                return new Result(List.of(), List.of(), module, byPath);
            }
            ClassLoader loader = new Classes(ModelCompiler.class.getClassLoader(),
                    vet.apply(ModelClassCheck.classesOf(module)));
            List<Model> models = new ArrayList<>();
            for (String name : modelClassNames(module, releaseId)) {
                models.add(timeout == null ? loaded(loader, name, sources, packages)
                        : built(loader, name, timeout, sources, packages));
            }
            return new Result(List.of(), models, module, byPath);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Loads the class files of one build, as vetted, and nothing else: the engine, the fact
     * model and the JDK come from the parent.
     */
    private static final class Classes extends ClassLoader {
        private final Map<String, byte[]> classes;

        Classes(ClassLoader parent, Map<String, byte[]> classes) {
            super(parent);
            this.classes = Map.copyOf(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /** A failure the model generator threw, as a message with no place: the place is found from its text. */
    private record GeneratorFailure(RuntimeException failure) implements Message {
        @Override
        public long getId() {
            return 0;
        }

        @Override
        public Level getLevel() {
            return Level.ERROR;
        }

        @Override
        public String getPath() {
            return "";
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getText() {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return String.valueOf(root.getMessage());
        }
    }

    private static Model built(ClassLoader loader, String name, java.time.Duration timeout,
                               List<RuleSource> sources, List<PackageDescr> packages) {
        try {
            return RuleDeadline.within(System.nanoTime() + timeout.toNanos(),
                    () -> loaded(loader, name, sources, packages));
        } catch (RuntimeException | RuleDeadline.Passed e) {
            if (!RuleDeadline.passed(e)) {
                throw e;
            }
            String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
            throw new org.parley.rules.ValidationLimitException(org.parley.rules.ValidationLimitException.Limit.TIME,
                    "", 0, "building the rules stopped after " + timeout.toMillis() + " ms, the time limit (timeout, "
                    + "--timeout): rule code of package " + pkg + " ran while its rules were built (the engine "
                    + "evaluates constant expressions, such as eval(f(62) > 0), then)");
        }
    }

    /** A fresh artifact name for a run-time build. */
    static String uniqueArtifact() {
        return "rules-" + UUID.randomUUID();
    }

    /** The model class names a compiled module lists, one per package. */
    static List<String> modelClassNames(InternalKieModule module, ReleaseId releaseId) {
        String file = "META-INF/kie/" + releaseId.getGroupId() + "/" + releaseId.getArtifactId() + "/drools-model";
        byte[] bytes = module.getBytes(file);
        if (bytes == null) {
            throw new IllegalStateException("the executable model lists no model classes (" + file + ")");
        }
        return modelClassNames(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The class names of a model listing: every line but the version header. */
    static List<String> modelClassNames(String listing) {
        return listing.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version")).toList();
    }

    /**
     * Instantiates a model compiled from rule files, where rule code can run: the engine
     * evaluates a constant expression (such as {@code eval(1 / zero() > 0)}) while the model
     * builds its rules, and what that code throws is the rule file's failure, not Parley's: a
     * problem at the rule that holds it, or, for recursion past the stack, the stack-depth
     * limit naming it. A time limit passed inside that code is left to {@link #built}.
     */
    private static Model loaded(ClassLoader loader, String name, List<RuleSource> sources,
                                List<PackageDescr> packages) {
        try {
            return instantiate(loader, name);
        } catch (IllegalStateException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.lang.reflect.InvocationTargetException
                    || cause instanceof ExceptionInInitializerError) {
                cause = cause.getCause();
            } else {
                throw e;
            }
            if (cause == null || RuleDeadline.passed(cause)) {
                throw e;
            }
            throw BuildFailure.of(name, cause, sources, packages);
        }
    }

    static Model instantiate(ClassLoader loader, String name) {
        try {
            return (Model) Class.forName(name, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load the compiled rules " + name + ": " + e, e);
        }
    }
}
