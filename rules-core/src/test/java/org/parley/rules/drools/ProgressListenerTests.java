package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.Explanation;
import org.parley.rules.ProgressListener;
import org.parley.rules.ValidationException;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.ValidatorBuilder;
import org.parley.rules.Validators;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.ExchangeRecord;

/** The progress listener hears the facts and the firings that the firing limits count, with exact figures. */
class ProgressListenerTests {

    /** A rule that fires for ever (it updates what it matched), so that a firing limit decides how often. */
    private static final String SPIN = "package org.example.rules\n"
            + "import org.parley.rules.model.Detainee\n"
            + "rule \"SPIN-01 again and again\" @derives(\"nothing\")\n"
            + "when\n    $d : Detainee( )\nthen\n    update($d);\nend\n";

    /**
     * The context, the agreement, its 2 parties and 1 term, a tally per party, and per detainee
     * its profile and (the rules being an author's alone) its record: 11 facts.
     */
    private static final ExchangeRecord TWO_DETAINEES = record(agreement(AgeLimitTerm.under(25)),
            List.of(heldByRu("RU-0001"), heldByRu("RU-0002")));

    /** The figures a listener heard, as "facts/firings". */
    private static final class Heard implements ProgressListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void progressed(long facts, long firings) {
            calls.add(facts + "/" + firings);
        }
    }

    private static ValidatorBuilder spinning() {
        return Validators.builder().withoutBuiltInRules().addRules("spin.drl", SPIN)
                .addRules("queries.drl", "package org.example.rules\nimport org.parley.rules.Violation\n"
                        + "query \"parley violations\"\n    $violation : Violation()\nend\n");
    }

    @Test
    void aRun_isHeardBeforeTheFirstFiringEveryStepAndAtTheEnd() {
        Heard heard = new Heard();
        Validator validator = spinning().maxFirings(3_000).progressListener(heard).build();

        assertThatThrownBy(() -> validator.validate(TWO_DETAINEES)).isInstanceOf(ValidationLimitException.class);

        assertThat(heard.calls).containsExactly("19/0", "19/1024", "19/2048", "19/3000");
    }

    @Test
    void aRunOfExactlyOneStep_isHeardAtTheStartAndAtTheEndOnly() {
        Heard heard = new Heard();
        Validator validator = spinning().maxFirings(ProgressListener.FIRINGS_STEP).progressListener(heard).build();

        assertThatThrownBy(() -> validator.validate(TWO_DETAINEES)).isInstanceOf(ValidationLimitException.class);

        assertThat(heard.calls).containsExactly("19/0", "19/1024");
    }

    @Test
    void theBuiltInRules_areHeardWithTheFiringsThatExplainCounts() {
        ExchangeRecord record = record(agreement(AgeLimitTerm.under(25)),
                List.of(heldByRu("RU-0001"), heldByUa("UA-0001")),
                batch("b-1", "2025-06-05", release("RU-0001", Basis.YOUNG), release("UA-0001", Basis.YOUNG)));
        Heard heard = new Heard();
        Validator validator = Validators.builder().progressListener(heard).build();

        Explanation explanation = validator.explain(record);
        List<String> explained = List.copyOf(heard.calls);
        heard.calls.clear();
        validator.validate(record);

        long firings = explanation.firings().values().stream().mapToLong(Long::longValue).sum();
        assertThat(firings).isPositive().isLessThan(ProgressListener.FIRINGS_STEP);
        // The context, the agreement, 2 parties, 1 term, 2 party tallies, 8 groups of held detainees
        // (one per party and condition), 2 detainees' profiles, the batch and its 2 tallies (one per party).
        assertThat(heard.calls).hasSize(2);
        assertThat(heard.calls.get(0)).isEqualTo("20/0");
        assertThat(heard.calls.get(1)).endsWith("/" + firings);
        assertThat(explained).isEqualTo(heard.calls);
    }

    @Test
    void eachSessionReport_isARunOfItsOwn() {
        Heard heard = new Heard();
        Validator validator = spinning().maxFirings(10).progressListener(heard).build();
        try (ValidationSession session = validator.openSession(TWO_DETAINEES.agreement())) {
            // Opening reads the baseline: a run over the context, the agreement, 2 parties, 1 term,
            // 2 party tallies and 8 groups of held detainees (one per party and condition).
            assertThat(heard.calls).containsExactly("15/0", "15/0");
            heard.calls.clear();
            session.add(heldByRu("RU-0001"));

            assertThatThrownBy(session::report).isInstanceOf(ValidationLimitException.class);
            assertThat(heard.calls).containsExactly("17/0", "17/10");
        }
    }

    @Test
    void aListenerThatThrows_endsTheValidationWithItsCause() {
        IllegalStateException broken = new IllegalStateException("display gone");
        Validator validator = Validators.builder().progressListener((facts, firings) -> {
            throw broken;
        }).build();

        assertThatThrownBy(() -> validator.validate(TWO_DETAINEES))
                .isInstanceOf(ValidationException.class)
                .hasMessage("validation of agreement ag-1 failed: java.lang.IllegalStateException: display gone")
                .hasCause(broken);
    }

    @Test
    void aNullListener_isRefused() {
        assertThatThrownBy(() -> Validators.builder().progressListener(null))
                .isInstanceOf(NullPointerException.class).hasMessage("listener");
    }
}
