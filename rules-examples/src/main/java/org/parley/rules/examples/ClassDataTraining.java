package org.parley.rules.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run from which the build makes the class-data sharing archive of {@code bin/parley}
 * ({@code -XX:ArchiveClassesAtExit}, rules-examples/pom.xml): in one JVM, the command line as
 * people use it on one scenario file: the bundled sample, {@code validate} in every format,
 * {@code --explain}, and {@code replay}. The archive holds the classes a run loaded, so a
 * command this run leaves out would load its own classes from the jars, as plain
 * {@code java -jar} does. Its reports are thrown away; what each command returned, and
 * anything it printed on standard error, goes to the build's log.
 *
 * <p>Not part of the command line, and of no use to a host.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /**
     * Runs the commands on the scenario file {@code args[0]}; exits with status 2 if one of
     * them did not end in a report (exit status 0 or 1), which fails the build.
     *
     * @param args one scenario file
     * @throws IOException if a temporary file for the HTML page cannot be made
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ClassDataTraining SCENARIO");
            System.exit(2);
        }
        if (!train(args[0], System.out)) {
            System.exit(2);
        }
    }

    /**
     * Runs each command on the scenario, printing on {@code log} what each returned and what it
     * printed on standard error.
     *
     * @return whether every command ended in a report (exit status 0 or 1)
     * @throws IOException if a temporary file for the HTML page cannot be made
     */
    static boolean train(String scenario, PrintStream log) throws IOException {
        Path page = Files.createTempFile("parley-training-", ".html");
        try {
            List<String[]> runs = List.of(
                    new String[0],
                    new String[] {"validate", scenario},
                    new String[] {"validate", "--format", "json", scenario},
                    new String[] {"validate", "--format", "html", "--output", page.toString(), scenario},
                    new String[] {"validate", "--explain", scenario},
                    new String[] {"validate", "--explain", "--format", "json", scenario},
                    new String[] {"replay", scenario},
                    new String[] {"replay", "--format", "json", scenario});
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            boolean reports = true;
            for (String[] run : runs) {
                StartUp.begin(run);
                // Reports thrown away; what a command says on standard error goes to the log.
                int status = ParleyCommand.run(run, discard, log);
                log.println("parley " + String.join(" ", run) + ": exit status " + status);
                reports &= status == ScenarioValidation.COMPLIANT || status == ScenarioValidation.NOT_COMPLIANT;
            }
            return reports;
        } finally {
            Files.deleteIfExists(page);
        }
    }
}
