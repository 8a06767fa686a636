package org.parley.rules.examples;

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
 * {@code parley validate FILE... [--format text|json] [--rules DIR]... [--explain]}:
 * validates scenario files.
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
            description = "text (the default): a report for people; json: one JSON document per file, one per line.")
    private ReportFormat format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule files (*.drl) of your own, a file or a folder searched below it, loaded beside the "
                    + "built-in rules in restricted mode; may be repeated.")
    private List<String> rules = List.of();

    @Option(names = "--explain",
            description = "Shows under each violation the facts its rule matched, and after the report how often "
                    + "each rule fired.")
    private boolean explain;

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Mixin
    private ReaderOptions readerOptions = new ReaderOptions();

    private final Supplier<Validator> builtIn;

    ValidateCommand(Supplier<Validator> builtIn) {
        this.builtIn = builtIn;
    }

    @Override
    public Integer call() {
        Optional<LoadedRules> loaded = LoadedRules.of(rules, builtIn, spec.commandLine().getErr(), limits, readerOptions.limits());
        if (loaded.isEmpty()) {
            return ScenarioValidation.BAD_INPUT;
        }
        return new ScenarioValidation(spec.commandLine().getOut(), spec.commandLine().getErr(),
                loaded.get().reader(), loaded.get().validator())
                .validate(files.stream().map(name -> ScenarioSource.named(name, System.in)).toList(), format, explain);
    }
}
