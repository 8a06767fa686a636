package org.parley.rules.json;

import java.util.OptionalLong;

/**
 * Hears how far a {@link ScenarioReader} has read a scenario, for a progress display of
 * large files: the facts bound so far, and the bytes read so far, of the file's size when it
 * is known.
 *
 * <p>It is called on the reading thread, after each block the parser reads from the file or
 * stream (some thousands of bytes at a time), never concurrently for one reading. The facts
 * are those the reader has bound by then: detainees, batches (one each, whatever their
 * transfers), lists and remains, in the order of the file. The reader reads a file by a quick
 * path first; where that path cannot vouch for the content, it falls back to the checking path,
 * which reads it again from its start and binds every fact again: the facts and the bytes
 * then start again from zero. Within one path both only grow. It should
 * return quickly, since the reading waits for it. An exception it throws ends the reading
 * and comes out of {@code read} as it is.
 */
@FunctionalInterface
public interface ReadingProgress {

    /**
     * Tells how far the reading has come.
     *
     * @param factsRead  the facts bound so far by the path reading now (see above for when it restarts)
     * @param bytesRead  the bytes read so far
     * @param totalBytes the size of the file; empty for a stream, whose end is not known before it comes
     */
    void progressed(long factsRead, long bytesRead, OptionalLong totalBytes);
}
