package org.parley.rules.drools.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first; what making it throws is
 * thrown to that caller, and the next caller tries again. Thread-safe.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<? extends T> making;
    private volatile T value;

    private Lazy(Supplier<? extends T> making, T value) {
        this.making = making;
        this.value = value;
    }

    /** A value made by {@code making} when first asked for. */
    static <T> Lazy<T> of(Supplier<? extends T> making) {
        return new Lazy<>(Objects.requireNonNull(making, "making"), null);
    }

    /** A value already made. */
    static <T> Lazy<T> made(T value) {
        return new Lazy<>(null, Objects.requireNonNull(value, "value"));
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(making.get(), "made");
                    value = made;
                    making = null;
                }
            }
        }
        return made;
    }

    /** The value if it has been made, without making it. */
    Optional<T> ifMade() {
        return Optional.ofNullable(value);
    }
}
