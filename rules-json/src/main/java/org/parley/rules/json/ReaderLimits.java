package org.parley.rules.json;

/**
 * How much a {@link ScenarioReader} reads before it gives up on a file: the size of the file,
 * the number of facts of each kind, and the length, depth and size of the JSON in it.
 *
 * <p>A file past a limit is rejected with a problem line that names the place and the limit,
 * such as {@code $.detainees: 2000001 detainees is more than the limit of 2000000}, and no
 * record is built from it. The size of a regular file is checked before any of it is parsed
 * (a stream is stopped once past it); the facts past a limit are counted but not decoded; a
 * string, key or number past its length, or nesting past its depth, stops the reading at
 * once; so a hostile file costs no more memory and time than one at the limits.
 *
 * <pre>{@code
 * ScenarioReader reader = new ScenarioReader().withLimits(ReaderLimits.defaults()
 *         .withMaxFileBytes(8L * 1024 * 1024)
 *         .withMaxDetainees(10_000));
 * }</pre>
 *
 * <p>The defaults ({@link #defaults()}) leave room for records far larger than any real
 * exchange: a file of 1,000,000 detainees (223,543,572 bytes as the benchmarks write it) is
 * within them. A file is read as a stream, each detainee, batch, list and handover of remains
 * on its own, so the memory a file takes is that of the record it holds (a stream, as opposed
 * to a file, is also kept while it is read); lower the limits where even that is too much.
 *
 * @param maxFileBytes         the most bytes a file may have; default 512 MiB (536,870,912)
 * @param maxDetainees         the most elements of {@code detainees}; default 2,000,000
 * @param maxBatches           the most elements of {@code batches}; default 100,000
 * @param maxTransfersPerBatch the most elements of the {@code transfers} of one batch; default 1,000,000
 * @param maxLists             the most elements of {@code lists}; default 10,000
 * @param maxRemains           the most elements of {@code remains}; default 100,000
 * @param maxStringLength      the most characters of a string value or of a key; default 10,000
 * @param maxNestingDepth      the most arrays and objects nested in each other, the outermost
 *                             object counting as 1; default 64
 * @param maxNumberLength      the most characters a number may be written with; default 1,000
 */
public record ReaderLimits(long maxFileBytes, int maxDetainees, int maxBatches, int maxTransfersPerBatch,
                           int maxLists, int maxRemains, int maxStringLength, int maxNestingDepth,
                           int maxNumberLength) {

    private static final ReaderLimits DEFAULTS = new ReaderLimits(512L * 1024 * 1024, 2_000_000, 100_000,
            1_000_000, 10_000, 100_000, 10_000, 64, 1_000);

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ReaderLimits {
        requirePositive("maxFileBytes", maxFileBytes);
        requirePositive("maxDetainees", maxDetainees);
        requirePositive("maxBatches", maxBatches);
        requirePositive("maxTransfersPerBatch", maxTransfersPerBatch);
        requirePositive("maxLists", maxLists);
        requirePositive("maxRemains", maxRemains);
        requirePositive("maxStringLength", maxStringLength);
        requirePositive("maxNestingDepth", maxNestingDepth);
        requirePositive("maxNumberLength", maxNumberLength);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /**
     * The default limits: 512 MiB, 2,000,000 detainees, 100,000 batches, 1,000,000 transfers
     * per batch, 10,000 lists, 100,000 remains, strings of 10,000 characters, 64 levels of
     * nesting and numbers of 1,000 characters.
     *
     * @return the default limits
     */
    public static ReaderLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with another file size.
     *
     * @param bytes the most bytes a file may have
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public ReaderLimits withMaxFileBytes(long bytes) {
        return new ReaderLimits(bytes, maxDetainees, maxBatches, maxTransfersPerBatch, maxLists, maxRemains,
                maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another number of detainees.
     *
     * @param count the most detainees
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public ReaderLimits withMaxDetainees(int count) {
        return new ReaderLimits(maxFileBytes, count, maxBatches, maxTransfersPerBatch, maxLists, maxRemains,
                maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another number of batches.
     *
     * @param count the most batches
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public ReaderLimits withMaxBatches(int count) {
        return new ReaderLimits(maxFileBytes, maxDetainees, count, maxTransfersPerBatch, maxLists, maxRemains,
                maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another number of transfers per batch.
     *
     * @param count the most transfers in one batch
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public ReaderLimits withMaxTransfersPerBatch(int count) {
        return new ReaderLimits(maxFileBytes, maxDetainees, maxBatches, count, maxLists, maxRemains,
                maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another number of lists.
     *
     * @param count the most lists
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public ReaderLimits withMaxLists(int count) {
        return new ReaderLimits(maxFileBytes, maxDetainees, maxBatches, maxTransfersPerBatch, count, maxRemains,
                maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another number of remains.
     *
     * @param count the most handovers of remains
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public ReaderLimits withMaxRemains(int count) {
        return new ReaderLimits(maxFileBytes, maxDetainees, maxBatches, maxTransfersPerBatch, maxLists, count,
                maxStringLength, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another length of strings and keys.
     *
     * @param characters the most characters of a string or key
     * @return the new limits
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public ReaderLimits withMaxStringLength(int characters) {
        return new ReaderLimits(maxFileBytes, maxDetainees, maxBatches, maxTransfersPerBatch, maxLists, maxRemains,
                characters, maxNestingDepth, maxNumberLength);
    }

    /**
     * These limits with another depth of nesting.
     *
     * @param depth the most arrays and objects nested in each other
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public ReaderLimits withMaxNestingDepth(int depth) {
        return new ReaderLimits(maxFileBytes, maxDetainees, maxBatches, maxTransfersPerBatch, maxLists, maxRemains,
                maxStringLength, depth, maxNumberLength);
    }

    /**
     * These limits with another length of numbers.
     *
     * @param characters the most characters a number may be written with
     * @return the new limits
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public ReaderLimits withMaxNumberLength(int characters) {
        return new ReaderLimits(maxFileBytes, maxDetainees, maxBatches, maxTransfersPerBatch, maxLists, maxRemains,
                maxStringLength, maxNestingDepth, characters);
    }
}
