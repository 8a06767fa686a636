package org.parley.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A term that is not built in: its rules come from a rule file that declares
 * {@code @term("TYPE")}, and its parameters reach those rules as a map.
 *
 * <p>Parameter values are JSON-like: {@link String}, {@link Long} (whole numbers),
 * {@link BigDecimal} (other numbers), {@link Boolean}, {@link LocalDate}, {@link List} and
 * {@link Map} of these. The typed accessors ({@link #integer(String)}, {@link #date(String)}, ...)
 * convert what can be converted and say what is wrong otherwise, so that a rule reads
 * {@code $term.integer("max")} rather than casting.
 *
 * @param type       the term type, UPPER_SNAKE_CASE and not a built-in type
 * @param parameters the parameters, by name
 */
public record CustomTerm(String type, Map<String, Object> parameters) implements Term {

    /**
     * The types of the built-in terms, which a custom term cannot take, in the order
     * {@link Term} lists them: derived from Term's permitted subclasses (each built-in term
     * declares its {@code TYPE}), the one list of the built-in terms.
     */
    public static final Set<String> BUILT_IN_TYPES = builtInTypes();

    private static Set<String> builtInTypes() {
        Set<String> types = new java.util.LinkedHashSet<>();
        for (Class<?> term : Term.class.getPermittedSubclasses()) {
            if (term == CustomTerm.class) {
                continue;
            }
            try {
                types.add((String) term.getField("TYPE").get(null));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError("built-in term " + term.getName() + " declares no TYPE: " + e);
            }
        }
        return java.util.Collections.unmodifiableSet(types);
    }

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /**
     * Checks the type and copies the parameters, keeping their order.
     *
     * @throws NullPointerException     if the type, the map, a name or a value is null
     * @throws IllegalArgumentException if the type is not UPPER_SNAKE_CASE or is a built-in type
     */
    public CustomTerm {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameters, "parameters");
        if (!UPPER_SNAKE.matcher(type).matches()) {
            throw new IllegalArgumentException("a term type is UPPER_SNAKE_CASE, was \"" + type + "\"");
        }
        if (BUILT_IN_TYPES.contains(type)) {
            throw new IllegalArgumentException(type + " is a built-in term: use its own record");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        parameters.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "parameter name"),
                Objects.requireNonNull(value, () -> "parameter " + name)));
        parameters = java.util.Collections.unmodifiableMap(copy);
    }

    /** A custom term with no parameters. */
    public static CustomTerm of(String type) {
        return new CustomTerm(type, Map.of());
    }

    /** The parameter, if given. */
    public Optional<Object> parameter(String name) {
        return Optional.ofNullable(parameters.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * A whole-number parameter.
     *
     * @throws IllegalArgumentException if it is missing or not a whole number
     */
    public long integer(String name) {
        Object value = required(name);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(name, value, "a whole number");
            }
        }
        throw wrongType(name, value, "a whole number");
    }

    /** A whole-number parameter, or the default when it is not given. */
    public long integer(String name, long defaultValue) {
        return parameters.containsKey(name) ? integer(name) : defaultValue;
    }

    /**
     * A text parameter.
     *
     * @throws IllegalArgumentException if it is missing or not text
     */
    public String string(String name) {
        Object value = required(name);
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(name, value, "text");
    }

    /** A text parameter, or the default when it is not given. */
    public String string(String name, String defaultValue) {
        return parameters.containsKey(name) ? string(name) : defaultValue;
    }

    /**
     * A true/false parameter.
     *
     * @throws IllegalArgumentException if it is missing or not true or false
     */
    public boolean bool(String name) {
        Object value = required(name);
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, value, "true or false");
    }

    /** A true/false parameter, or the default when it is not given. */
    public boolean bool(String name, boolean defaultValue) {
        return parameters.containsKey(name) ? bool(name) : defaultValue;
    }

    /**
     * A date parameter, given as a {@link LocalDate} or as ISO text (YYYY-MM-DD).
     *
     * @throws IllegalArgumentException if it is missing or not a date
     */
    public LocalDate date(String name) {
        Object value = required(name);
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw wrongType(name, value, "a date (YYYY-MM-DD)");
            }
        }
        throw wrongType(name, value, "a date (YYYY-MM-DD)");
    }

    /**
     * A list parameter.
     *
     * @throws IllegalArgumentException if it is missing or not a list
     */
    public List<?> list(String name) {
        Object value = required(name);
        if (value instanceof List<?> l) {
            return l;
        }
        throw wrongType(name, value, "a list");
    }

    private Object required(String name) {
        Object value = parameters.get(Objects.requireNonNull(name, "name"));
        if (value == null) {
            throw new IllegalArgumentException("term " + type + " has no parameter \"" + name + "\"");
        }
        return value;
    }

    private IllegalArgumentException wrongType(String name, Object value, String expected) {
        return new IllegalArgumentException("parameter \"" + name + "\" of term " + type + " is " + value
                + ", expected " + expected);
    }

    @Override
    public String type() {
        return type;
    }
}
