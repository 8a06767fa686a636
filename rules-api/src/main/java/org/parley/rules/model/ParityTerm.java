package org.parley.rules.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * PARITY: both parties release the same number of detainees, per batch or in total,
 * leaving out transfers on an exempt basis and unilateral batches.
 *
 * @param scope  what is compared
 * @param exempt bases whose transfers are not counted (default none)
 */
public record ParityTerm(ParityScope scope, Set<Basis> exempt) implements Term {

    /** The type name of this term. */
    public static final String TYPE = "PARITY";

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or basis is null
     */
    public ParityTerm {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(exempt, "exempt");
        EnumSet<Basis> copy = EnumSet.noneOf(Basis.class);
        exempt.forEach(b -> copy.add(Objects.requireNonNull(b, "basis")));
        exempt = Set.copyOf(copy);
    }

    /** Parity of every batch, with no exempt basis (the default of {@code exempt}). */
    public static ParityTerm perBatch() {
        return new ParityTerm(ParityScope.PER_BATCH, Set.of());
    }

    /** Parity of the totals, with no exempt basis (the default of {@code exempt}). */
    public static ParityTerm total() {
        return new ParityTerm(ParityScope.TOTAL, Set.of());
    }

    /**
     * This term with these bases exempt instead of its own.
     *
     * @throws NullPointerException if a basis is null
     */
    public ParityTerm exempting(Basis... bases) {
        return new ParityTerm(scope, Set.copyOf(Arrays.asList(bases)));
    }

    /** Whether transfers on this basis are counted. */
    public boolean counts(Basis basis) {
        return !exempt.contains(basis);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
