package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.parley.rules.drools.Fixtures.agreement;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validators;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;

class ApiMisuseTests {

    @Test
    void validator_rejectsNullArgumentsByName() {
        assertThatThrownBy(() -> VALIDATOR.validate(null)).isInstanceOf(NullPointerException.class).hasMessage("record");
        assertThatThrownBy(() -> VALIDATOR.explain(null)).isInstanceOf(NullPointerException.class).hasMessage("record");
        assertThatThrownBy(() -> VALIDATOR.openSession(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("agreement");
    }

    @Test
    void builder_rejectsNullArgumentsByName() {
        assertThatThrownBy(() -> Validators.builder().addRules((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("fileOrFolder");
        assertThatThrownBy(() -> Validators.builder().addRules("a.drl", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> Validators.builder().addRules(null, "package p")).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> Validators.builder().addRules(" ", "package p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule source's name must not be blank");
        assertThatThrownBy(() -> Validators.builder().addRulesFromClasspath(null, "a.drl"))
                .isInstanceOf(NullPointerException.class).hasMessage("loader");
    }

    @Test
    void session_rejectsNullArgumentsByName() {
        try (ValidationSession session = VALIDATOR.openSession(agreement())) {
            assertThatThrownBy(() -> session.add((Detainee) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("detainee");
            assertThatThrownBy(() -> session.correct((Batch) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("batch");
            assertThatThrownBy(() -> session.removeDetainee(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("id");
            assertThatThrownBy(() -> session.judgeAt(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("date");
            session.judgeAtDefaultDate();
        }
    }

    @Test
    void customTerm_statesTheRuleItsArgumentsBreak() {
        assertThatThrownBy(() -> CustomTerm.of("batchLimit")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a term type is UPPER_SNAKE_CASE, was \"batchLimit\"");
        assertThatThrownBy(() -> CustomTerm.of("PARITY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PARITY is a built-in term: use its own record");
        CustomTerm term = new CustomTerm("BATCH_LIMIT", Map.of("max", "two", "from", "2025-13-01"));
        assertThatThrownBy(() -> term.integer("max")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter \"max\" of term BATCH_LIMIT is two, expected a whole number");
        assertThatThrownBy(() -> term.date("from")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter \"from\" of term BATCH_LIMIT is 2025-13-01, expected a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> term.bool("strict")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term BATCH_LIMIT has no parameter \"strict\"");
    }
}
