package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.model.ExchangeRecord;

/** The reader tells its progress listener the facts bound and the bytes read, of the file's size, as it reads. */
class ReadingProgressTests {

    private final ScenarioReader reader = new ScenarioReader();

    @TempDir
    Path dir;

    /** A scenario of many detainees: some hundred thousand bytes, read in many blocks. */
    private static String large(int detainees) {
        StringBuilder json = new StringBuilder("{\"agreement\": {\"id\": \"a1\", \"signedOn\": \"2025-06-02\", "
                + "\"parties\": [{\"code\": \"UA\"}, {\"code\": \"RU\"}], \"terms\": []},\n\"detainees\": [\n");
        for (int i = 0; i < detainees; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"UA-").append(i).append("\", \"heldBy\": \"RU\"}");
        }
        return json.append("\n]}\n").toString();
    }

    /** The detainees whose object ends within the first {@code bytes} bytes of the scenario. */
    private static long detaineesWithin(String json, long bytes) {
        String read = json.substring(0, (int) bytes);
        return read.split("\"heldBy\": \"RU\"}", -1).length - 1;
    }

    private static final class Heard implements ReadingProgress {
        final List<Long> facts = new ArrayList<>();
        final List<Long> bytes = new ArrayList<>();
        final List<OptionalLong> totals = new ArrayList<>();

        @Override
        public void progressed(long factsRead, long bytesRead, OptionalLong totalBytes) {
            facts.add(factsRead);
            bytes.add(bytesRead);
            totals.add(totalBytes);
        }
    }

    @Test
    void aFile_isHeardInGrowingBlocksUpToItsSize() throws Exception {
        Path file = Files.writeString(dir.resolve("large.json"), large(5_000));
        long size = Files.size(file);
        Heard heard = new Heard();

        ExchangeRecord record = reader.read(file, heard);

        assertThat(record).isEqualTo(reader.read(file));
        assertThat(record.detainees()).hasSize(5_000);
        assertThat(heard.bytes.size()).isGreaterThan(10);
        assertThat(heard.bytes).isSorted().doesNotHaveDuplicates();
        assertThat(heard.bytes.get(heard.bytes.size() - 1)).isEqualTo(size);
        assertThat(heard.totals).containsOnly(OptionalLong.of(size));
    }

    @Test
    void theFactsHeard_areThoseBoundFromTheBlocksReadBefore() throws Exception {
        String json = large(5_000);
        Path file = Files.writeString(dir.resolve("large.json"), json);
        Heard heard = new Heard();

        reader.read(file, heard);

        // The parser asks for a block once it has bound every fact that ended in the blocks before.
        assertThat(heard.facts.get(0)).isZero();
        for (int i = 1; i < heard.facts.size(); i++) {
            assertThat(heard.facts.get(i)).as("facts heard with block %d", i)
                    .isEqualTo(detaineesWithin(json, heard.bytes.get(i - 1)));
        }
        assertThat(heard.facts).isSorted();
        assertThat(heard.facts.get(heard.facts.size() - 1)).isBetween(4_000L, 4_999L);
    }

    @Test
    void batchesListsAndRemains_countAsFactsToo_aBatchOnceWhateverItsTransfers() throws Exception {
        StringBuilder json = new StringBuilder("{\"agreement\": {\"id\": \"a1\", \"signedOn\": \"2025-06-02\", "
                + "\"parties\": [{\"code\": \"UA\"}, {\"code\": \"RU\"}], \"terms\": []},\n"
                + "\"detainees\": [{\"id\": \"UA-1\", \"heldBy\": \"RU\"}, {\"id\": \"RU-1\", \"heldBy\": \"UA\"}],\n"
                + "\"batches\": [{\"id\": \"B1\", \"date\": \"2025-06-10\", \"transfers\": [{\"detainee\": \"UA-1\", "
                + "\"basis\": \"YOUNG\"}, {\"detainee\": \"RU-1\", \"basis\": \"YOUNG\"}]}],\n"
                + "\"lists\": [{\"requestedBy\": \"UA\", \"detainees\": [\"UA-1\"]}],\n"
                + "\"remains\": [");
        // Enough remains after the batch that blocks are read after it has been bound.
        for (int i = 0; i < 3_000; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"R-").append(i)
                    .append("\", \"date\": \"2025-06-10\", \"from\": \"RU\", \"to\": \"UA\", \"count\": 1}");
        }
        json.append("]}\n");
        Path file = Files.writeString(dir.resolve("mixed.json"), json);
        Heard heard = new Heard();

        ExchangeRecord record = reader.read(file, heard);

        assertThat(record.batches()).hasSize(1);
        assertThat(record.lists()).hasSize(1);
        assertThat(record.remains()).hasSize(3_000);
        assertThat(heard.facts).isSorted();
        assertThat(heard.facts.get(heard.facts.size() - 1)).isGreaterThan(4L);
        // The two detainees, the one batch and the one list, then remains: every count heard
        // once remains are read is 4 plus the remains whose object ended in the blocks read before.
        for (int i = 1; i < heard.facts.size(); i++) {
            String read = json.substring(0, (int) (long) heard.bytes.get(i - 1));
            long remains = read.split("\"count\": 1}", -1).length - 1;
            if (read.contains("\"remains\"")) {
                assertThat(heard.facts.get(i)).as("facts heard with block %d", i).isEqualTo(4 + remains);
            }
        }
    }

    @Test
    void aFileTheQuickPathGivesUpOn_isHeardAgainFromNoFacts_byTheCheckingPath() throws Exception {
        String json = large(5_000).replace("\"id\": \"UA-4990\"", "\"id\": \"UA-7\"");
        Path file = Files.writeString(dir.resolve("repeated.json"), json);
        long size = Files.size(file);
        Heard heard = new Heard();

        assertThatThrownBy(() -> reader.read(file, heard)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems()).containsExactly("$.detainees[4990].id: \"UA-7\" is already the id of "
                        + "$.detainees[7]; expected a unique detainee id"));
        int restart = restartOf(heard.bytes);
        assertThat(restart).as("the block at which the bytes start again").isPositive();
        assertThat(heard.bytes.get(restart - 1)).isEqualTo(size);
        assertThat(heard.facts.get(restart - 1)).isEqualTo(detaineesWithin(json, heard.bytes.get(restart - 2)));
        assertThat(heard.facts.get(restart)).isZero();
        // The checking path binds the facts before the repeated id, and none after the first problem.
        for (int i = restart + 1; i < heard.facts.size(); i++) {
            assertThat(heard.facts.get(i)).as("facts heard with block %d", i)
                    .isEqualTo(Math.min(4_990, detaineesWithin(json, heard.bytes.get(i - 1))));
        }
    }

    @Test
    void aStreamTheQuickPathGivesUpOn_isHeardAgainFromNoFactsAndNoBytes() throws Exception {
        String text = large(5_000).replace("\"id\": \"UA-4990\"", "\"id\": \"UA-7\"");
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        Heard heard = new Heard();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(json), heard))
                .isInstanceOf(ScenarioException.class);
        int restart = restartOf(heard.bytes);
        assertThat(restart).as("the block at which the bytes start again").isPositive();
        assertThat(heard.bytes.get(restart - 1)).isEqualTo(json.length);
        assertThat(heard.facts.get(restart - 1)).isEqualTo(detaineesWithin(text, heard.bytes.get(restart - 2)));
        assertThat(heard.facts.get(restart)).isZero();
        assertThat(heard.bytes.subList(restart, heard.bytes.size())).isSorted();
        assertThat(heard.totals).containsOnly(OptionalLong.empty());
    }

    /** The first index at which the values fall, or -1. */
    private static int restartOf(List<Long> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) < values.get(i - 1)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aStream_isHeardWithNoTotal() throws Exception {
        byte[] json = large(2_000).getBytes(StandardCharsets.UTF_8);
        Heard heard = new Heard();

        ExchangeRecord record = reader.read(new ByteArrayInputStream(json), heard);

        assertThat(record.detainees()).hasSize(2_000);
        assertThat(heard.bytes).isSorted();
        assertThat(heard.bytes.get(heard.bytes.size() - 1)).isEqualTo(json.length);
        assertThat(heard.totals).containsOnly(OptionalLong.empty());
    }

    @Test
    void aFileRefusedBeforeItIsOpened_isNotHeard() throws Exception {
        Path file = Files.writeString(dir.resolve("large.json"), large(100));
        long size = Files.size(file);
        Heard heard = new Heard();

        assertThatThrownBy(() -> reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(100)).read(file, heard))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).containsExactly(
                        "$: the file is " + size + " bytes, more than the limit of 100"));
        assertThat(heard.bytes).isEmpty();
    }

    @Test
    void aListenerThatThrows_endsTheReadingWithItsException() throws IOException {
        Path file = Files.writeString(dir.resolve("large.json"), large(100));
        IllegalStateException broken = new IllegalStateException("display gone");

        assertThatThrownBy(() -> reader.read(file, (facts, read, total) -> {
            throw broken;
        })).isSameAs(broken);
    }
}
