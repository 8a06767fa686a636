package org.parley.rules.json;

import java.util.OptionalLong;

/**
 * Hears how far a {@link ScenarioReader} has read a scenario, for a progress display of
 * large files: the bytes read so far, of the file's size when it is known.
 *
 * <p>It is called on the reading thread, after each block the parser reads from the file or
 * stream (some thousands of bytes at a time), never concurrently for one reading; the
 * bytes read only grow. It should return quickly, since the reading waits for it. An
 * exception it throws ends the reading and comes out of {@code read} as it is.
 */
@FunctionalInterface
public interface ReadingProgress {

    /**
     * Tells how far the reading has come.
     *
     * @param bytesRead  the bytes read so far
     * @param totalBytes the size of the file; empty for a stream, whose end is not known before it comes
     */
    void progressed(long bytesRead, OptionalLong totalBytes);
}
