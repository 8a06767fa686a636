package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that is not JSON: each problem line names the place, what the parser found and what it
 * expected there, in the format's words, never Jackson's advice to developers (its feature
 * names, "was expecting comma to separate Object entries").
 */
class SyntaxErrorTests {

    private static final String VALUE = "expected a string, a number, an array, an object, true, false or null";

    private final ScenarioReader reader = new ScenarioReader();

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("{\"agreement\": }", "$.agreement: not valid JSON at line 1, column 15: "
                        + "unexpected character '}'; expected a value"),
                Arguments.of("{\"agreement\" 1}", "$.agreement: not valid JSON at line 1, column 14: "
                        + "unexpected character '1'; expected ':' after the field name"),
                Arguments.of("{\"agreement\": tru}", "$.agreement: not valid JSON at line 1, column 15: "
                        + "unrecognized token 'tru'; " + VALUE),
                Arguments.of("{\"agreement\": {\"id\": \"x\",}}", "$.agreement.id: not valid JSON at line 1, "
                        + "column 26: unexpected character '}'; expected a field name in double quotes"),
                Arguments.of("{'agreement': 1}", "$: not valid JSON at line 1, column 2: "
                        + "unexpected character \"'\"; expected a field name in double quotes"),
                Arguments.of("{agreement: 1}", "$: not valid JSON at line 1, column 2: "
                        + "unexpected character 'a'; expected a field name in double quotes"),
                Arguments.of("{\"agreement\": 1 \"b\": 2}", "$.agreement: not valid JSON at line 1, column 17: "
                        + "unexpected character '\"'; expected ',' or '}'"),
                Arguments.of("{\"agreement\": [1 2]}", "$.agreement[1]: not valid JSON at line 1, column 18: "
                        + "unexpected character '2'; expected ',' or ']'"),
                Arguments.of("{\"agreement\": [1,]}", "$.agreement[1]: not valid JSON at line 1, column 18: "
                        + "unexpected character ']'; " + VALUE),
                Arguments.of("{\"agreement\": {\"id\": \"x\"", "$.agreement.id: not valid JSON at line 1, "
                        + "column 25: the content ends inside the object opened at line 1, column 15; expected '}'"),
                Arguments.of("{\"agreement\": [1, 2", "$.agreement[1]: not valid JSON at line 1, column 20: "
                        + "the content ends inside the array opened at line 1, column 15; expected ']'"),
                Arguments.of("{", "$: not valid JSON at line 1, column 2: "
                        + "the content ends inside the object opened at line 1, column 1; expected '}'"),
                Arguments.of("{\"agreement\":", "$.agreement: not valid JSON at line 1, column 14: "
                        + "the content ends inside an object; expected '}'"),
                Arguments.of("{\"agreement\": \"abc", "$.agreement: not valid JSON at line 1, column 19: "
                        + "the content ends inside a string; expected its closing '\"'"),
                Arguments.of("{\"agre", "$: not valid JSON at line 1, column 7: "
                        + "the content ends inside a field name; expected its closing '\"'"),
                Arguments.of("{\"agreement\": [}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "unexpected '}'; expected ']' to close the array opened at line 1, column 15"),
                Arguments.of("{\"agreement\": {]}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "unexpected ']'; expected '}' to close the object opened at line 1, column 15"),
                Arguments.of("{\"agreement\": {}}}", "$: not valid JSON at line 1, column 18: "
                        + "unexpected '}' with no object open; expected the end of the document"),
                Arguments.of("{\"agreement\": -x}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "unexpected character 'x' in a number; expected a digit after '-'"),
                Arguments.of("{\"agreement\": 1.}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "unexpected character '}' in a number; expected a digit after the decimal point"),
                Arguments.of("{\"agreement\": 1e}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "unexpected character '}' in a number; expected a digit in the exponent"),
                Arguments.of("{\"agreement\": 01}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "a number with a leading zero; expected no leading zeroes"),
                Arguments.of("{\"agreement\": \"x\\q\"}", "$.agreement: not valid JSON at line 1, column 18: "
                        + "unknown escape \\q in a string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
                Arguments.of("{\"agreement\": \"\\u12\"}", "$.agreement: not valid JSON at line 1, column 20: "
                        + "unexpected character '\"'; expected four hex digits after \\u"),
                Arguments.of("{\"agreement\": \"\u0001\"}", "$.agreement: not valid JSON at line 1, column 16: "
                        + "control character U+0001 inside a string; expected it escaped, as \\u0001"),
                Arguments.of("{\"agreement\": \u202e}", "$.agreement: not valid JSON at line 1, column 15: "
                        + "unexpected character U+202E; " + VALUE),
                Arguments.of("{\"agreement\": {\"id\": 1, \"id\": 2}}", "$.agreement.id: not valid JSON at line 1, "
                        + "column 29: field 'id' given twice; expected each field once"),
                Arguments.of("{\"agreement\": {}}x", "$: not valid JSON at line 1, column 18: "
                        + "unrecognized token 'x'; " + VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void saysWhatWasFoundAndWhatWasExpected(String json, String problem) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(json));

        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.problems()).containsExactly(problem);
    }

    /**
     * Every prefix of a scenario, and the scenario with each of its characters replaced by one
     * that breaks it there: each problem line of a syntax error says what was expected, in the
     * format's words.
     */
    @Test
    void everyCutAndEveryWrongCharacter_saysWhatWasExpected_inTheFormatsWords() throws Exception {
        String json = new String(SyntaxErrorTests.class.getResourceAsStream("/fixtures/minimal.json").readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> broken = new ArrayList<>();
        for (int end = 1; end < json.strip().length(); end++) {
            broken.add(json.substring(0, end));
        }
        for (int at = 0; at < json.length(); at++) {
            for (String wrong : List.of("}", "]", ",", ":", "\"", "x", "\u0001", "+", "/")) {
                broken.add(json.substring(0, at) + wrong + json.substring(at + 1));
            }
        }
        int syntaxErrors = 0;
        for (String text : broken) {
            ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(text));
            if (e == null) {
                continue;
            }
            for (String problem : e.problems()) {
                if (problem.contains(": not valid JSON")) {
                    syntaxErrors++;
                    assertThat(problem).as(text).contains("; expected ")
                            .doesNotContain("Feature", "was expecting", "(code ", "REDACTED", "VALUE_STRING",
                                    "end-of-input", "Unexpected", "Illegal");
                }
            }
        }
        assertThat(syntaxErrors).as("syntax errors met").isGreaterThan(json.length());
    }

    @Test
    void keepsWhatWasFoundAlone_forAReasonItDoesNotKnow() {
        assertThat(SyntaxErrors.reason("Some future reason: enable `JsonReadFeature.X` to allow"))
                .isEqualTo("Some future reason");
        assertThat(SyntaxErrors.reason(null)).isEqualTo("unreadable content");
        assertThat(SyntaxErrors.reason("Unexpected character ('\u202e' (code 8238 / 0x202e))"))
                .isEqualTo("unexpected character U+202E");
    }
}
