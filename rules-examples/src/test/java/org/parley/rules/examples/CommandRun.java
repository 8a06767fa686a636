package org.parley.rules.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.parley.rules.Validator;

/** One in-process run of the command line, with what it printed; for the tests of the commands. */
final class CommandRun {

    final int status;
    final String out;
    final String err;

    private CommandRun(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line with the real validator. */
    static CommandRun of(String... args) {
        return run(null, args);
    }

    /** Runs the command line with a validator of the test's own for the built-in rules. */
    static CommandRun of(Supplier<Validator> validator, String... args) {
        return run(validator, args);
    }

    /** Runs the command line with the real validator, writing to a standard error of the test's own. */
    static CommandRun on(StandardError standardError, String... args) {
        return run(null, standardError, args);
    }

    private static CommandRun run(Supplier<Validator> validator, String... args) {
        return run(validator, null, args);
    }

    private static CommandRun run(Supplier<Validator> validator, StandardError standardError, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = standardError != null
                    ? ParleyCommand.run(args, outStream, errStream, ParleyCommand::builtInValidator, standardError)
                    : validator == null
                    ? ParleyCommand.run(args, outStream, errStream)
                    : ParleyCommand.run(args, outStream, errStream, validator);
            return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The path of a test resource under /fixtures. */
    static String fixture(String name) {
        try {
            return Path.of(CommandRun.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }
}
