package org.parley.rules.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scenario to validate: a file named on the command line, or the bundled sample.
 *
 * @param name    the name reports and problem lines show: the file name as given
 * @param content where the bytes come from
 */
record ScenarioSource(String name, Content content) {

    /** The classpath resource of the bundled sample scenario. */
    static final String SAMPLE_RESOURCE = "/scenarios/sample.json";

    /** The bytes of a scenario, read when needed. */
    @FunctionalInterface
    interface Content {
        /** Reads all the bytes. */
        byte[] read() throws IOException;
    }

    /** A file, by the name given on the command line. */
    static ScenarioSource file(String name) {
        return new ScenarioSource(name, () -> {
            Path path = Path.of(name);
            // Checked first: reading a directory fails with a message that differs by platform.
            if (Files.isDirectory(path)) {
                throw new IOException("is a directory");
            }
            return Files.readAllBytes(path);
        });
    }

    /** The sample scenario bundled in the jar. */
    static ScenarioSource bundledSample() {
        return new ScenarioSource("sample.json", () -> {
            try (InputStream in = ScenarioSource.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled sample scenario " + SAMPLE_RESOURCE + " is missing");
                }
                return in.readAllBytes();
            }
        });
    }
}
