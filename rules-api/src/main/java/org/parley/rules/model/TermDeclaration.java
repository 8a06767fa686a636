package org.parley.rules.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule file declares about a custom term type: a one-line description and its
 * parameters. A scenario's {@link CustomTerm} of that type may give only these parameters,
 * each of its declared type, and must give the required ones.
 *
 * @param type        the term type, as in {@link CustomTerm#type()}
 * @param description one line saying what the term requires
 * @param parameters  its parameters, in the declared order, with distinct names
 */
public record TermDeclaration(String type, String description, List<TermParameter> parameters) {

    /**
     * Checks the declaration.
     *
     * @throws NullPointerException     if an argument or a parameter is null
     * @throws IllegalArgumentException if the type is not that of a custom term, or two
     *                                  parameters have the same name
     */
    public TermDeclaration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        // CustomTerm states the rule for a type, and throws with it.
        CustomTerm.of(type);
        Set<String> names = new HashSet<>();
        for (TermParameter parameter : parameters) {
            if (!names.add(parameter.name())) {
                throw new IllegalArgumentException("term " + type + " declares parameter " + parameter.name()
                        + " twice");
            }
        }
    }

    /**
     * The parameter of that name.
     *
     * @param name the parameter's name
     * @return the parameter, or empty if the term declares none of that name
     * @throws NullPointerException if the name is null
     */
    public Optional<TermParameter> parameter(String name) {
        Objects.requireNonNull(name, "name");
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
