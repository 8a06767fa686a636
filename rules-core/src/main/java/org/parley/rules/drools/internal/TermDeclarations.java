package org.parley.rules.drools.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ParameterType;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;

/**
 * The parameters that rule files declare for their custom terms, read from the parsed files,
 * and the rules that read a parameter their term does not declare.
 *
 * <p>A rule file declares a term with a {@code declare} that carries {@code @term} and
 * {@code @description}; each field is a parameter, its Java type giving the parameter's type
 * ({@code long} or {@code int}: integer; {@code String}: string, or with
 * {@code @values("A, B")} one of those values; {@code boolean}: true or false;
 * {@code LocalDate}: date; {@code List}: list of strings), {@code @required} or
 * {@code @default("...")}, and {@code @description}:
 * <pre>
 * declare BatchLimit
 *     &#64;term("BATCH_LIMIT")
 *     &#64;description("In any one batch, neither party releases more than max detainees.")
 *     max : long &#64;required &#64;description("the most detainees one party releases in one batch")
 * end
 * </pre>
 * A custom term type that no file declares has no parameters. A rule of a term (its
 * {@code @term}) that reads a parameter through {@link CustomTerm}'s accessors
 * ({@code $term.integer("max")}) must read a declared one, with the accessor of its type.
 */
final class TermDeclarations {

    /**
     * A read of a parameter in a rule's text: {@code $term.integer("max")}, {@code date("from", ...)}
     * inside a {@code CustomTerm(...)} pattern.
     */
    private static final Pattern READ =
            Pattern.compile("(?<![\\w$])(integer|string|bool|date|list|parameter)\\(\\s*\"([^\"]*)\"");

    private final Map<String, TermDeclaration> declarations = new LinkedHashMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    /**
     * Reads the declarations of custom terms in rule files, then checks what their rules read.
     *
     * @param files    the names of the files, as problems name them
     * @param texts    the texts of the files
     * @param packages the parsed files, in the same order
     * @return the declarations and the problems found
     */
    static TermDeclarations read(List<String> files, List<String> texts, List<PackageDescr> packages) {
        TermDeclarations read = new TermDeclarations();
        for (int i = 0; i < packages.size(); i++) {
            for (TypeDeclarationDescr type : packages.get(i).getTypeDeclarations()) {
                read.declaration(files.get(i), type);
            }
        }
        for (int i = 0; i < packages.size(); i++) {
            for (RuleDescr rule : packages.get(i).getRules()) {
                read.checkReads(files.get(i), texts.get(i), rule);
            }
        }
        return read;
    }

    /** The declarations found, by term type. */
    Map<String, TermDeclaration> declarations() {
        return Map.copyOf(declarations);
    }

    /** The problems found, in file order. */
    List<RuleProblem> problems() {
        return List.copyOf(problems);
    }

    private void declaration(String file, TypeDeclarationDescr type) {
        String term = value(type.getAnnotation("term"));
        if (term == null) {
            return;
        }
        String where = "declare " + type.getTypeName() + ": ";
        String description = value(type.getAnnotation("description"));
        if (description == null) {
            problem(file, type, where + "has no @description; a term declares what it requires in one line, e.g. "
                    + "@description(\"In any one batch, neither party releases more than max detainees.\")");
            description = "";
        }
        List<TermParameter> parameters = new ArrayList<>();
        for (TypeFieldDescr field : type.getFields().values()) {
            parameter(file, where, field).ifPresent(parameters::add);
        }
        try {
            TermDeclaration declaration = new TermDeclaration(term, description, parameters);
            if (declarations.putIfAbsent(term, declaration) != null) {
                problem(file, type, where + "term " + term + " is already declared; declare each term once");
            }
        } catch (IllegalArgumentException e) {
            problem(file, type, where + e.getMessage());
        }
    }

    private Optional<TermParameter> parameter(String file, String where, TypeFieldDescr field) {
        String name = field.getFieldName();
        String at = where + "parameter " + name + ": ";
        String javaType = field.getPattern().getObjectType();
        List<String> values = Optional.ofNullable(value(field.getAnnotation("values")))
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        ParameterType type = switch (javaType.substring(javaType.lastIndexOf('.') + 1)) {
            case "long", "Long", "int", "Integer" -> ParameterType.INTEGER;
            case "String" -> values.isEmpty() ? ParameterType.STRING : ParameterType.ENUM;
            case "boolean", "Boolean" -> ParameterType.BOOLEAN;
            case "LocalDate" -> ParameterType.DATE;
            case "List" -> ParameterType.STRING_LIST;
            default -> null;
        };
        if (type == null) {
            problem(file, field, at + "type " + javaType + " is not a parameter type; expected long (a whole "
                    + "number), String (with @values for one of given values), boolean, LocalDate or List (of strings)");
            return Optional.empty();
        }
        String description = value(field.getAnnotation("description"));
        if (description == null) {
            problem(file, field, at + "has no @description; each parameter says what it means in one line");
            return Optional.empty();
        }
        boolean required = field.getAnnotation("required") != null;
        String defaultText = value(field.getAnnotation("default"));
        Optional<Object> defaultValue = Optional.empty();
        if (defaultText != null) {
            try {
                defaultValue = Optional.of(parse(type, defaultText));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problem(file, field, at + "@default(\"" + defaultText + "\") is not " + type.expected());
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new TermParameter(name, type, values, required, defaultValue, description));
        } catch (IllegalArgumentException e) {
            problem(file, field, at + e.getMessage());
            return Optional.empty();
        }
    }

    private static Object parse(ParameterType type, String text) {
        return switch (type) {
            case INTEGER -> Long.parseLong(text);
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(text);
            };
            case DATE -> LocalDate.parse(text);
            case STRING_LIST -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case STRING, ENUM -> text;
        };
    }

    private void checkReads(String file, String text, RuleDescr rule) {
        String term = value(rule.getAnnotation("term"));
        if (term == null || CustomTerm.BUILT_IN_TYPES.contains(term) || rule.getLine() < 1) {
            return;
        }
        TermDeclaration declaration = declarations.get(term);
        String[] lines = text.split("\n", -1);
        // The rule's text runs from its first line to the line that holds only its "end".
        for (int line = rule.getLine(); line <= lines.length && (line == rule.getLine()
                || !lines[line - 2].strip().equals("end")); line++) {
            Matcher read = READ.matcher(lines[line - 1]);
            while (read.find()) {
                String accessor = read.group(1);
                String name = read.group(2);
                Optional<TermParameter> parameter = declaration == null ? Optional.empty()
                        : declaration.parameter(name);
                String where = "rule \"" + rule.getName() + "\": ";
                if (parameter.isEmpty()) {
                    List<String> declared = declaration == null ? List.of()
                            : declaration.parameters().stream().map(TermParameter::name).toList();
                    problems.add(new RuleProblem(file, line, read.start() + 1, where + "reads parameter \"" + name
                            + "\", which term " + term + " does not declare; "
                            + (declared.isEmpty() ? "it declares no parameters (declare them with a declare "
                                    + "that carries @term(\"" + term + "\"))"
                                    : "it declares " + String.join(", ", declared))));
                } else if (!accessor.equals("parameter") && !accessor.equals(accessorOf(parameter.get().type()))) {
                    problems.add(new RuleProblem(file, line, read.start() + 1, where + "reads parameter \"" + name
                            + "\" with " + accessor + "(..), but it is declared " + parameter.get().expected()
                            + "; read it with " + accessorOf(parameter.get().type()) + "(..)"));
                }
            }
        }
    }

    private static String accessorOf(ParameterType type) {
        return switch (type) {
            case INTEGER -> "integer";
            case STRING, ENUM -> "string";
            case BOOLEAN -> "bool";
            case DATE -> "date";
            case STRING_LIST -> "list";
        };
    }

    private void problem(String file, BaseDescr at, String message) {
        problems.add(new RuleProblem(file, Math.max(1, at.getLine()), Math.max(1, at.getColumn() + 1), message));
    }

    private static String value(AnnotationDescr annotation) {
        if (annotation == null) {
            return null;
        }
        Object value = annotation.getSingleValueStripped();
        if (value == null) {
            return null;
        }
        String text = RuleCompiler.unquote(value.toString().strip());
        return text.isEmpty() ? null : text;
    }
}
