package org.parley.rules.examples;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley validate FILE... [--format text|json]}: validates scenario files.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = "Validates scenario files and prints a report for each.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every file is compliant (warnings are allowed)",
                "  1  some file has an ERROR violation",
                "  2  bad input or bad usage; with several files, the highest status of all"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (JSON) to validate.")
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
            description = "text (the default): a report for people; json: one JSON document per file, one per line.")
    private ReportFormat format;

    private final Supplier<Validator> builtIn;

    ValidateCommand(Supplier<Validator> builtIn) {
        this.builtIn = builtIn;
    }

    @Override
    public Integer call() {
        // Where --rules will come in: a validator built first from the built-in rules and
        // those of its directories (exit 2 if they do not compile), and a reader of the term
        // types they declare, new ScenarioReader(validator.termTypes()).
        return new ScenarioValidation(spec.commandLine().getOut(), spec.commandLine().getErr(), new ScenarioReader(),
                builtIn)
                .validate(files.stream().map(ScenarioSource::file).toList(), format);
    }
}
