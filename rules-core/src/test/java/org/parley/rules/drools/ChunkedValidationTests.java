package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.rules.drools.Fixtures.VALIDATOR;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.ProgressListener;
import org.parley.rules.RuleSource;
import org.parley.rules.ValidationLimitException;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Violation;
import org.parley.rules.drools.internal.InChunks;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Severity;
import org.parley.rules.model.WoundedPriorityTerm;
import org.parley.rules.spi.ValidatorConfiguration;

/**
 * Issue #12: a record of more profiles than a chunk holds is validated chunk by chunk, each
 * chunk's profiles in an engine session of their own, and gets the report one session gives:
 * violations of the rules of one profile and of the record's, obligations, firing limits
 * over the whole run, one run for a progress listener, and rule files of authors that see
 * every profile at once. (DifferentialProperties holds the chunks to the oracle on random
 * records.)
 */
class ChunkedValidationTests {

    /**
     * Seven detainees: declined consent (per profile), priority detainees held while others
     * go (of the record: WOUNDED_PRIORITY-01; of a profile: the PRIORITY_RELEASE obligations),
     * a batch out of parity, and civilians still owed before the ALL_FOR_ALL deadline.
     */
    static final ExchangeRecord SEVEN = record(
            agreement(ConsentTerm.lenient(), WoundedPriorityTerm.lenient(), ParityTerm.perBatch(),
                    new AllForAllTerm(Set.of(Category.CIVILIAN), date("2025-12-31")))
                    .withAsOf(date("2025-06-20")),
            List.of(heldByRu("UA-1").withConsent(Consent.DECLINED), heldByRu("UA-2").withConsent(Consent.DECLINED),
                    heldByRu("UA-3").withCondition(Condition.SERIOUSLY_WOUNDED), heldByRu("UA-4"),
                    heldByUa("RU-1").withCondition(Condition.SERIOUSLY_ILL), heldByUa("RU-2").withConsent(Consent.DECLINED),
                    heldByUa("RU-3").withStatus(org.parley.rules.model.Status.CIVILIAN)),
            batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER),
                    release("UA-4", Basis.OTHER), release("RU-2", Basis.OTHER)));

    @Test
    void everyChunkSize_givesTheReportOfOneSession() {
        ValidationReport one = VALIDATOR.validate(SEVEN);
        assertThat(one.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                "CONSENT_DECLINED", "CONSENT_DECLINED", "CONSENT_DECLINED", "WOUNDED_PRIORITY", "WOUNDED_PRIORITY",
                "PARITY");
        assertThat(one.obligations()).extracting(o -> o.kind() + " " + o.subjects()).containsExactlyInAnyOrder(
                "PRIORITY_RELEASE [UA-3]", "PRIORITY_RELEASE [RU-1]", "RELEASE [RU-3]");

        for (int chunk = 1; chunk <= 8; chunk++) {
            assertThat(InChunks.validator(chunk).validate(SEVEN)).describedAs("chunks of %d", chunk).isEqualTo(one);
        }
    }

    @Test
    void theFiringLimit_countsTheFiringsOfEveryChunk() {
        ValidatorConfiguration five = new ValidatorConfiguration(true, List.of(), false, 5,
                ValidatorConfiguration.DEFAULT_TIMEOUT, java.util.Optional.empty());
        Validator inChunks = InChunks.validator(five, 2);

        assertThatThrownBy(() -> inChunks.validate(SEVEN)).isInstanceOfSatisfying(ValidationLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(ValidationLimitException.Limit.FIRINGS);
            assertThat(e.firings()).isEqualTo(5);
            assertThat(e.getMessage()).startsWith("validation stopped after 5 rule firings, the limit (maxFirings, "
                    + "--max-firings); the rule that fired most: \"");
        });
        // Nine firings in all: within a limit of nine, the chunks report what one session does.
        ValidatorConfiguration nine = new ValidatorConfiguration(true, List.of(), false, 9,
                ValidatorConfiguration.DEFAULT_TIMEOUT, java.util.Optional.empty());
        assertThat(InChunks.validator(nine, 2).validate(SEVEN)).isEqualTo(VALIDATOR.validate(SEVEN));
        ValidatorConfiguration eight = new ValidatorConfiguration(true, List.of(), false, 8,
                ValidatorConfiguration.DEFAULT_TIMEOUT, java.util.Optional.empty());
        assertThatThrownBy(() -> InChunks.validator(eight, 2).validate(SEVEN))
                .isInstanceOfSatisfying(ValidationLimitException.class, e -> assertThat(e.firings()).isEqualTo(8));
    }

    /** The figures a listener heard, as "facts/firings". */
    private static final class Heard implements ProgressListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void progressed(long facts, long firings) {
            calls.add(facts + "/" + firings);
        }
    }

    @Test
    void aListener_hearsOneRunThatEndsAtTheFiguresOfOneSession() {
        Heard one = new Heard();
        Validators_builderWith(one).validate(SEVEN);
        Heard chunks = new Heard();
        InChunks.validator(new ValidatorConfiguration(true, List.of(), false, ValidatorConfiguration.DEFAULT_MAX_FIRINGS,
                ValidatorConfiguration.DEFAULT_TIMEOUT, java.util.Optional.of(chunks)), 2).validate(SEVEN);

        // One session hears the facts inserted, then the end: those and the 9 violations and
        // obligations derived, after 9 firings. In chunks the start is heard before the first
        // chunk, so without the 7 profiles; the end is the same.
        assertThat(one.calls).hasSize(2);
        assertThat(chunks.calls).hasSize(2);
        long inserted = Long.parseLong(one.calls.get(0).split("/")[0]);
        assertThat(one.calls.get(0)).isEqualTo(inserted + "/0");
        assertThat(chunks.calls.get(0)).isEqualTo((inserted - 7) + "/0");
        assertThat(chunks.calls.get(1)).isEqualTo(one.calls.get(1)).endsWith("/9");
    }

    private static Validator Validators_builderWith(ProgressListener listener) {
        return org.parley.rules.Validators.builder().progressListener(listener).build();
    }

    @Test
    void aRuleFileOfAnAuthor_seesEveryProfileAtOnce_whileTheBuiltInRulesGoInChunks() {
        String count = "package org.example.rules\n\n"
                + "import java.util.List\n"
                + "import org.parley.rules.drools.facts.DetaineeProfile\n"
                + "import org.parley.rules.drools.facts.Report\n"
                + "import org.parley.rules.drools.facts.ValidationContext\n\n"
                + "rule \"HELD-01 how many are known\"\n"
                + "    @term(\"HELD\") @code(\"HELD\") @severity(\"INFO\")\n"
                + "when\n"
                + "    ValidationContext( $agreement : agreement )\n"
                + "    accumulate( DetaineeProfile( known ); $n : count() )\n"
                + "then\n"
                + "    insertLogical(Report.violation(drools, \"HELD\", List.of($agreement), \"known: \" + $n));\n"
                + "end\n";
        ValidatorConfiguration withCount = new ValidatorConfiguration(true,
                List.of(new RuleSource("count.drl", count)), false);

        ValidationReport report = InChunks.validator(withCount, 2).validate(SEVEN);

        assertThat(report.byCode("HELD")).extracting(Violation::severity, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.INFO, "known: 7"));
        assertThat(report).isEqualTo(org.parley.rules.Validators.builder()
                .addRules("count.drl", count).build().validate(SEVEN));
    }

    @Test
    void explain_andSessions_judgeTheWholeRecordInOneSession_withTheSameReport() {
        Validator inChunks = InChunks.validator(2);

        assertThat(inChunks.explain(SEVEN).report()).isEqualTo(VALIDATOR.validate(SEVEN));
        try (var session = inChunks.openSession(SEVEN.agreement())) {
            SEVEN.detainees().forEach(session::add);
            SEVEN.batches().forEach(session::add);
            assertThat(session.report()).isEqualTo(VALIDATOR.validate(SEVEN));
        }
        Detainee unknownParty = Detainee.of("XX-1", "XX");
        ExchangeRecord eight = SEVEN.withDetainees(append(SEVEN.detainees(), unknownParty));
        assertThat(inChunks.validate(eight)).isEqualTo(VALIDATOR.validate(eight));
        assertThat(inChunks.validate(eight).byCode("UNKNOWN_PARTY")).hasSize(1);
    }

    private static <T> List<T> append(List<T> list, T last) {
        List<T> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
