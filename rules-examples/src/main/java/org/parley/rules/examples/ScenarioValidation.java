package org.parley.rules.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.parley.rules.Explanation;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.examples.html.HtmlReport;
import org.parley.rules.json.JsonReport;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.json.Text;
import org.parley.rules.model.ExchangeRecord;

/**
 * Validates scenarios one after the other and prints a report for each: the work of
 * {@code parley validate} and of {@code parley} with no arguments.
 *
 * <p>A file that cannot be read or is not a valid scenario prints nothing on standard
 * output, only its problems on standard error, and the next file is still validated.
 */
final class ScenarioValidation {

    /** Exit status: every scenario is compliant (warnings are allowed). */
    static final int COMPLIANT = 0;
    /** Exit status: some scenario has an ERROR violation. */
    static final int NOT_COMPLIANT = 1;
    /** Exit status: bad input or bad usage. */
    static final int BAD_INPUT = 2;
    /** A validation reached its firing or time limit. */
    static final int LIMIT_REACHED = 3;
    /** Rule code recursed deeper than the thread's stack. */
    static final int RECURSION = 4;
    /** The JVM ran out of memory. */
    static final int OUT_OF_MEMORY = 5;

    /** The most problem lines printed for one file, so that a wrong file does not flood the terminal. */
    static final int MAX_PROBLEM_LINES = 20;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ScenarioReader reader;
    private final Supplier<Validator> validator;
    private final StandardError standardError;
    private final boolean progress;

    /**
     * @param reader    reads the scenarios; it must know the custom terms of the validator's
     *                  rules (with rule files of one's own:
     *                  {@code new ScenarioReader(validator.termDeclarations().values())})
     * @param validator gives the validator when the first valid scenario needs it, so that
     *                  bad input is reported without waiting for rules to compile
     */
    ScenarioValidation(PrintWriter out, PrintWriter err, ScenarioReader reader, Supplier<Validator> validator) {
        this(out, err, reader, validator, StandardError.none(), false);
    }

    /**
     * A validation that draws a {@link ProgressLine} on {@code err} for each scenario, with
     * {@code progress} ({@code --progress}) or when {@code standardError} is a terminal and
     * the scenario is large.
     */
    ScenarioValidation(PrintWriter out, PrintWriter err, ScenarioReader reader, Supplier<Validator> validator,
                       StandardError standardError, boolean progress) {
        this.out = out;
        this.err = err;
        this.reader = reader;
        this.validator = validator;
        this.standardError = standardError;
        this.progress = progress;
    }

    /** Validates each source in turn and returns the highest exit status of all. */
    int validate(List<ScenarioSource> sources, ReportFormat format) {
        return validate(sources, format, false);
    }

    /**
     * Validates each source in turn and returns the highest exit status of all.
     *
     * @param explain whether to show, for each violation, the facts its rule matched, and
     *                how often each rule fired (see {@link TextReport} and {@link JsonReport})
     */
    int validate(List<ScenarioSource> sources, ReportFormat format, boolean explain) {
        boolean several = sources.size() > 1;
        boolean printed = false;
        int status = COMPLIANT;
        for (ScenarioSource source : sources) {
            ProgressLine line = new ProgressLine(err, standardError, progress, source.name());
            Optional<ExchangeRecord> record = read(source, reader, err, line);
            if (record.isEmpty()) {
                status = Math.max(status, BAD_INPUT);
                continue;
            }
            boolean afterAnother = printed;
            ValidationReport report = line.validating(() -> explain
                    ? printExplained(source, record.get(), format, afterAnother)
                    : print(source, record.get(), format, afterAnother));
            printed = true;
            status = Math.max(status, statusOf(report));
        }
        out.flush();
        err.flush();
        return status;
    }

    /** Validates one record and prints its report, after a blank line if another came before. */
    private ValidationReport print(ScenarioSource source, ExchangeRecord record, ReportFormat format,
                                   boolean afterAnother) {
        if (format == ReportFormat.HTML) {
            SortedMap<LocalDate, ReportChanges> steps = new TreeMap<>();
            ValidationReport report = ScenarioReplay.replay(validator.get(), record,
                    step -> steps.put(step.date(), step.changes()));
            out.print(HtmlReport.page(source.name(), record, report, steps));
            return report;
        }
        ValidationReport report = validator.get().validate(record);
        if (format == ReportFormat.JSON) {
            out.println(JsonReport.line(source.name(), report));
        } else {
            printText(TextReport.lines(source.name(), report), afterAnother);
        }
        return report;
    }

    /** Explains one record and prints its report, with matched facts and rule coverage. */
    private ValidationReport printExplained(ScenarioSource source, ExchangeRecord record, ReportFormat format,
                                            boolean afterAnother) {
        Explanation explanation = validator.get().explain(record);
        if (format == ReportFormat.JSON) {
            out.println(JsonReport.line(source.name(), explanation));
        } else {
            printText(TextReport.lines(source.name(), explanation), afterAnother);
        }
        return explanation.report();
    }

    private void printText(List<String> lines, boolean afterAnother) {
        if (afterAnother) {
            out.println();
        }
        lines.forEach(out::println);
    }

    /** The exit status for one report: {@link #COMPLIANT} or {@link #NOT_COMPLIANT}. */
    static int statusOf(ValidationReport report) {
        return report.isCompliant() ? COMPLIANT : NOT_COMPLIANT;
    }

    /**
     * Reads one scenario, or prints on {@code err} why it cannot be read: one line, or one
     * per problem (at most {@link #MAX_PROBLEM_LINES}), each after the source's name, so that
     * the file is always named, and what of its content is shown is short and escaped.
     *
     * @return the record, or empty after printing the problems
     */
    static Optional<ExchangeRecord> read(ScenarioSource source, ScenarioReader reader, PrintWriter err) {
        return read(source, reader, err, ProgressLine.none(err));
    }

    /** Reads one scenario as {@link #read(ScenarioSource, ScenarioReader, PrintWriter)} does, with a progress line. */
    private static Optional<ExchangeRecord> read(ScenarioSource source, ScenarioReader reader, PrintWriter err,
                                                 ProgressLine progress) {
        String name = Text.printable(source.name());
        try {
            try {
                return Optional.of(source.content().read(reader, progress));
            } finally {
                // Before any problem line, and before the validator is built.
                progress.clear();
            }
        } catch (IOException | InvalidPathException e) {
            err.println("parley: cannot read " + name + ": " + Text.printable(reason(e)));
        } catch (ScenarioException e) {
            e.problemLines(MAX_PROBLEM_LINES).forEach(line -> err.println(name + ": " + line));
        }
        return Optional.empty();
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof InvalidPathException) {
            return "not a valid path";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
