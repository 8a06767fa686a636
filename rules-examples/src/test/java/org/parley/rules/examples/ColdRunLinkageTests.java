package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold run links through {@code invokedynamic} that it need not: a record's own
 * {@code equals}, {@code hashCode} and {@code toString} are bootstrapped by
 * {@code java.lang.runtime.ObjectMethods} at their first call, some 30 ms of method handles
 * spun in a cold JVM. The built-in rules compare the agreement's terms with null (a constraint
 * {@code woundedPriority != null} calls the term's {@code equals}), so the terms write theirs
 * out, and so do the reports' violations and obligations and the loader's releases; these runs,
 * in a JVM of their own with the JDK's linkage trace on, show that neither the bundled sample, nor
 * a record with every built-in term, nor one of violations with repeated transfers bootstraps one.
 */
class ColdRunLinkageTests {

    private static final long BOUND_SECONDS = 300;

    private static List<String> tracedRun(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
                "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the JVM did not exit by itself within " + BOUND_SECONDS + " s: " + command);
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static List<String> recordBootstraps(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("linkCallSite ")
                && line.contains("java.lang.runtime.ObjectMethods.bootstrap")).toList();
    }

    @Test
    void theBundledSample_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        List<String> lines = tracedRun(dir);

        assertThat(lines).contains("sample.json: agreement istanbul-2025-06-02 as of 2025-06-26: COMPLIANT "
                + "(0 errors, 0 warnings, 0 info)");
        assertThat(lines).anyMatch(line -> line.startsWith("linkCallSite "));  // the trace is on
        assertThat(recordBootstraps(lines)).isEmpty();
    }

    @Test
    void aRecordWithEveryBuiltInTerm_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        List<String> lines = tracedRun(dir, "validate", fixture("example.json"));

        assertThat(lines).contains(fixture("example.json") + ": agreement istanbul-2025-06-02 as of 2025-06-20: "
                + "NOT COMPLIANT (2 errors, 6 warnings, 0 info)");
        assertThat(lines).anyMatch(line -> line.startsWith("linkCallSite "));
        assertThat(recordBootstraps(lines)).isEmpty();
    }

    @Test
    void aRecordOfViolations_withRepeatedTransfers_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        String file = Path.of(ColdRunLinkageTests.class.getResource("/scenarios/istanbul-2025-06-violations.json")
                .toURI()).toString();
        List<String> lines = tracedRun(dir, "validate", file);

        assertThat(lines).contains(file + ": agreement istanbul-2025-06-02 as of 2025-06-30: "
                + "NOT COMPLIANT (6 errors, 4 warnings, 0 info)");
        assertThat(lines).anyMatch(line -> line.startsWith("linkCallSite "));
        assertThat(recordBootstraps(lines)).isEmpty();
    }
}
