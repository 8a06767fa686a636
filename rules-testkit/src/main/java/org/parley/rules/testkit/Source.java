package org.parley.rules.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Where the testkit's generators draw their randomness: QuickTheories' source inside a
 * property, so that values shrink, or a seeded generator for any other caller.
 *
 * <p>Every draw shrinks towards its lower bound, so generators put the simplest choice
 * first: an absent option, an empty list, the first of a list of options.
 */
@FunctionalInterface
interface Source {

    /** A value in {@code [min, max]}, both included. */
    long between(long min, long max);

    /** A source over QuickTheories' randomness, for use inside a {@link Gen}. */
    static Source of(RandomnessSource in) {
        Objects.requireNonNull(in, "in");
        return (min, max) -> in.next(Constraint.between(min, max));
    }

    /** A source of seeded pseudo-random values: the same seed gives the same values. */
    static Source seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return (min, max) -> min == max ? min : random.nextLong(min, max + 1);
    }

    /** A generator that builds its value from a source. */
    static <T> Gen<T> gen(Function<Source, T> build) {
        Objects.requireNonNull(build, "build");
        return in -> build.apply(of(in));
    }

    /** An int in {@code [min, max]}, both included. */
    default int intBetween(int min, int max) {
        return (int) between(min, max);
    }

    /** True with the given chance in percent; shrinks to false. */
    default boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    /** One of the options; shrinks to the first. */
    default <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options.get(intBetween(0, options.size() - 1));
    }

    /** One of the options; shrinks to the first. */
    @SuppressWarnings("unchecked")
    default <T> T pick(T... options) {
        return pick(List.of(options));
    }
}
