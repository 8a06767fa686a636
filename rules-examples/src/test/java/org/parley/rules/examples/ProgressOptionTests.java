package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

/**
 * {@code validate --progress}, and the progress line on a terminal: on standard error only,
 * with exact text, cleared at the end, and never when standard error is piped.
 */
class ProgressOptionTests {

    /** A standard error that is a terminal, with a clock that stands still: only the first drawing of each phase. */
    private static final StandardError STILL_TERMINAL = new StandardError(true, () -> 0L, StandardError.LARGE_BYTES);

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        try (var in = ProgressOptionTests.class.getResourceAsStream(ScenarioSource.SAMPLE_RESOURCE)) {
            Path file = dir.resolve("s.json");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static String clear(String text) {
        return "\r" + " ".repeat(text.length()) + "\r";
    }

    /** The facts and firings the built-in rules report for a record, as the command line's listener hears them. */
    private static List<long[]> heard(Path file) throws Exception {
        List<long[]> calls = new ArrayList<>();
        Validator validator = Validators.builder().progressListener((facts, firings) ->
                calls.add(new long[] {facts, firings})).build();
        ExchangeRecord record = new ScenarioReader().read(file);
        validator.validate(record);
        return calls;
    }

    @Test
    void progress_drawsTheReadingThenTheValidatingLine_andClearsEach() throws Exception {
        Path file = sample();
        long size = Files.size(file);
        long facts = heard(file).get(0)[0];

        CommandRun run = CommandRun.on(STILL_TERMINAL, "validate", "--progress", file.toString());

        assertThat(run.status).isZero();
        // The file is read in one block, heard before any fact is bound from it.
        String reading = "parley: reading s.json: 0 facts, " + ProgressLine.size(size) + " of "
                + ProgressLine.size(size) + " (100%)";
        String validating = "parley: validating s.json: " + facts + " facts, 0 rules fired";
        assertThat(reading).isEqualTo("parley: reading s.json: 0 facts, 5.0 KiB of 5.0 KiB (100%)");
        assertThat(run.err).isEqualTo("\r" + reading + clear(reading) + "\r" + validating + clear(validating));
    }

    /** A record of {@code n} detainees held by RU, under a CONSENT term: some tens of blocks. */
    private Path detainees(int n) throws IOException {
        StringBuilder s = new StringBuilder("{\"agreement\": {\"id\": \"many\", \"signedOn\": \"2025-06-02\", "
                + "\"parties\": [{\"code\": \"UA\"}, {\"code\": \"RU\"}], \"terms\": [{\"type\": \"CONSENT\", "
                + "\"requireRecorded\": false}]}, \"detainees\": [");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append("{\"id\": \"UA-").append(i).append("\", \"heldBy\": \"RU\"}");
        }
        return Files.writeString(dir.resolve("many.json"), s.append("], \"batches\": []}").toString());
    }

    @Test
    void progress_withAClockThatMoves_showsTheFactsReadAsTheReaderHearsThem() throws Exception {
        Path file = detainees(20_000);
        List<long[]> reading = new ArrayList<>();
        new ScenarioReader().read(file, (facts, bytes, total) -> reading.add(new long[] {facts, bytes,
                total.getAsLong()}));
        AtomicLong now = new AtomicLong();
        StandardError moving = new StandardError(false, () -> now.addAndGet(1_000_000_000L), StandardError.LARGE_BYTES);

        CommandRun run = CommandRun.on(moving, "validate", "--progress", file.toString());

        assertThat(run.status).isZero();
        assertThat(reading).hasSizeGreaterThan(10);
        for (long[] heard : List.of(reading.get(1), reading.get(reading.size() / 2), reading.get(reading.size() - 1))) {
            String line = String.format(java.util.Locale.ROOT, "\rparley: reading many.json: %,d facts, %s of %s (%d%%)",
                    heard[0], ProgressLine.size(heard[1]), ProgressLine.size(heard[2]), heard[1] * 100 / heard[2]);
            assertThat(run.err).contains(line);
        }
        long[] last = reading.get(reading.size() - 1);
        assertThat(last[0]).isBetween(19_000L, 19_999L);
        assertThat(run.err).contains(String.format(java.util.Locale.ROOT,
                "\rparley: reading many.json: %,d facts, %s of %s (100%%)", last[0], ProgressLine.size(last[1]),
                ProgressLine.size(last[1])));
    }

    @Test
    void progress_withAClockThatMoves_endsOnTheFiguresOfTheWholeValidation() throws Exception {
        Path file = sample();
        List<long[]> calls = heard(file);
        long[] last = calls.get(calls.size() - 1);
        AtomicLong now = new AtomicLong();
        StandardError moving = new StandardError(false, () -> now.addAndGet(1_000_000_000L), StandardError.LARGE_BYTES);

        CommandRun run = CommandRun.on(moving, "validate", "--progress", file.toString());

        String end = String.format(java.util.Locale.ROOT, "parley: validating s.json: %,d facts, %,d rules fired",
                last[0], last[1]);
        assertThat(last[1]).isPositive();
        assertThat(run.err).endsWith("\r" + end + clear(end));
    }

    @Test
    void standardOutput_isByteForByteTheSameWithAndWithoutProgress_inEveryFormat() throws Exception {
        Path file = sample();
        for (List<String> options : List.of(List.of("--format", "text"), List.of("--format", "json"),
                List.of("--format", "html"), List.of("--explain"), List.of("--explain", "--format", "json"))) {
            String format = String.join(" ", options);
            List<String> args = new ArrayList<>(List.of("validate"));
            args.addAll(options);
            args.add(file.toString());
            CommandRun without = CommandRun.on(StandardError.none(), args.toArray(String[]::new));
            args.add(1, "--progress");
            CommandRun with = CommandRun.on(STILL_TERMINAL, args.toArray(String[]::new));

            assertThat(with.out).as(format).isEqualTo(without.out).doesNotContain("\r", "parley: reading");
            assertThat(with.err).as(format).startsWith("\rparley: reading s.json: ")
                    .contains("\rparley: validating s.json: ").endsWith(" \r");
            assertThat(without.err).as(format).isEmpty();
        }
    }

    @Test
    void piped_withoutProgress_writesNothingOnStandardError_evenForALargeScenario() throws Exception {
        Path file = sample();
        StandardError piped = new StandardError(false, () -> 0L, 0);

        CommandRun run = CommandRun.on(piped, "validate", "--format", "json", file.toString());

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).startsWith("{").doesNotContain("\r");
    }

    @Test
    void theProcessOwnStandardError_isNoTerminalWhenTheRunWritesElsewhere() throws Exception {
        Path file = sample();

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
    }

    @Test
    void aTerminal_showsTheLineForALargeScenarioOnly() throws Exception {
        Path file = sample();
        StandardError smallIsLarge = new StandardError(true, () -> 0L, Files.size(file));

        CommandRun small = CommandRun.on(STILL_TERMINAL, "validate", file.toString());
        CommandRun large = CommandRun.on(smallIsLarge, "validate", file.toString());

        assertThat(small.err).isEmpty();
        assertThat(large.err).startsWith("\rparley: reading s.json: 0 facts, 5.0 KiB of 5.0 KiB (100%)\r")
                .contains("\rparley: validating s.json: ").endsWith(" \r");
        assertThat(large.out).isEqualTo(small.out);
    }

    @Test
    void aProblemLine_comesAfterTheClearedLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"agreement\": 1}");

        CommandRun run = CommandRun.on(STILL_TERMINAL, "validate", "--progress", file.toString());

        String reading = "parley: reading bad.json: 0 facts, 16 B of 16 B (100%)";
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).startsWith("\r" + reading + clear(reading) + file + ": $.agreement: expected ");
    }

    @Test
    void severalFiles_eachHaveTheirLine() throws Exception {
        Path first = sample();
        Path second = Files.copy(first, dir.resolve("t.json"));

        CommandRun run = CommandRun.on(STILL_TERMINAL, "validate", "--progress", first.toString(), second.toString());

        assertThat(run.err).contains("\rparley: reading s.json: ", "\rparley: validating s.json: ",
                "\rparley: reading t.json: ", "\rparley: validating t.json: ").endsWith(" \r");
        assertThat(run.out).isEqualTo(CommandRun.on(StandardError.none(), "validate", first.toString(),
                second.toString()).out);
    }

    @Test
    void validateHelp_namesTheProgressOption() {
        CommandRun run = CommandRun.of("validate", "--help");

        assertThat(run.out).contains("[--progress]", "--progress", "Shows on standard error how far each scenario");
    }
}
