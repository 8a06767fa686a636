package org.parley.rules.examples;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.rules.RuleFailureException;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code parley} command line: validates scenario files against the terms of their
 * agreement and prints a report.
 *
 * <pre>
 * java -jar parley.jar                                   validate the bundled sample scenario
 * java -jar parley.jar validate FILE... [--format text|json] [--rules DIR]... [--explain] [--progress]
 * java -jar parley.jar check-rules DIR...
 * java -jar parley.jar replay FILE [--format text|json] [--rules DIR]...
 * java -jar parley.jar --help | --version
 * </pre>
 *
 * <p>Exit status: 0 when every file is compliant (warnings are allowed), 1 when some file
 * has an ERROR violation, 2 for bad input (a file that cannot be read or is not a valid
 * scenario, rule files that do not compile), bad usage or an internal failure; with
 * several files, the highest; 3 when a validation reached its firing or time limit, 4 when
 * rule code recursed deeper than the stack, 5 when the JVM ran out of memory. Reports go to standard output; problems, usage errors and
 * warnings to standard error, never a stack trace.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        customSynopsis = {"parley [-hV] [COMMAND]",
                "       parley validate [--explain] [--format=FORMAT] [--rules=DIR]... FILE...",
                "       parley check-rules DIR...",
                "       parley replay [--format=FORMAT] [--rules=DIR]... FILE",
                "       parley schema [--rules=DIR]...",
                "FILE is a regular file, or - for standard input; validate and replay read",
                "files of up to --max-file-size=SIZE (default 512M)."},
        description = {"Validates prisoner-exchange records against the terms of their agreement.",
                "With no command, validates the bundled sample scenario and prints its report.",
                "Run 'parley COMMAND --help' for the options of a command."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  compliant (warnings are allowed); check-rules: the rule files are clean",
                "  1  at least one ERROR violation",
                "  2  bad input, bad usage or rule files that do not compile;",
                "     with several files, the highest status of all",
                "  3  a validation reached its firing or time limit (--max-firings, --timeout)",
                "  4  rule code recursed deeper than the stack (StackOverflowError)",
                "  5  out of memory: the rules and the record need more heap than -Xmx gives"})
public final class ParleyCommand implements Callable<Integer> {

    private static final Object LOCK = new Object();
    private static Validator builtIn;

    @Spec
    private CommandSpec spec;

    private final Supplier<Validator> validator;

    private ParleyCommand(Supplier<Validator> validator) {
        this.validator = validator;
    }

    /**
     * Runs the command line and exits the JVM with its exit status, after starting on other
     * threads what the arguments will need ({@link StartUp}).
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        StartUp.begin(args);
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting, for tests and for hosts that embed it.
     *
     * @param args the command-line arguments
     * @param out  where reports and help go, written in UTF-8
     * @param err  where problems and usage errors go, written in UTF-8
     * @return the exit status: 0 compliant, 1 ERROR violations, 2 bad input or usage
     * @throws NullPointerException if an argument is null
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ParleyCommand::builtInValidator, StandardError.of(err));
    }

    /**
     * Runs the command line with the given source of validators, so that tests can make
     * the validator fail.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Supplier<Validator> validator) {
        return run(args, out, err, validator, StandardError.of(err));
    }

    /**
     * Runs the command line with the given source of validators and standard error, so that
     * tests can draw the progress line as on a terminal, with a clock of their own.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Supplier<Validator> validator,
                   StandardError standardError) {
        Objects.requireNonNull(args, "args");
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"),
                StandardCharsets.UTF_8), true);
        try {
            if (args.length == 0) {
                // The bundled sample takes no arguments: nothing to parse, so picocli's model of
                // the commands, as long to build as the rest of --version, is not built.
                return sample(outWriter, errWriter, validator);
            }
            return commandLine(outWriter, errWriter, validator, standardError).execute(args);
        } catch (RuntimeException | Error e) {
            // The handlers below catch failures of the commands; this catches those of picocli
            // itself, so that a user never sees a stack trace.
            return internalError(errWriter, e);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<Validator> validator,
                                           StandardError standardError) {
        return new CommandLine(new ParleyCommand(validator))
                .addSubcommand(new ValidateCommand(validator, standardError))
                .addSubcommand(new CheckRulesCommand())
                .addSubcommand(new ReplayCommand(validator))
                .addSubcommand(new SchemaCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(ParleyCommand::usageError)
                .setExecutionExceptionHandler((e, failed, parseResult) -> internalError(failed.getErr(), e));
    }

    /** Validates the bundled sample scenario when no command is given. */
    @Override
    public Integer call() {
        return sample(spec.commandLine().getOut(), spec.commandLine().getErr(), validator);
    }

    /** Validates the bundled sample scenario and prints its text report. */
    private static int sample(PrintWriter out, PrintWriter err, Supplier<Validator> validator) {
        return new ScenarioValidation(out, err, StartUp.reader(), validator)
                .validate(List.of(ScenarioSource.bundledSample()), ReportFormat.TEXT);
    }

    /**
     * The validator with the built-in rules, built on first use and shared: the one
     * {@link StartUp} began building when {@link #main} started, or one built now.
     */
    static Validator builtInValidator() {
        synchronized (LOCK) {
            if (builtIn == null) {
                builtIn = StartUp.validator();
            }
            return builtIn;
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("parley: " + TerminalText.printable(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ScenarioValidation.BAD_INPUT;
    }

    private static int internalError(PrintWriter err, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            err.println("parley: out of memory: the rules and the record need more heap than the JVM has "
                    + "(raise -Xmx, or look for a rule that joins facts without a constraint)");
            err.flush();
            return ScenarioValidation.OUT_OF_MEMORY;
        }
        if (e instanceof StackOverflowError) {
            err.println("parley: rule code recursed deeper than the thread's stack");
            err.flush();
            return ScenarioValidation.RECURSION;
        }
        if (e instanceof ValidationLimitException limit) {
            err.println("parley: " + limit.getMessage());
            err.flush();
            return limit.limit() == ValidationLimitException.Limit.STACK_DEPTH ? ScenarioValidation.RECURSION
                    : ScenarioValidation.LIMIT_REACHED;
        }
        if (e instanceof RuleFailureException failure) {
            // A rule file's own failure, not Parley's: its rule, file, line and cause in one line.
            err.println("parley: " + failure.getMessage().strip().lines().findFirst().orElse(""));
            err.flush();
            return ScenarioValidation.BAD_INPUT;
        }
        // Parley's own exceptions have messages written for users; anything else is named
        // by its class too, since its message alone (such as a class name) may mean nothing.
        String message = e instanceof ValidationException && e.getMessage() != null && !e.getMessage().isBlank()
                ? e.getMessage()
                : e.toString();
        err.println("parley: internal error: " + TerminalText.printable(message.strip().lines().findFirst().orElse("")));
        err.flush();
        return ScenarioValidation.BAD_INPUT;
    }

    /** {@code parley <version>}, from the jar manifest; {@code development} when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parley " + version()};
        }

        /** The Implementation-Version of the jar, or {@code development}. */
        static String version() {
            String version = ParleyCommand.class.getPackage().getImplementationVersion();
            return version == null ? "development" : version;
        }
    }
}
