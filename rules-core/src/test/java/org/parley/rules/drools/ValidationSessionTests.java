package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.release;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.ReportChanges;
import org.parley.rules.ValidationSession;
import org.parley.rules.Violation;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;
import org.parley.rules.model.WoundedPriorityTerm;

class ValidationSessionTests {

    private static final Agreement WOUNDED_BY_JUNE_20 = agreement(
            new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), date("2025-06-20")), new AgreedListsTerm())
            .withAsOf(date("2025-06-20"));

    @Test
    void session_reportsAViolationAndItsResolution() {
        try (ValidationSession session = VALIDATOR.openSession(WOUNDED_BY_JUNE_20)) {
            session.add(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED));
            session.add(DetaineeList.of("UA", "UA-W"));

            ReportChanges first = session.changes();
            assertThat(first.appeared()).extracting(Violation::code, Violation::subjects)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ALL_FOR_ALL", List.of("UA-W")));
            assertThat(first.resolved()).isEmpty();

            session.add(batch("B1", "2025-06-10", release("UA-W", Basis.SERIOUSLY_WOUNDED)));
            ReportChanges second = session.changes();

            assertThat(second.appeared()).isEmpty();
            assertThat(second.resolved()).isEqualTo(first.appeared());
            assertThat(second.report().violations()).isEmpty();
            assertThat(session.changes().isEmpty()).isTrue();
        }
    }

    @Test
    void session_correctionsAndRemovalsRetractWhatTheyCaused() {
        try (ValidationSession session = VALIDATOR.openSession(WOUNDED_BY_JUNE_20)) {
            session.add(heldByRu("UA-1"));
            session.add(batch("B1", "2025-06-10", release("UA-1", Basis.OTHER), release("UA-404", Basis.OTHER)));
            assertThat(session.report().violations()).extracting(Violation::code)
                    .containsExactly("NOT_ON_LIST", "UNKNOWN_DETAINEE");

            session.correct(batch("B1", "2025-06-10", release("UA-1", Basis.OTHER)));
            session.add(DetaineeList.of("UA", "UA-1"));
            assertThat(session.report().violations()).isEmpty();

            session.correct(heldByRu("UA-1").withCondition(Condition.SERIOUSLY_WOUNDED));
            session.removeBatch("B1");
            assertThat(session.report().violations()).extracting(Violation::code).containsExactly("ALL_FOR_ALL");

            assertThat(session.removeDetainee("UA-1")).isTrue();
            assertThat(session.removeDetainee("UA-1")).isFalse();
            assertThat(session.report().violations()).isEmpty();
        }
    }

    @Test
    void session_asOfFollowsTheLatestFactUnlessFixed() {
        Agreement noAsOf = agreement(new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), date("2025-06-20")));
        try (ValidationSession session = VALIDATOR.openSession(noAsOf)) {
            session.add(heldByRu("UA-W").withCondition(Condition.SERIOUSLY_WOUNDED));
            assertThat(session.report().asOf()).isEqualTo(date("2025-06-02"));
            assertThat(session.report().violations()).isEmpty();

            session.add(new Remains("R1", date("2025-06-21"), "RU", "UA", 5));
            assertThat(session.report().asOf()).isEqualTo(date("2025-06-21"));
            assertThat(session.report().violations()).extracting(Violation::code).containsExactly("ALL_FOR_ALL");

            session.judgeAt(date("2025-06-19"));
            assertThat(session.report().violations()).isEmpty();

            session.judgeAtDefaultDate();
            session.removeRemains("R1");
            assertThat(session.report().asOf()).isEqualTo(date("2025-06-02"));
        }
    }

    @Test
    void session_releaseThatArrivesAfterAReport_isJudgedLikeOneGivenBefore() {
        // Found by ValidationSessionProperties: with beta nodes shared between rules, Drools 10.2
        // missed this WOUNDED_PRIORITY once the batch had been judged before its detainee arrived.
        Agreement agreement = agreement(new WoundedPriorityTerm(false));
        try (ValidationSession session = VALIDATOR.openSession(agreement)) {
            session.add(heldByUa("D2").withCondition(Condition.SERIOUSLY_WOUNDED));
            session.add(batch("B0", "2025-06-09", release("D0", Basis.YOUNG)));
            assertThat(session.report().violations()).extracting(Violation::code).containsExactly("UNKNOWN_DETAINEE");

            session.add(heldByUa("D0"));

            assertThat(session.report().violations()).extracting(Violation::code).containsExactly("WOUNDED_PRIORITY");
        }
    }

    @Test
    void session_refusesRepeatedIdsAndCorrectionsOfUnknownFacts() {
        try (ValidationSession session = VALIDATOR.openSession(WOUNDED_BY_JUNE_20)) {
            session.add(heldByUa("RU-1"));

            assertThatThrownBy(() -> session.add(heldByUa("RU-1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the session already holds a detainee with the id RU-1");
            assertThatThrownBy(() -> session.correct(batch("B9", "2025-06-10")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the session holds no batch with the id B9");
        }
    }

    @Test
    void closedSession_refusesUse() {
        ValidationSession session = VALIDATOR.openSession(WOUNDED_BY_JUNE_20);
        session.close();
        session.close();

        assertThatThrownBy(session::report).isInstanceOf(IllegalStateException.class)
                .hasMessage("the validation session is closed");
        assertThatThrownBy(() -> session.add(heldByUa("RU-1"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the validation session is closed");
    }

    @Test
    void openSession_withAnUndeclaredCustomTerm_isRefused() {
        assertThatThrownBy(() -> VALIDATOR.openSession(agreement(CustomTerm.of("OFFICERS_LAST"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("term type OFFICERS_LAST is declared by no loaded rule (@term)");
    }
}
