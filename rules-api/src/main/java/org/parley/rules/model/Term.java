package org.parley.rules.model;

/**
 * One term of an agreement, with its parameters. Rules check a term only when the
 * agreement lists it.
 */
public sealed interface Term permits AllForAllTerm, AgeLimitTerm, WoundedPriorityTerm, CadenceTerm,
        ParityTerm, SimultaneityTerm, AgreedListsTerm, ConsentTerm, EligibilityTerm, RemainsTerm, CustomTerm {

    /** The term's type as written in rule metadata and scenario files, such as {@code AGE_LIMIT}. */
    String type();
}
