package org.parley.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A check of a part against the schema's tree that answers only where it is sure of the
 * validator's answer, so that the reader's quick path need not compile the schema: a part it
 * finds {@linkplain Verdict#VALID valid} the validator finds valid, one it finds
 * {@linkplain Verdict#INVALID invalid} the validator refuses; anything else is
 * {@linkplain Verdict#UNSURE unsure}, and the reader asks the validator.
 *
 * <p>It knows the keywords the scenario schema and the definitions of custom terms use
 * ({@code type}, {@code enum}, {@code const}, {@code pattern}, {@code format} date and
 * date-time, {@code minimum}, {@code maximum}, {@code properties}, {@code required},
 * {@code additionalProperties: false}, {@code items}, {@code minItems}, {@code maxItems},
 * local {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if} and
 * {@code then}), and the annotations; any other keyword makes its schema unsure. Where the
 * validator's answer could hang on a reading of the standard (a whole number written as
 * {@code 1.0}, a number against a list of strings) it is unsure too. Regular expressions and
 * formats are the validator's own ({@link JDKRegularExpressionFactory}, {@link DateFormat},
 * {@link DateTimeFormat}), as the validator is configured (format assertions on).
 * {@code SureCheckProperties} compares it with the validator on generated hostile parts.
 */
final class SureCheck {

    /** What the check can say of a part. */
    enum Verdict {
        VALID, INVALID, UNSURE;

        Verdict not() {
            return this == VALID ? INVALID : this == INVALID ? VALID : UNSURE;
        }
    }

    /** The keywords that only annotate: they never make a part invalid. */
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "default", "$schema", "$id",
            "$defs", "$comment", "examples", "deprecated", "readOnly", "writeOnly");

    private static final Format DATE = new DateFormat();
    private static final Format DATE_TIME = new DateTimeFormat();

    private final JsonNode root;
    private final Map<String, RegularExpression> patterns = new ConcurrentHashMap<>();

    /** A check against the whole schema tree, whose local references it resolves. */
    SureCheck(JsonNode root) {
        this.root = root;
    }

    /** What the check says of {@code instance} against the schema {@code schema} (a part of the tree). */
    Verdict check(JsonNode schema, JsonNode instance) {
        return check(schema, instance, 0);
    }

    private Verdict check(JsonNode schema, JsonNode instance, int depth) {
        if (schema == null || depth > 64) {
            return Verdict.UNSURE;
        }
        if (schema.isBoolean()) {
            return schema.booleanValue() ? Verdict.VALID : Verdict.INVALID;
        }
        if (!schema.isObject()) {
            return Verdict.UNSURE;
        }
        Verdict all = Verdict.VALID;
        Iterator<Map.Entry<String, JsonNode>> keywords = schema.fields();
        while (keywords.hasNext()) {
            Map.Entry<String, JsonNode> keyword = keywords.next();
            if (ANNOTATIONS.contains(keyword.getKey())) {
                continue;
            }
            Verdict one = keyword(keyword.getKey(), keyword.getValue(), schema, instance, depth);
            if (one == Verdict.INVALID) {
                return Verdict.INVALID;
            }
            if (one == Verdict.UNSURE) {
                all = Verdict.UNSURE;
            }
        }
        return all;
    }

    private Verdict keyword(String name, JsonNode value, JsonNode schema, JsonNode instance, int depth) {
        return switch (name) {
            case "type" -> type(value, instance);
            case "enum" -> among(value, instance);
            case "const" -> constant(value, instance);
            case "pattern" -> pattern(value, instance);
            case "format" -> format(value, instance);
            case "minimum" -> bound(value, instance, true);
            case "maximum" -> bound(value, instance, false);
            case "properties" -> properties(value, instance, depth);
            case "required" -> required(value, instance);
            case "additionalProperties" -> additional(value, schema, instance);
            case "items" -> items(value, instance, depth);
            case "minItems" -> size(value, instance, true);
            case "maxItems" -> size(value, instance, false);
            case "$ref" -> ref(value, instance, depth);
            case "allOf" -> allOf(value, instance, depth);
            case "anyOf" -> anyOf(value, instance, depth);
            case "oneOf" -> oneOf(value, instance, depth);
            case "not" -> check(value, instance, depth + 1).not();
            case "if" -> ifThen(value, schema.get("then"), schema.get("else"), instance, depth);
            // Read with their "if"; alone they do nothing.
            case "then", "else" -> Verdict.VALID;
            default -> Verdict.UNSURE;
        };
    }

    private static Verdict type(JsonNode type, JsonNode instance) {
        if (type.isTextual()) {
            return isOfType(type.textValue(), instance);
        }
        if (!type.isArray() || type.isEmpty()) {
            return Verdict.UNSURE;
        }
        Verdict any = Verdict.INVALID;
        for (JsonNode one : type) {
            if (!one.isTextual()) {
                return Verdict.UNSURE;
            }
            Verdict verdict = isOfType(one.textValue(), instance);
            if (verdict == Verdict.VALID) {
                return Verdict.VALID;
            }
            if (verdict == Verdict.UNSURE) {
                any = Verdict.UNSURE;
            }
        }
        return any;
    }

    private static Verdict isOfType(String type, JsonNode instance) {
        return switch (type) {
            case "object" -> sure(instance.isObject());
            case "array" -> sure(instance.isArray());
            case "string" -> sure(instance.isTextual());
            case "boolean" -> sure(instance.isBoolean());
            case "null" -> sure(instance.isNull());
            case "number" -> instance.isNumber() ? Verdict.VALID : sure(false);
            // A whole number written with a fraction (1.0) is an integer to some readings.
            case "integer" -> instance.isIntegralNumber() ? Verdict.VALID
                    : instance.isNumber() ? Verdict.UNSURE : Verdict.INVALID;
            default -> Verdict.UNSURE;
        };
    }

    private static Verdict sure(boolean valid) {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }

    /** An enum: sure for strings and null against a list of strings and nulls. */
    private static Verdict among(JsonNode values, JsonNode instance) {
        if (!values.isArray()) {
            return Verdict.UNSURE;
        }
        Verdict verdict = Verdict.INVALID;
        for (JsonNode value : values) {
            Verdict one = constant(value, instance);
            if (one == Verdict.VALID) {
                return Verdict.VALID;
            }
            if (one == Verdict.UNSURE) {
                verdict = Verdict.UNSURE;
            }
        }
        return verdict;
    }

    /** A const: sure when the value is a string or null. */
    private static Verdict constant(JsonNode value, JsonNode instance) {
        if (!value.isTextual() && !value.isNull()) {
            return Verdict.UNSURE;
        }
        if (instance.isTextual() || instance.isNull()) {
            return sure(value.equals(instance));
        }
        // A number, boolean, object or array is never equal to a string or null.
        return instance.isNumber() ? Verdict.UNSURE : Verdict.INVALID;
    }

    private Verdict pattern(JsonNode pattern, JsonNode instance) {
        if (!pattern.isTextual()) {
            return Verdict.UNSURE;
        }
        if (!instance.isTextual()) {
            return Verdict.VALID;
        }
        RegularExpression expression = patterns.computeIfAbsent(pattern.textValue(),
                p -> JDKRegularExpressionFactory.getInstance().getRegularExpression(p));
        return sure(expression.matches(instance.textValue()));
    }

    private static Verdict format(JsonNode format, JsonNode instance) {
        if (!instance.isTextual()) {
            // A format asserts nothing of what is not a string.
            return Verdict.VALID;
        }
        return switch (format.asText()) {
            case "date" -> sure(DATE.matches(null, instance.textValue()));
            case "date-time" -> sure(DATE_TIME.matches(null, instance.textValue()));
            default -> Verdict.UNSURE;
        };
    }

    private static Verdict bound(JsonNode bound, JsonNode instance, boolean minimum) {
        if (!instance.isNumber()) {
            return Verdict.VALID;
        }
        if (!bound.isIntegralNumber() || !instance.isIntegralNumber()) {
            return Verdict.UNSURE;
        }
        int order = instance.bigIntegerValue().compareTo(bound.bigIntegerValue());
        return sure(minimum ? order >= 0 : order <= 0);
    }

    private Verdict properties(JsonNode properties, JsonNode instance, int depth) {
        if (!properties.isObject()) {
            return Verdict.UNSURE;
        }
        if (!instance.isObject()) {
            return Verdict.VALID;
        }
        Verdict all = Verdict.VALID;
        Iterator<Map.Entry<String, JsonNode>> declared = properties.fields();
        while (declared.hasNext()) {
            Map.Entry<String, JsonNode> property = declared.next();
            JsonNode value = instance.get(property.getKey());
            if (value == null) {
                continue;
            }
            Verdict one = check(property.getValue(), value, depth + 1);
            if (one == Verdict.INVALID) {
                return Verdict.INVALID;
            }
            if (one == Verdict.UNSURE) {
                all = Verdict.UNSURE;
            }
        }
        return all;
    }

    private static Verdict required(JsonNode required, JsonNode instance) {
        if (!required.isArray()) {
            return Verdict.UNSURE;
        }
        if (!instance.isObject()) {
            return Verdict.VALID;
        }
        for (JsonNode field : required) {
            if (!field.isTextual()) {
                return Verdict.UNSURE;
            }
            if (!instance.has(field.textValue())) {
                return Verdict.INVALID;
            }
        }
        return Verdict.VALID;
    }

    /** Sure only of {@code additionalProperties: false} beside {@code properties} and no pattern. */
    private static Verdict additional(JsonNode additional, JsonNode schema, JsonNode instance) {
        if (!additional.isBoolean() || schema.has("patternProperties")) {
            return Verdict.UNSURE;
        }
        if (additional.booleanValue() || !instance.isObject()) {
            return Verdict.VALID;
        }
        JsonNode properties = schema.path("properties");
        Iterator<String> names = instance.fieldNames();
        while (names.hasNext()) {
            if (!properties.has(names.next())) {
                return Verdict.INVALID;
            }
        }
        return Verdict.VALID;
    }

    private Verdict items(JsonNode items, JsonNode instance, int depth) {
        if (!items.isObject() && !items.isBoolean()) {
            return Verdict.UNSURE;
        }
        if (!instance.isArray()) {
            return Verdict.VALID;
        }
        Verdict all = Verdict.VALID;
        for (JsonNode element : instance) {
            Verdict one = check(items, element, depth + 1);
            if (one == Verdict.INVALID) {
                return Verdict.INVALID;
            }
            if (one == Verdict.UNSURE) {
                all = Verdict.UNSURE;
            }
        }
        return all;
    }

    private static Verdict size(JsonNode bound, JsonNode instance, boolean minimum) {
        if (!bound.isIntegralNumber() || !bound.canConvertToInt()) {
            return Verdict.UNSURE;
        }
        if (!instance.isArray()) {
            return Verdict.VALID;
        }
        return sure(minimum ? instance.size() >= bound.intValue() : instance.size() <= bound.intValue());
    }

    private Verdict ref(JsonNode ref, JsonNode instance, int depth) {
        if (!ref.isTextual() || !ref.textValue().startsWith("#/")) {
            return Verdict.UNSURE;
        }
        JsonNode target = root.at(ref.textValue().substring(1));
        return target.isMissingNode() ? Verdict.UNSURE : check(target, instance, depth + 1);
    }

    private Verdict allOf(JsonNode schemas, JsonNode instance, int depth) {
        if (!schemas.isArray() || schemas.isEmpty()) {
            return Verdict.UNSURE;
        }
        Verdict all = Verdict.VALID;
        for (JsonNode schema : schemas) {
            Verdict one = check(schema, instance, depth + 1);
            if (one == Verdict.INVALID) {
                return Verdict.INVALID;
            }
            if (one == Verdict.UNSURE) {
                all = Verdict.UNSURE;
            }
        }
        return all;
    }

    private Verdict anyOf(JsonNode schemas, JsonNode instance, int depth) {
        if (!schemas.isArray() || schemas.isEmpty()) {
            return Verdict.UNSURE;
        }
        Verdict any = Verdict.INVALID;
        for (JsonNode schema : schemas) {
            Verdict one = check(schema, instance, depth + 1);
            if (one == Verdict.VALID) {
                return Verdict.VALID;
            }
            if (one == Verdict.UNSURE) {
                any = Verdict.UNSURE;
            }
        }
        return any;
    }

    private Verdict oneOf(JsonNode schemas, JsonNode instance, int depth) {
        if (!schemas.isArray() || schemas.isEmpty()) {
            return Verdict.UNSURE;
        }
        int valid = 0;
        for (JsonNode schema : schemas) {
            Verdict one = check(schema, instance, depth + 1);
            if (one == Verdict.UNSURE) {
                return Verdict.UNSURE;
            }
            if (one == Verdict.VALID) {
                valid++;
            }
        }
        return sure(valid == 1);
    }

    private Verdict ifThen(JsonNode condition, JsonNode then, JsonNode otherwise, JsonNode instance, int depth) {
        Verdict holds = check(condition, instance, depth + 1);
        return switch (holds) {
            case VALID -> then == null ? Verdict.VALID : check(then, instance, depth + 1);
            case INVALID -> otherwise == null ? Verdict.VALID : check(otherwise, instance, depth + 1);
            case UNSURE -> Verdict.UNSURE;
        };
    }
}
