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

/** The reader tells its progress listener the bytes read, of the file's size, as it reads. */
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

    private static final class Heard implements ReadingProgress {
        final List<Long> bytes = new ArrayList<>();
        final List<OptionalLong> totals = new ArrayList<>();

        @Override
        public void progressed(long bytesRead, OptionalLong totalBytes) {
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

        assertThatThrownBy(() -> reader.read(file, (read, total) -> {
            throw broken;
        })).isSameAs(broken);
    }
}
