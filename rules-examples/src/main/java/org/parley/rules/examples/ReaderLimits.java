package org.parley.rules.examples;

/**
 * How much a {@link ScenarioReader} reads before it gives up on a file: the size of the file,
 * the number of facts of each kind, and the length, depth and size of the JSON in it.
 *
 * <p>A file past a limit is rejected with a problem line that names the place and the limit,
 * such as {@code $.detainees: 2000001 detainees is more than the limit of 2000000}, and no
 * record is built from it. The size of a file is checked before any of it is parsed, and
 * the numbers of facts before any of them is decoded, so that a hostile file costs no more
 * memory and time than one at the limits.
 *
 * <pre>{@code
 * ScenarioReader reader = new ScenarioReader().withLimits(ReaderLimits.defaults()
 *         .withMaxFileBytes(8L * 1024 * 1024)
 *         .withMaxDetainees(10_000));
 * }</pre>
 *
 * <p>The defaults ({@link #defaults()}) leave room for records far larger than any real
 * exchange. A file at the default limits is costly all the same: one of 64 MiB with
 * 2,000,000 detainees takes about 1.5 GiB of heap and 10 to 20 seconds to read on two cores
 * (docs/reliability.md); lower the limits where that is too much.
 *
 * @param maxFileBytes         the most bytes a file may have; default 64 MiB (67,108,864), at most
 *                             {@link #MAX_FILE_BYTES}
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

    /** The largest {@link #maxFileBytes}: a file is read into memory, into one array of bytes. */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private static final ReaderLimits DEFAULTS = new ReaderLimits(64L * 1024 * 1024, 2_000_000, 100_000,
            1_000_000, 10_000, 100_000, 10_000, 64, 1_000);

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException if a limit is zero or negative, or {@code maxFileBytes}
     *                                  is more than {@link #MAX_FILE_BYTES}
     */
    public ReaderLimits {
        requirePositive("maxFileBytes", maxFileBytes);
        if (maxFileBytes > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("maxFileBytes must be at most " + MAX_FILE_BYTES + ", was "
                    + maxFileBytes);
        }
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
     * The default limits: 64 MiB, 2,000,000 detainees, 100,000 batches, 1,000,000 transfers
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
     * @throws IllegalArgumentException if {@code bytes} is not positive or is more than {@link #MAX_FILE_BYTES}
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
