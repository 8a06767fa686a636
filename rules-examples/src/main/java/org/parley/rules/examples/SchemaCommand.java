package org.parley.rules.examples;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.rules.json.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley schema [--rules DIR]...}: prints the JSON Schema of the scenario format,
 * extended with the custom terms the rule files declare, so that an editor checks their
 * parameters too. The rules are built as {@code check-rules} builds them, within the same
 * {@code --timeout}.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = {"Prints the JSON Schema (draft 2020-12) of scenario files.",
                "With --rules, the schema also knows the custom terms those rule files declare, with their "
                        + "parameters."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the schema was printed",
                "  2  rule files that do not compile, or bad usage",
                "  3  rule code ran past the time limit while the rules were built (--timeout)",
                "  4  rule code recursed deeper than the stack while the rules were built",
                "  5  out of memory while the rules were built"})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = LimitOptions.Seconds.class,
            defaultValue = "" + CheckRulesCommand.DEFAULT_TIMEOUT_SECONDS,
            description = "Stops building the rules of --rules when rule code runs longer than SECONDS while they "
                    + "are built, as check-rules does (default " + CheckRulesCommand.DEFAULT_TIMEOUT_SECONDS
                    + "); exit status 3.")
    private long timeoutSeconds;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule files (*.drl) whose custom terms the schema adds; may be repeated.")
    private List<String> rules = List.of();

    @Override
    public Integer call() {
        if (rules.isEmpty()) {
            spec.commandLine().getOut().print(ScenarioSchema.text());
            spec.commandLine().getOut().flush();
            return ScenarioValidation.COMPLIANT;
        }
        Optional<RuleFiles.Compiled> compiled = RuleFiles.compile(rules, spec.commandLine().getErr(),
                LimitOptions.timeout(timeoutSeconds));
        if (compiled.isEmpty()) {
            return ScenarioValidation.BAD_INPUT;
        }
        spec.commandLine().getOut().print(ScenarioSchema.text(
                compiled.get().validator().termDeclarations().values()));
        spec.commandLine().getOut().flush();
        return ScenarioValidation.COMPLIANT;
    }
}
