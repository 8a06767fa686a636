package org.parley.rules.drools.internal;

import java.util.Map;
import java.util.TreeSet;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;
import org.parley.rules.model.Term;

/**
 * Checks the custom terms of an agreement given to a validator against what the loaded rule
 * files declare: a known type, only declared parameters, each of its declared type, and every
 * required one given. The same rules as the scenario reader's, for hosts that build records
 * in code; a violation is misuse, an {@link IllegalArgumentException} that names the term and
 * the parameter.
 */
final class CustomTermCheck {

    private final Map<String, TermDeclaration> declarations;
    private final java.util.Set<String> types;

    /**
     * A check against some declarations.
     *
     * @param types        every term type the rules know, built-in and custom
     * @param declarations the declarations of the custom types that have parameters
     */
    CustomTermCheck(java.util.Set<String> types, Map<String, TermDeclaration> declarations) {
        this.types = java.util.Set.copyOf(types);
        this.declarations = Map.copyOf(declarations);
    }

    /**
     * Checks every custom term of the agreement.
     *
     * @param agreement the agreement
     * @throws IllegalArgumentException naming the first term and parameter that break their declaration
     */
    void check(Agreement agreement) {
        for (Term term : agreement.terms()) {
            if (term instanceof CustomTerm custom) {
                check(custom);
            }
        }
    }

    private void check(CustomTerm term) {
        if (!types.contains(term.type())) {
            throw new IllegalArgumentException("term type " + term.type() + " is declared by no loaded rule "
                    + "(@term); known types: " + String.join(", ", new TreeSet<>(types)));
        }
        TermDeclaration declaration = declarations.get(term.type());
        for (Map.Entry<String, Object> given : term.parameters().entrySet()) {
            TermParameter parameter = declaration == null ? null
                    : declaration.parameter(given.getKey()).orElse(null);
            if (parameter == null) {
                throw new IllegalArgumentException("term " + term.type() + " has parameter \"" + given.getKey()
                        + "\", which its rule file does not declare; declared: "
                        + (declaration == null || declaration.parameters().isEmpty() ? "none"
                                : String.join(", ", declaration.parameters().stream().map(TermParameter::name)
                                        .toList())));
            }
            if (!parameter.accepts(given.getValue())) {
                throw new IllegalArgumentException("parameter \"" + given.getKey() + "\" of term " + term.type()
                        + " is " + given.getValue() + ", expected " + parameter.expected());
            }
        }
        if (declaration != null) {
            for (TermParameter parameter : declaration.parameters()) {
                if (parameter.required() && !term.parameters().containsKey(parameter.name())) {
                    throw new IllegalArgumentException("term " + term.type() + " lacks its required parameter \""
                            + parameter.name() + "\" (" + parameter.expected() + ")");
                }
            }
        }
    }
}
