package org.parley.rules.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.parley.rules.json.ReadingProgress;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

/**
 * A scenario to validate: a regular file named on the command line, standard input
 * ({@code -}), or the bundled sample.
 *
 * @param name    the name reports and problem lines show: the file name as given, or {@code -}
 * @param content how the scenario is read
 */
record ScenarioSource(String name, Content content) {

    /** The classpath resource of the bundled sample scenario. */
    static final String SAMPLE_RESOURCE = "/scenarios/sample.json";

    /** The name that stands for standard input on the command line. */
    static final String STANDARD_INPUT = "-";

    /** How a scenario is read. */
    @FunctionalInterface
    interface Content {
        /** Reads the scenario with the reader, telling {@code progress} the bytes read. */
        ExchangeRecord read(ScenarioReader reader, ReadingProgress progress) throws IOException, ScenarioException;
    }

    /**
     * A name given on the command line: {@code -} for standard input, else a file, which
     * must be a regular file ({@link ScenarioReader#read(Path)}), so that a named pipe with
     * no writer or a device is refused rather than waited on.
     */
    static ScenarioSource named(String name, InputStream standardInput) {
        if (name.equals(STANDARD_INPUT)) {
            return new ScenarioSource(name, (reader, progress) -> reader.read(standardInput, progress));
        }
        return new ScenarioSource(name, (reader, progress) -> reader.read(Path.of(name), progress));
    }

    /** The sample scenario bundled in the jar. */
    static ScenarioSource bundledSample() {
        return new ScenarioSource("sample.json", (reader, progress) -> {
            try (InputStream in = ScenarioSource.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled sample scenario " + SAMPLE_RESOURCE + " is missing");
                }
                return reader.read(in, progress);
            }
        });
    }
}
