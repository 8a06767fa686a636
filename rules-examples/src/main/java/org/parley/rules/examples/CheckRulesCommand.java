package org.parley.rules.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley check-rules DIR...}: compiles rule files without a scenario.
 *
 * <p>The files are compiled as {@code validate --rules} compiles them: in restricted mode,
 * beside the built-in rules. When they are clean, one line per file on standard output,
 * {@code FILE: N rules, OK}, followed by each custom term the file declares with its
 * parameters, and exit status 0; otherwise every problem of every file on
 * standard error, {@code FILE:LINE:COLUMN: message}, nothing on standard output, and exit
 * status 2.
 *
 * <p>{@code --timeout SECONDS} bounds the rule code that runs while the rules are built (the
 * engine evaluates constant expressions such as {@code eval(f(62) > 0)} then): past it, one
 * line on standard error and exit status 3, as {@code validate --timeout}. Its default,
 * {@value #DEFAULT_TIMEOUT_SECONDS} seconds, is shorter than validate's 1800: checking rules
 * reads no scenario, building honest rules takes seconds, and a build that takes a minute is
 * rule code that runs away.
 */
@Command(name = "check-rules", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = {"Compiles rule files and reports every problem, with no scenario.",
                "The files are compiled as validate --rules compiles them: beside the built-in rules, in "
                        + "restricted mode. Clean files are listed as FILE: N rules, OK, with the terms they declare and "
                        + "their parameters; problems are printed on standard error as FILE:LINE:COLUMN: message."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every rule file compiles and follows the conventions",
                "  2  a rule file does not compile or breaks the conventions, or bad usage",
                "  3  rule code ran past the time limit while the rules were built (--timeout)",
                "  4  rule code recursed deeper than the stack while the rules were built",
                "  5  out of memory while the rules were built"})
final class CheckRulesCommand implements Callable<Integer> {

    /** The time limit of building the rules when {@code --timeout} is not given. */
    static final long DEFAULT_TIMEOUT_SECONDS = 60;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = LimitOptions.Seconds.class,
            defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "Stops building the rules when rule code runs longer than SECONDS while they are built, "
                    + "as a constant eval(f(62) > 0) does (default " + DEFAULT_TIMEOUT_SECONDS + ", shorter than "
                    + "validate's 1800); exit status 3.")
    private long timeoutSeconds;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "Rule files, or folders whose *.drl files (below them) are checked.")
    private List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleFiles.Compiled> compiled = RuleFiles.compile(paths, err, LimitOptions.timeout(timeoutSeconds));
        if (compiled.isEmpty()) {
            return ScenarioValidation.BAD_INPUT;
        }
        Map<String, TermDeclaration> declarations = compiled.get().validator().termDeclarations();
        for (RuleFiles.RuleFile file : compiled.get().files().files()) {
            RuleDeclarations declared = RuleDeclarations.of(file.text());
            int count = declared.rules();
            out.println(TerminalText.printable(file.path() + ": " + count + (count == 1 ? " rule" : " rules")
                    + ", OK"));
            for (String type : declared.terms()) {
                TermDeclaration term = declarations.get(type);
                out.println(TerminalText.printable("  term " + type + ": " + term.description()));
                for (TermParameter parameter : term.parameters()) {
                    out.println(TerminalText.printable("    " + parameter.name() + " (" + parameter.expected() + ", "
                            + (parameter.required() ? "required"
                                    : parameter.defaultValue().map(v -> "default " + v).orElse("optional"))
                            + "): " + parameter.description()));
                }
            }
        }
        return ScenarioValidation.COMPLIANT;
    }
}
