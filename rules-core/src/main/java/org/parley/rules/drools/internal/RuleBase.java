package org.parley.rules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.io.ResourceFactory;
import org.parley.rules.ValidationException;

/**
 * Compiles rule files into a KieBase. Each build has a ReleaseId of its own and removes it
 * from the repository afterwards: concurrent builds that share a ReleaseId can see each
 * other's rules, and the repository would otherwise keep every module built.
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
     * @throws ValidationException if a file does not compile
     */
    public static KieBase buildBuiltIn() {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        RuleFileChecker checker = new RuleFileChecker();
        for (String path : BUILT_IN) {
            String source = readBuiltIn(path);
            checker.check(path, source);
            kfs.write(ResourceFactory.newByteArrayResource(source.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("src/main/resources/" + path));
        }
        if (!checker.problems().isEmpty()) {
            throw new ValidationException("the built-in rule files have problems:\n"
                    + String.join("\n", checker.problems()));
        }
        ReleaseId releaseId = ks.newReleaseId("org.parley.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new ValidationException("the built-in rule files do not compile:\n" + errors.stream()
                        .map(m -> m.getPath() + ":" + m.getLine() + ": " + m.getText())
                        .collect(Collectors.joining("\n")));
            }
            KieContainer container = ks.newKieContainer(releaseId);
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }
}
