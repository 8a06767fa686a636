package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.parley.rules.RuleSource;

/**
 * Issue #12: which rules a large record's chunks may fire ({@link ProfileRules}), read off
 * the rules' conditions: the built-in one-shot base is validated in chunks, and every shape
 * that would make the chunks' report differ from one session's keeps a base in one session.
 */
class ProfileRulesTests {

    private static final String HEADER = "package org.example.shapes\n"
            + "import org.parley.rules.Violation\n"
            + "import org.parley.rules.model.*\n"
            + "import org.parley.rules.drools.facts.*\n";

    /** A rule base of one file, compiled to the executable model as rule files are. */
    static KieBase base(String rules) {
        String text = HEADER + rules;
        PackageDescr pkg;
        try {
            pkg = new DrlParser().parse(false, text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        ModelCompiler.Result result = ModelCompiler.compile(List.of(new RuleSource("org/example/shapes/shapes.drl", text)),
                List.of(pkg), ModelCompiler.uniqueArtifact());
        assertThat(result.errors()).isEmpty();
        return RuleCompiler.kieBase(result.models());
    }

    private static Map<String, String> shapes(KieBase base) {
        Map<String, String> shapes = new TreeMap<>();
        ProfileRules.of(base).shapes().forEach((rule, shape) ->
                shapes.put(rule, shape.kind() + (shape.reason().isEmpty() ? "" : ": " + shape.reason())));
        return shapes;
    }

    private static String rule(String name, String when) {
        return "rule \"" + name + "\"\nwhen\n" + when + "\nthen\nend\n";
    }

    @Test
    void theBuiltInOneShotBase_isValidatedInChunks_itsRulesOfOneProfileFiringThere() {
        ProfileRules rules = ProfileRules.of(RuleBase.oneShotFor(RuleBase.builtIn()));

        assertThat(rules.inChunks()).isTrue();
        Map<String, String> kinds = new TreeMap<>();
        rules.shapes().forEach((rule, shape) -> kinds.put(rule.substring(rule.lastIndexOf('.') + 1), shape.kind().name()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("CLASSIFY-14 scheduled date", "RECORD"),
                Map.entry("UNKNOWN_DETAINEE-01 transfer names no known detainee", "PER_PROFILE"),
                Map.entry("UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement", "PER_PROFILE"),
                Map.entry("UNKNOWN_PARTY-02 remains handed over from or to a party not in the agreement", "RECORD"),
                Map.entry("DUPLICATE_TRANSFER-01 detainee named in more than one transfer", "PER_PROFILE"),
                Map.entry("ALL_FOR_ALL-01 covered detainee never released", "PER_PROFILE"),
                Map.entry("ALL_FOR_ALL-02 covered detainee released after completeBy", "PER_PROFILE"),
                Map.entry("ALL_FOR_ALL-03 covered detainee still to be released", "PER_PROFILE"),
                Map.entry("AGE_LIMIT-01 released on basis YOUNG outside the age range", "PER_PROFILE"),
                Map.entry("AGE_UNKNOWN-01 released on basis YOUNG with no birth date", "PER_PROFILE"),
                Map.entry("WOUNDED_PRIORITY-01 non-priority release while priority detainees are held", "RECORD"),
                Map.entry("WOUNDED_PRIORITY-02 priority detainee still held", "PER_PROFILE"),
                Map.entry("CADENCE_MISSED-01 scheduled date with no batch", "RECORD"),
                Map.entry("CADENCE_UNSCHEDULED-01 batch on a date not scheduled", "RECORD"),
                Map.entry("CADENCE-01 scheduled date still ahead", "RECORD"),
                Map.entry("PARITY-01 parties released different numbers in a batch", "RECORD"),
                Map.entry("PARITY-02 parties released different numbers in total", "RECORD"),
                Map.entry("PARITY-03 running balance of releases", "RECORD"),
                Map.entry("SIMULTANEITY-01 only one party released in a batch", "RECORD"),
                Map.entry("SIMULTANEITY-02 first handovers of the parties too far apart", "RECORD"),
                Map.entry("NOT_ON_LIST-01 released but not on the list of the party they return to", "PER_PROFILE"),
                Map.entry("NOT_ON_LIST-02 released with no party to return to", "PER_PROFILE"),
                Map.entry("CONSENT_DECLINED-01 released although they declined", "PER_PROFILE"),
                Map.entry("CONSENT_UNKNOWN-01 released with no recorded consent", "PER_PROFILE"),
                Map.entry("ELIGIBILITY-01 released as seriously wounded but not recorded so", "PER_PROFILE"),
                Map.entry("ELIGIBILITY-02 released as seriously ill but not recorded so", "PER_PROFILE"),
                Map.entry("ELIGIBILITY-03 released as a civilian but recorded as military", "PER_PROFILE"),
                Map.entry("REMAINS_SHORTFALL-01 fewer remains handed over than committed", "RECORD"),
                Map.entry("REMAINS-01 remains still owed", "RECORD")));
    }

    @Test
    void aProfileJoinedWithTheRecordsFacts_orWithWhatItsOwnFieldsHold_isOfOneProfile() {
        KieBase base = base(rule("A", "ValidationContext( $asOf : asOf )\n"
                        + "$p : DetaineeProfile( known, firstReleaseDate == null || firstReleaseDate > $asOf )\n"
                        + "Release( basis == Basis.YOUNG ) from $p.releases()\n"
                        + "BatchTally( party == $p.heldBy() )\nHeldDetainees( party == $p.heldBy() )\n"
                        + "not Batch( date == $asOf )\nAgeLimitTerm()\nTerm()\nParty()\nAgreement()\nPartyTally()\n"
                        + "accumulate( Remains( $count : count ); $total : sum($count) )")
                + rule("B", "BatchTally( $batch : batch )\nnot BatchTally( batch == $batch, detainees > 0 )"));

        assertThat(shapes(base)).containsExactly(Map.entry("org.example.shapes.A", "PER_PROFILE"),
                Map.entry("org.example.shapes.B", "RECORD"));
        assertThat(ProfileRules.of(base).inChunks()).isTrue();
    }

    @Test
    void everyShapeThatSeesProfilesTogether_keepsTheBaseInOneSession() {
        KieBase base = base(rule("counts profiles", "accumulate( DetaineeProfile( known ); $n : count() )")
                + rule("no profile exists", "ValidationContext()\nnot DetaineeProfile( known )")
                + rule("some profile exists", "exists DetaineeProfile( known )")
                + rule("every profile", "forall( DetaineeProfile( known ) )")
                + rule("two profiles", "$a : DetaineeProfile( known )\nDetaineeProfile( id != $a.id(), heldBy == $a.heldBy() )")
                + rule("one of two", "DetaineeProfile( known ) or Batch()")
                + rule("any object", "Object()")
                + rule("a record of any kind", "ValidationContext()\n$r : Record()")
                + rule("beside a derived fact", "DetaineeProfile( known, $id : id )\nScheduledDate()")
                + rule("beside the record's detainee", "DetaineeProfile( known, $id : id )\nDetainee( id == $id )")
                + rule("reads violations", "Violation( code == \"X\" )")
                + "rule \"derives\"\n    @derives(\"ScheduledDate\")\nwhen\n    DetaineeProfile( known )\nthen\nend\n");

        assertThat(shapes(base)).containsExactly(
                Map.entry("org.example.shapes.a record of any kind",
                        "ACROSS_PROFILES: a pattern of Record can match profiles and other facts alike"),
                Map.entry("org.example.shapes.any object",
                        "ACROSS_PROFILES: a pattern of Object can match profiles and other facts alike"),
                Map.entry("org.example.shapes.beside a derived fact",
                        "ACROSS_PROFILES: beside a profile it matches ScheduledDate, which is not a fact of the record"),
                Map.entry("org.example.shapes.beside the record's detainee",
                        "ACROSS_PROFILES: beside a profile it matches Detainee, which is not a fact of the record"),
                Map.entry("org.example.shapes.counts profiles",
                        "ACROSS_PROFILES: its profile pattern is inside not, exists, forall, or or an accumulate"),
                Map.entry("org.example.shapes.derives", "ACROSS_PROFILES: it derives facts from a profile (@derives)"),
                Map.entry("org.example.shapes.every profile",
                        "ACROSS_PROFILES: its profile pattern is inside not, exists, forall, or or an accumulate"),
                Map.entry("org.example.shapes.no profile exists",
                        "ACROSS_PROFILES: its profile pattern is inside not, exists, forall, or or an accumulate"),
                Map.entry("org.example.shapes.one of two",
                        "ACROSS_PROFILES: its profile pattern is inside not, exists, forall, or or an accumulate"),
                Map.entry("org.example.shapes.reads violations",
                        "ACROSS_PROFILES: a pattern of Violation can match the violations or obligations that other rules report"),
                Map.entry("org.example.shapes.some profile exists",
                        "ACROSS_PROFILES: its profile pattern is inside not, exists, forall, or or an accumulate"),
                Map.entry("org.example.shapes.two profiles", "ACROSS_PROFILES: 2 patterns can match profiles"));
        assertThat(ProfileRules.of(base).inChunks()).isFalse();
        // One such rule is enough.
        assertThat(ProfileRules.of(base(rule("fine", "DetaineeProfile( known )")
                + rule("counts profiles", "accumulate( DetaineeProfile( known ); $n : count() )"))).inChunks()).isFalse();
    }
}
