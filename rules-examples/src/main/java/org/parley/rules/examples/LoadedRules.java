package org.parley.rules.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.rules.Validator;
import org.parley.rules.json.ReaderLimits;
import org.parley.rules.json.ScenarioReader;

/**
 * The validator a command validates with, and a reader of scenarios that knows its custom
 * terms: the shared validator of the built-in rules, or, with {@code --rules}, one built
 * with the rule files given.
 *
 * @param reader    reads scenarios, checking the custom terms the rules declare
 * @param validator gives the validator; the built-in one is built when first needed, so
 *                  that bad input is reported without waiting for rules to compile
 */
record LoadedRules(ScenarioReader reader, Supplier<Validator> validator) {

    /**
     * The rules of a command: the built-in ones when {@code ruleFiles} is empty, else the
     * built-in ones and those files, compiled now, since their term declarations are needed
     * to read the scenarios.
     *
     * @param ruleFiles the paths given with {@code --rules}
     * @param builtIn   gives the validator of the built-in rules
     * @param err       where the problems of rule files are printed
     * @param limits    the firing and time limits given on the command line
     * @param readerLimits the limits of the reader
     * @return the rules, or empty after printing why the rule files cannot be used
     */
    static Optional<LoadedRules> of(List<String> ruleFiles, Supplier<Validator> builtIn, PrintWriter err,
                                    LimitOptions limits, ReaderLimits readerLimits) {
        if (ruleFiles.isEmpty() && !limits.given()) {
            return Optional.of(new LoadedRules(new ScenarioReader(List.of(), readerLimits), builtIn));
        }
        if (ruleFiles.isEmpty()) {
            Validator limited = limits.apply(org.parley.rules.Validators.builder())
                    .progressListener(ProgressLine.LISTENER).build();
            return Optional.of(new LoadedRules(new ScenarioReader(List.of(), readerLimits), () -> limited));
        }
        return RuleFiles.compile(ruleFiles, err, limits).map(compiled -> {
            Validator validator = compiled.validator();
            return new LoadedRules(new ScenarioReader(validator.termDeclarations().values(), readerLimits),
                    () -> validator);
        });
    }
}
