package org.parley.rules.drools.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.internal.io.ResourceFactory;

/** Compiles one DRL file to Drools' executable model, as the run-time build does, and returns its class files. */
final class ExecModelBuild {

    private ExecModelBuild() {
    }

    static Map<String, byte[]> classes(String pkg, String drl) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/" + pkg.replace('.', '/') + "/probe.drl",
                ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)));
        ReleaseId id = ks.newReleaseId("org.parley.test", "probe-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
                throw new AssertionError("does not compile: " + builder.getResults().getMessages(Message.Level.ERROR));
            }
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            Map<String, byte[]> classes = new TreeMap<>();
            for (String name : module.getFileNames()) {
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
                }
            }
            return classes;
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
