package org.parley.rules.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.model.ExchangeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley replay FILE [--format text|json] [--rules DIR]...}: plays a scenario back
 * date by date and prints, for each date, the violations that appeared and those that were
 * resolved; see {@link ScenarioReplay} for the steps and {@link ReplayReport} for the output.
 * The exit status is that of {@code validate} for the final report.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = {"Plays a scenario back date by date and prints what appeared and what was resolved.",
                "The record is judged at each date of a batch or of remains, at each date on which something "
                        + "becomes due (a completeBy, a scheduled date), never later than its asOf, and at its "
                        + "asOf date. Each date on which something changed prints the violations that appeared (+) "
                        + "and those resolved (-), on the date they arose; dates with no change are left out. The "
                        + "last line is the summary of the final report, the report of validate."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the final report is compliant (warnings are allowed)",
                "  1  the final report has an ERROR violation",
                "  2  bad input, bad usage or rule files that do not compile",
                "  3  a validation reached its firing or time limit (--max-firings, --timeout)",
                "  4  rule code recursed deeper than the stack (StackOverflowError)",
                "  5  out of memory: the rules and the record need more heap than -Xmx gives"})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file (JSON) to replay: a regular file, or - for standard input.")
    private String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.TextOrJsonConverter.class,
            description = "text (the default): for people; json: one JSON object per date, one per line, then "
                    + "{\"final\": the validate document}.")
    private ReportFormat format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule files (*.drl) of your own, a file or a folder searched below it, loaded beside the "
                    + "built-in rules in restricted mode; may be repeated.")
    private List<String> rules = List.of();

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Mixin
    private ReaderOptions readerOptions = new ReaderOptions();

    private final Supplier<Validator> builtIn;

    ReplayCommand(Supplier<Validator> builtIn) {
        this.builtIn = builtIn;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LoadedRules> loaded = LoadedRules.of(rules, builtIn, err, limits, readerOptions.limits());
        if (loaded.isEmpty()) {
            return ScenarioValidation.BAD_INPUT;
        }
        ScenarioSource source = ScenarioSource.named(file, System.in);
        Optional<ExchangeRecord> record = ScenarioValidation.read(source, loaded.get().reader(), err);
        if (record.isEmpty()) {
            return ScenarioValidation.BAD_INPUT;
        }
        ValidationReport last = ScenarioReplay.replay(loaded.get().validator().get(), record.get(), step -> {
            if (format == ReportFormat.JSON) {
                out.println(ReplayReport.line(step));
            } else {
                ReplayReport.lines(step).forEach(out::println);
            }
        });
        out.println(format == ReportFormat.JSON ? ReplayReport.finalLine(source.name(), last)
                : ReplayReport.summary(source.name(), last));
        out.flush();
        return ScenarioValidation.statusOf(last);
    }
}
