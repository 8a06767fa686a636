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

    /**
     * A file, by the name given on the command line. A file larger than the default size
     * limit of the reader ({@link ReaderLimits#maxFileBytes()}) is refused before it is read,
     * and a device or a pipe is read only up to just past it, so that neither fills memory.
     */
    static ScenarioSource file(String name) {
        return new ScenarioSource(name, () -> {
            Path path = Path.of(name);
            // Checked first: reading a directory fails with a message that differs by platform.
            if (Files.isDirectory(path)) {
                throw new IOException("is a directory");
            }
            long limit = ReaderLimits.defaults().maxFileBytes();
            long size = Files.isRegularFile(path) ? Files.size(path) : 0;
            if (size > limit) {
                throw new IOException("the file is " + size + " bytes, more than the limit of " + limit);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] content = in.readNBytes(Math.toIntExact(limit + 1));
                if (content.length > limit) {
                    throw new IOException("the file is more than the limit of " + limit + " bytes");
                }
                return content;
            }
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
