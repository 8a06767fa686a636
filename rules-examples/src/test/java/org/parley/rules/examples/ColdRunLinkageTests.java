package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.examples.SeparateJvm.Exit;

/**
 * What a cold run links through {@code invokedynamic} that it need not: a record's own
 * {@code equals}, {@code hashCode} and {@code toString} are bootstrapped by
 * {@code java.lang.runtime.ObjectMethods} at their first call, some 30 ms of method handles
 * spun in a cold JVM. The built-in rules compare the agreement's terms with null (a constraint
 * {@code woundedPriority != null} calls the term's {@code equals}), so the terms write theirs
 * out, and so do the reports' violations and obligations and the loader's releases; these runs,
 * in a JVM of their own ({@link SeparateJvm}) with the JDK's linkage trace on, show that neither the bundled sample, nor
 * a record with every built-in term, nor one of violations with repeated transfers, nor its
 * replay (a session, whose report is keyed by the violations' codes and subjects), nor its
 * HTML page or explanation bootstraps one.
 */
class ColdRunLinkageTests {

    private static final String TRACE = "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true";

    /**
     * Runs the command line with the linkage trace on (the JDK prints it on standard output)
     * and checks that it ended with {@code status}, printed {@code summary} (unless null) and nothing on
     * standard error, traced at all, and linked no record method through ObjectMethods.
     */
    private static void assertNoRecordBootstrap(Path dir, int status, String summary, String... args) throws Exception {
        Exit exit = SeparateJvm.parley(dir, TRACE, args);
        List<String> lines = exit.out().lines().toList();

        assertThat(exit.status()).isEqualTo(status);
        assertThat(exit.err()).isEmpty();
        if (summary != null) {
            assertThat(lines).contains(summary);
        }
        assertThat(lines).anyMatch(line -> line.startsWith("linkCallSite "));  // the trace is on
        assertThat(lines.stream().filter(line -> line.startsWith("linkCallSite ")
                && line.contains("java.lang.runtime.ObjectMethods.bootstrap"))).isEmpty();
    }

    @Test
    void theBundledSample_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        assertNoRecordBootstrap(dir, 0, "sample.json: agreement istanbul-2025-06-02 as of 2025-06-26: COMPLIANT "
                + "(0 errors, 0 warnings, 0 info)");
    }

    @Test
    void aRecordWithEveryBuiltInTerm_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        assertNoRecordBootstrap(dir, 1, fixture("example.json") + ": agreement istanbul-2025-06-02 as of 2025-06-20: "
                + "NOT COMPLIANT (2 errors, 6 warnings, 0 info)", "validate", fixture("example.json"));
    }

    @Test
    void aRecordOfViolations_withRepeatedTransfers_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        String file = violations();
        assertNoRecordBootstrap(dir, 1, file + ": agreement istanbul-2025-06-02 as of 2025-06-30: "
                + "NOT COMPLIANT (6 errors, 4 warnings, 0 info)", "validate", file);
    }

    @Test
    void aReplay_whichKeepsItsReportInASession_bootstrapsNoRecordMethod(@TempDir Path dir) throws Exception {
        String file = violations();
        assertNoRecordBootstrap(dir, 1, file + ": agreement istanbul-2025-06-02 as of 2025-06-30: "
                + "NOT COMPLIANT (6 errors, 4 warnings, 0 info)", "replay", file);
    }

    @Test
    void theHtmlPage_andAnExplanation_bootstrapNoRecordMethod(@TempDir Path dir) throws Exception {
        String file = violations();
        Path page = dir.resolve("page.html");
        assertNoRecordBootstrap(dir, 1, null, "validate", "--format", "html", "--output", page.toString(), file);
        assertThat(java.nio.file.Files.readString(page)).startsWith("<!DOCTYPE html>");
        assertNoRecordBootstrap(dir, 1, file + ": agreement istanbul-2025-06-02 as of 2025-06-30: "
                + "NOT COMPLIANT (6 errors, 4 warnings, 0 info)", "validate", "--explain", file);
    }

    private static String violations() throws Exception {
        return Path.of(ColdRunLinkageTests.class.getResource("/scenarios/istanbul-2025-06-violations.json")
                .toURI()).toString();
    }
}
