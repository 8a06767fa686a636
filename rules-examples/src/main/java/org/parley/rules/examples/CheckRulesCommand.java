package org.parley.rules.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;
import picocli.CommandLine.Command;
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
 */
@Command(name = "check-rules", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = {"Compiles rule files and reports every problem, with no scenario.",
                "The files are compiled as validate --rules compiles them: beside the built-in rules, in "
                        + "restricted mode. Clean files are listed as FILE: N rules, OK, with the terms they declare and "
                        + "their parameters; problems are printed on standard error as FILE:LINE:COLUMN: message."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every rule file compiles and follows the conventions",
                "  2  a rule file does not compile or breaks the conventions, or bad usage"})
final class CheckRulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "Rule files, or folders whose *.drl files (below them) are checked.")
    private List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleFiles.Compiled> compiled = RuleFiles.compile(paths, err);
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
