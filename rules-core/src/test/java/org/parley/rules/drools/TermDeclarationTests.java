package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.record;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.RuleCompilationException;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ParameterType;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;

class TermDeclarationTests {

    private static final String HEADER = "package org.example.rules\n\n"
            + "import java.util.List\n"
            + "import java.time.LocalDate\n"
            + "import org.parley.rules.model.CustomTerm\n"
            + "import org.parley.rules.model.Detainee\n"
            + "import org.parley.rules.drools.facts.Report\n\n";

    private static final String WINDOW = HEADER + """
            declare Window
                @term("WINDOW")
                @description("Releases happen within the agreed window.")
                startOn : LocalDate @required @description("the first day of the window")
                days : long @default("7") @description("how many days it lasts")
                strict : boolean @default("false") @description("whether a release outside it is an error")
                parties : List @description("the parties it binds; default both")
                scope : String @values("PER_BATCH, TOTAL") @default("TOTAL") @description("what is counted")
                note : String @description("a note for people")
            end

            rule "WINDOW-01 a detainee named before the window"
                @term("WINDOW") @code("WINDOW") @severity("INFO")
            when
                $term : CustomTerm( type == "WINDOW", $start : date("startOn") )
                Detainee( $id : id )
            then
                insertLogical(Report.violation(drools, "WINDOW", List.of($id), $id + " from " + $start));
            end
            """;

    private static List<String> problemsOf(String drl) {
        try {
            Validators.builder().withoutBuiltInRules().addRules("window.drl", drl).build();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("the rule file compiled");
    }

    @Test
    void readsEachParameterWithItsTypeDefaultAndDescription() {
        Validator validator = Validators.builder().withoutBuiltInRules().addRules("window.drl", WINDOW).build();

        assertThat(validator.termDeclarations()).containsOnlyKeys("WINDOW");
        assertThat(validator.termTypes()).contains("WINDOW");
        assertThat(validator.termDeclarations().get("WINDOW")).isEqualTo(new TermDeclaration("WINDOW",
                "Releases happen within the agreed window.", List.of(
                new TermParameter("startOn", ParameterType.DATE, List.of(), true, Optional.empty(),
                        "the first day of the window"),
                new TermParameter("days", ParameterType.INTEGER, List.of(), false, Optional.of(7L),
                        "how many days it lasts"),
                new TermParameter("strict", ParameterType.BOOLEAN, List.of(), false, Optional.of(false),
                        "whether a release outside it is an error"),
                new TermParameter("parties", ParameterType.STRING_LIST, List.of(), false, Optional.empty(),
                        "the parties it binds; default both"),
                new TermParameter("scope", ParameterType.ENUM, List.of("PER_BATCH", "TOTAL"), false,
                        Optional.of("TOTAL"), "what is counted"),
                new TermParameter("note", ParameterType.STRING, List.of(), false, Optional.empty(),
                        "a note for people"))));
    }

    @Test
    void theTutorialDeclaresItsTerm() {
        Validator validator = Validators.builder().addRules(Path.of("../docs/authoring/batch-limit.drl")).build();

        assertThat(validator.termDeclarations().get("BATCH_LIMIT").parameters()).containsExactly(
                new TermParameter("max", ParameterType.INTEGER, List.of(), true, Optional.empty(),
                        "the most detainees one party may release in one batch"));
    }

    @Test
    void aRuleReadingAnUndeclaredParameterIsACompileProblemAtItsLine() {
        assertThat(problemsOf(WINDOW.replace("date(\"startOn\")", "date(\"start\")")))
                .containsExactly("window.drl:23:52: rule \"WINDOW-01 a detainee named before the window\": reads "
                        + "parameter \"start\", which term WINDOW does not declare; it declares startOn, days, strict, "
                        + "parties, scope, note");
    }

    @Test
    void aRuleReadingAParameterWithTheWrongAccessorIsACompileProblem() {
        assertThat(problemsOf(WINDOW.replace("date(\"startOn\")", "integer(\"startOn\")")))
                .containsExactly("window.drl:23:52: rule \"WINDOW-01 a detainee named before the window\": reads "
                        + "parameter \"startOn\" with integer(..), but it is declared a date (YYYY-MM-DD); read it "
                        + "with date(..)");
    }

    @Test
    void aTermWithoutADeclarationHasNoParameters() {
        assertThat(problemsOf(WINDOW.substring(0, WINDOW.indexOf("declare"))
                + WINDOW.substring(WINDOW.indexOf("rule \"WINDOW-01"))))
                .containsExactly("window.drl:12:52: rule \"WINDOW-01 a detainee named before the window\": reads "
                        + "parameter \"startOn\", which term WINDOW does not declare; it declares no parameters "
                        + "(declare them with a declare that carries @term(\"WINDOW\"))");
    }

    @Test
    void aBadDeclarationIsACompileProblemAtItsField() {
        assertThat(problemsOf(WINDOW.replace("days : long @default(\"7\")", "days : long @default(\"a week\")")
                .replace("note : String @description(\"a note for people\")", "note : java.math.BigDecimal "
                        + "@description(\"a note\")")))
                .containsExactly(
                        "window.drl:13:12: declare Window: parameter days: @default(\"a week\") is not a whole number",
                        "window.drl:17:12: declare Window: parameter note: type java.math.BigDecimal is not a "
                                + "parameter type; expected long (a whole number), String (with @values for one of "
                                + "given values), boolean, LocalDate or List (of strings)");
    }

    @Test
    void validatingACustomTermChecksItsParametersAgainstTheDeclaration() {
        Validator validator = Validators.builder().addRules("window.drl", WINDOW).build();

        assertThatThrownBy(() -> validator.validate(record(agreement(new CustomTerm("WINDOW",
                Map.of("startOn", "soon"))), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter \"startOn\" of term WINDOW is soon, expected a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> validator.validate(record(agreement(new CustomTerm("WINDOW",
                Map.of("startOn", LocalDate.of(2025, 6, 9), "until", 3L))), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term WINDOW has parameter \"until\", which its rule file does not declare; declared: "
                        + "startOn, days, strict, parties, scope, note");
        assertThatThrownBy(() -> validator.validate(record(agreement(new CustomTerm("WINDOW",
                Map.of("days", 3L))), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term WINDOW lacks its required parameter \"startOn\" (a date (YYYY-MM-DD))");
        assertThatThrownBy(() -> validator.validate(record(agreement(new CustomTerm("WINDOW",
                Map.of("startOn", LocalDate.of(2025, 6, 9), "scope", "ALL"))), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter \"scope\" of term WINDOW is ALL, expected one of PER_BATCH, TOTAL");
        assertThat(validator.validate(record(agreement(new CustomTerm("WINDOW",
                Map.of("startOn", LocalDate.of(2025, 6, 9)))), List.of())).violations()).isEmpty();
    }
}
