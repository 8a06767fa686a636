package org.parley.rules.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley validate FILE... [--format text|json|html] [--output OUT] [--rules DIR]... [--explain]
 * [--progress]}: validates scenario files.
 *
 * <p>A progress line on standard error ({@link ProgressLine}) shows how far each large
 * scenario has been read and validated when standard error is a terminal
 * ({@link StandardError}), and for every scenario with {@code --progress}; it is cleared when
 * the scenario is done, and never goes to standard output or into the report.
 *
 * <p>{@code --format html} writes one self-contained page, so it takes exactly one FILE and
 * no {@code --explain}; {@code --output OUT} writes the report to OUT instead of standard
 * output, in any format ({@code -}: standard output): OUT is replaced once the run is over, left
 * as it was when nothing was written, and may not be one of the FILEs ({@link ReportFile}).
 *
 * <p>With {@code --rules}, the rule files are compiled first, in restricted mode and beside
 * the built-in rules; if they do not compile, their problems are printed on standard error
 * and no scenario is read (exit status 2). The scenarios may then list the term types that
 * the rule files declare.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = "Validates scenario files and prints a report for each.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every file is compliant (warnings are allowed)",
                "  1  some file has an ERROR violation",
                "  2  bad input, bad usage or rule files that do not compile;",
                "     with several files, the highest status of all",
                "  3  a validation reached its firing or time limit (--max-firings, --timeout)",
                "  4  rule code recursed deeper than the stack (StackOverflowError)",
                "  5  out of memory: the rules and the record need more heap than -Xmx gives"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (JSON) to validate: regular files, or - for standard input.")
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
            description = "text (the default): a report for people; json: one JSON document per file, one per line; "
                    + "html: one self-contained page (one FILE only).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "OUT",
            description = "Writes the report to OUT instead of standard output (- is standard output): OUT is replaced "
                    + "once the run is over (left as it was if nothing was written), and may not be one of the FILEs.")
    private String output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule files (*.drl) of your own, a file or a folder searched below it, loaded beside the "
                    + "built-in rules in restricted mode; may be repeated.")
    private List<String> rules = List.of();

    @Option(names = "--explain",
            description = "Shows under each violation the facts its rule matched, and after the report how often "
                    + "each rule fired.")
    private boolean explain;

    @Option(names = "--progress",
            description = "Shows on standard error how far each scenario has been read and validated (the bytes "
                    + "read, the facts and the rules fired), on one line cleared when it is done. Without it the "
                    + "line is shown only when standard error is a terminal and the scenario is 4 MiB or more.")
    private boolean progress;

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Mixin
    private ReaderOptions readerOptions = new ReaderOptions();

    private final Supplier<Validator> builtIn;
    private final StandardError standardError;

    ValidateCommand(Supplier<Validator> builtIn, StandardError standardError) {
        this.builtIn = builtIn;
        this.standardError = standardError;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (format == ReportFormat.HTML && files.size() != 1) {
            err.println("parley: --format html writes one page for one scenario: give one FILE, not " + files.size());
            err.flush();
            return ScenarioValidation.BAD_INPUT;
        }
        if (format == ReportFormat.HTML && explain) {
            err.println("parley: --explain shows in text and json only, not with --format html");
            err.flush();
            return ScenarioValidation.BAD_INPUT;
        }
        Optional<LoadedRules> loaded = LoadedRules.of(rules, builtIn, err, limits, readerOptions.limits());
        if (loaded.isEmpty()) {
            return ScenarioValidation.BAD_INPUT;
        }
        if (output == null || output.equals("-")) {
            return validate(spec.commandLine().getOut(), loaded.get());
        }
        return new ReportFile(output, err).write(files, out -> validate(out, loaded.get()));
    }

    private int validate(PrintWriter out, LoadedRules loaded) {
        return new ScenarioValidation(out, spec.commandLine().getErr(), loaded.reader(), loaded.validator(),
                standardError, progress).validate(files.stream().map(name -> ScenarioSource.named(name, System.in)).toList(), format, explain);
    }
}
