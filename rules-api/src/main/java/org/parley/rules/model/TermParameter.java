package org.parley.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One parameter of a custom term, as its rule file declares it: a name, a type, whether it
 * is required or else its default, and a one-line description.
 *
 * @param name         the key of the parameter in a scenario file and in {@link CustomTerm#parameters()}
 * @param type         the type of its values
 * @param values       the values an {@link ParameterType#ENUM} parameter takes, in the declared order;
 *                     empty for the other types
 * @param required     whether a term must give it; a required parameter has no default
 * @param defaultValue the value taken when the term does not give it, of the Java type that
 *                     {@link ParameterType} names; empty for a required parameter, and for an
 *                     optional one that has no default
 * @param description  one line saying what it means
 */
public record TermParameter(String name, ParameterType type, List<String> values, boolean required,
                            Optional<Object> defaultValue, String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * Checks the declaration.
     *
     * @throws NullPointerException     if an argument or a value is null
     * @throws IllegalArgumentException if the name is not lowerCamelCase, or is {@code type}; if an enum
     *                                  declares no values or another type declares some; if a
     *                                  required parameter has a default; or if the default is not of
     *                                  the type
     */
    public TermParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches() || name.equals("type")) {
            throw new IllegalArgumentException("a parameter name is lowerCamelCase and not \"type\", was \"" + name
                    + "\"");
        }
        if ((type == ParameterType.ENUM) == values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + ": an enum parameter lists its values, and only"
                    + " an enum parameter does");
        }
        if (required && defaultValue.isPresent()) {
            throw new IllegalArgumentException("parameter " + name + " is required and cannot have a default");
        }
        if (defaultValue.isPresent() && !accepts(type, values, defaultValue.get())) {
            throw new IllegalArgumentException("parameter " + name + ": the default " + defaultValue.get()
                    + " is not " + expected(type, values));
        }
    }

    /**
     * What a value of this parameter is, as it follows "expected" in a message:
     * {@code a date (YYYY-MM-DD)}, {@code one of PER_BATCH, TOTAL}.
     *
     * @return the phrase, never null
     */
    public String expected() {
        return expected(type, values);
    }

    /**
     * Whether a Java value is one this parameter takes: of the Java type {@link ParameterType}
     * names (an {@link Integer}, {@link Short} or {@link Byte} counts as a whole number too),
     * and for an enum one of its values.
     *
     * @param value the value
     * @return whether it is accepted
     * @throws NullPointerException if the value is null
     */
    public boolean accepts(Object value) {
        return accepts(type, values, Objects.requireNonNull(value, "value"));
    }

    private static String expected(ParameterType type, List<String> values) {
        return type == ParameterType.ENUM ? "one of " + String.join(", ", values) : type.expected();
    }

    private static boolean accepts(ParameterType type, List<String> values, Object value) {
        return switch (type) {
            case INTEGER -> value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte;
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            case STRING_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case ENUM -> value instanceof String s && values.contains(s);
        };
    }
}
