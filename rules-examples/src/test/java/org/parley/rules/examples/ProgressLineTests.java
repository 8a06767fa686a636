package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The progress line's text (facts and bytes read, then facts and firings), pace and clearing, with a clock of the test's own. */
class ProgressLineTests {

    private final StringWriter written = new StringWriter();
    private final PrintWriter err = new PrintWriter(written);
    private long now;

    private ProgressLine line(boolean terminal, boolean forced, String name) {
        return new ProgressLine(err, new StandardError(terminal, () -> now, 1_000), forced, name);
    }

    private static String clear(int width) {
        return "\r" + " ".repeat(width) + "\r";
    }

    @Test
    void aFile_showsTheBytesReadOfItsSize_andIsClearedWithSpaces() {
        ProgressLine line = line(false, true, "/data/records/big.json");

        line.progressed(0, 512, OptionalLong.of(3L << 20));
        now += 200_000_000L;
        line.progressed(0, 3L << 20, OptionalLong.of(3L << 20));
        line.clear();

        String first = "parley: reading big.json: 0 facts, 512 B of 3.0 MiB (0%)";
        String last = "parley: reading big.json: 0 facts, 3.0 MiB of 3.0 MiB (100%)";
        assertThat(written.toString()).isEqualTo("\r" + first + "\r" + last + clear(last.length()));
    }

    @Test
    void theFactsRead_areShownBeforeTheBytes_groupedByThousands() {
        ProgressLine line = line(false, true, "big.json");

        line.progressed(412_000, 39_321_600, OptionalLong.of(125_829_120));
        now += 100_000_000L;
        line.progressed(1_234_567, 125_829_120, OptionalLong.of(125_829_120));
        now += 100_000_000L;
        // The reader read the file again by its checking path: the figures start again.
        line.progressed(0, 8_000, OptionalLong.of(125_829_120));

        String first = "parley: reading big.json: 412,000 facts, 37.5 MiB of 120.0 MiB (31%)";
        String second = "parley: reading big.json: 1,234,567 facts, 120.0 MiB of 120.0 MiB (100%)";
        String third = "parley: reading big.json: 0 facts, 7.8 KiB of 120.0 MiB (0%)";
        assertThat(written.toString()).isEqualTo("\r" + first + "\r" + second + "\r" + third
                + " ".repeat(second.length() - third.length()));
    }

    @Test
    void standardInput_showsTheFactsAndTheBytesReadWithNoTotal() {
        ProgressLine line = line(false, true, "-");

        line.progressed(20_500, 1_536_000, OptionalLong.empty());

        assertThat(written.toString()).isEqualTo("\rparley: reading standard input: 20,500 facts, 1.5 MiB");
    }

    @Test
    void standardInput_showsTheBytesReadWithNoTotal() {
        ProgressLine line = line(false, true, "-");

        line.progressed(0, 1_536, OptionalLong.empty());
        line.clear();

        String text = "parley: reading standard input: 0 facts, 1.5 KiB";
        assertThat(written.toString()).isEqualTo("\r" + text + clear(text.length()));
    }

    @Test
    void drawings_areAtMostTenASecond_andAShorterOnePadsOverTheLonger() {
        ProgressLine line = line(false, true, "big.json");

        line.progressed(0, 2_000_000, OptionalLong.of(2_000_000_000L));
        now += 99_000_000L;
        line.progressed(0, 3_000_000, OptionalLong.of(2_000_000_000L));
        now += 1_000_000L;
        line.progressed(0, 4_000, OptionalLong.of(2_000_000_000L));

        String first = "parley: reading big.json: 0 facts, 1.9 MiB of 1.9 GiB (0%)";
        String third = "parley: reading big.json: 0 facts, 3.9 KiB of 1.9 GiB (0%)";
        assertThat(written.toString()).isEqualTo("\r" + first + "\r" + third);
    }

    @Test
    void validating_showsTheFactsAndTheFiringsOfEveryRunAddedUp() {
        ProgressLine line = line(false, true, "big.json");

        String shown = line.validating(() -> {
            ProgressLine.LISTENER.progressed(1_000, 0);
            now += 100_000_000L;
            ProgressLine.LISTENER.progressed(1_500, 2_048);
            now += 100_000_000L;
            ProgressLine.LISTENER.progressed(1_600, 2_100);
            // A second run, of the custom rules: its firings count on from the first run's.
            ProgressLine.LISTENER.progressed(1_000, 0);
            now += 100_000_000L;
            ProgressLine.LISTENER.progressed(1_200, 1_024);
            return written.toString();
        });

        assertThat(shown).isEqualTo("\rparley: validating big.json: 1,000 facts, 0 rules fired"
                + "\rparley: validating big.json: 1,500 facts, 2,048 rules fired"
                + "\rparley: validating big.json: 1,600 facts, 2,100 rules fired"
                + "\rparley: validating big.json: 1,200 facts, 3,124 rules fired");
        assertThat(written.toString()).isEqualTo(shown
                + clear("parley: validating big.json: 1,600 facts, 2,100 rules fired".length()));
    }

    @Test
    void theListener_tellsNobodyOutsideAValidation_orOnAnotherThread() throws InterruptedException {
        ProgressLine line = line(false, true, "big.json");

        ProgressLine.LISTENER.progressed(1, 0);
        line.validating(() -> {
            Thread other = new Thread(() -> ProgressLine.LISTENER.progressed(2, 0));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertThat(written.toString()).isEmpty();
    }

    @Test
    void onATerminal_onlyALargeScenarioIsShown() {
        ProgressLine small = line(true, false, "small.json");
        small.progressed(0, 999, OptionalLong.of(999));
        small.validating(() -> {
            ProgressLine.LISTENER.progressed(10, 0);
            return null;
        });
        assertThat(written.toString()).isEmpty();

        ProgressLine large = line(true, false, "large.json");
        large.progressed(0, 500, OptionalLong.of(1_000));
        assertThat(written.toString()).isEqualTo("\rparley: reading large.json: 0 facts, 500 B of 1000 B (50%)");
    }

    @Test
    void standardInputOnATerminal_isShownOnceALargeScenarioHasBeenRead() {
        ProgressLine line = line(true, false, "-");

        line.progressed(0, 999, OptionalLong.empty());
        now += 100_000_000L;
        line.progressed(0, 1_000, OptionalLong.empty());

        assertThat(written.toString()).isEqualTo("\rparley: reading standard input: 0 facts, 1000 B");
    }

    @Test
    void notATerminal_showsNothingWithoutProgress() {
        ProgressLine line = line(false, false, "large.json");

        line.progressed(0, 1_000_000, OptionalLong.of(1_000_000));
        line.validating(() -> {
            ProgressLine.LISTENER.progressed(10, 0);
            return null;
        });
        line.clear();

        assertThat(written.toString()).isEmpty();
    }

    @Test
    void aNameFromTheCommandLine_isEscaped() {
        ProgressLine line = line(false, true, "dir/evil\u001b[2J.json");

        line.progressed(0, 1, OptionalLong.of(1));

        assertThat(written.toString()).isEqualTo("\rparley: reading evil\\u001b[2J.json: 0 facts, 1 B of 1 B (100%)");
    }

    @Test
    void aLongName_isCutToItsLast40Characters() {
        ProgressLine line = line(false, true, "records/exchange-of-the-second-of-june-2025-all-batches.json");

        line.progressed(0, 1, OptionalLong.of(1));

        assertThat(written.toString())
                .isEqualTo("\rparley: reading ...-second-of-june-2025-all-batches.json: 0 facts, 1 B of 1 B (100%)");
    }
}
