package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.LeftTupleSink;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.drools.core.reteoo.TerminalNode;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.parley.rules.drools.facts.DetaineeProfile;

/**
 * Issue #12: the built-in rules over DetaineeProfile keep no join memory per detainee beyond
 * the one join with the ValidationContext that asOf (or signedOn) needs. Read off the network
 * of both rule bases: for each rule, how a profile enters it (the first pattern, or the right
 * input of a node whose left is the rule's earlier patterns) and the nodes it then passes.
 */
class PerDetaineeNetworkTests {

    /** Each rule a profile reaches: its entry and the nodes down to the rule, joined by " > ". */
    static Map<String, List<String>> pathsOfProfiles(KieBase base) {
        Map<String, List<String>> paths = new TreeMap<>();
        for (ObjectTypeNode otn : ((InternalRuleBase) base).getRete().getObjectTypeNodes()) {
            if (otn.getObjectType().getClassName().equals(DetaineeProfile.class.getName())) {
                walkObjects(otn, paths);
            }
        }
        return paths;
    }

    private static void walkObjects(ObjectSource source, Map<String, List<String>> paths) {
        for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
            if (sink instanceof AlphaNode alpha) {
                walkObjects(alpha, paths);
            } else if (sink instanceof LeftInputAdapterNode lia) {
                walkTuples(lia, "first pattern", paths);
            } else if (sink instanceof RightInputAdapterNode<?> right) {
                BetaNode beta = right.getBetaNode();
                walkTuples(beta, "right of " + beta.getClass().getSimpleName() + "(" + tests(beta) + ") after "
                        + left(beta), paths);
            }
        }
    }

    /** The fact types of the patterns left of a node, from the rule's first. */
    private static String left(LeftTupleSource node) {
        List<String> types = new ArrayList<>();
        for (LeftTupleSource s = node.getLeftTupleSource(); s != null; s = s.getLeftTupleSource()) {
            if (s instanceof LeftInputAdapterNode lia) {
                types.add(0, typeOf(lia.getObjectTypeNode()));
            } else if (s instanceof BetaNode beta) {
                types.add(0, beta.getClass().getSimpleName());
            } else {
                types.add(0, s.getClass().getSimpleName());
            }
        }
        return String.join(", ", types);
    }

    private static String tests(BetaNode beta) {
        int n = beta.getConstraints().length;
        return n == 1 ? "1 test" : n + " tests";
    }

    private static String typeOf(ObjectTypeNode otn) {
        String name = otn.getObjectType().getClassName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static void walkTuples(LeftTupleSource from, String path, Map<String, List<String>> paths) {
        for (LeftTupleSink sink : from.getSinkPropagator().getSinks()) {
            if (sink instanceof TerminalNode terminal) {
                paths.computeIfAbsent(terminal.getRule().getName(), k -> new ArrayList<>()).add(path);
            } else if (sink instanceof LeftTupleSource next) {
                walkTuples(next, path + " > " + next.getClass().getSimpleName(), paths);
            }
        }
    }

    private static final String CONTEXT_JOIN = "right of JoinNode(1 test) after ValidationContext";

    /** What each rule over DetaineeProfile does with a profile, in either rule base. */
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            // asOf (ALL_FOR_ALL, WOUNDED_PRIORITY-02): the one join with the context, testing
            // only that; every other test, the term's and signedOn's (the agreement global) included, alpha.
            Map.entry("ALL_FOR_ALL-01 covered detainee never released", List.of(CONTEXT_JOIN)),
            Map.entry("ALL_FOR_ALL-02 covered detainee released after completeBy", List.of(CONTEXT_JOIN)),
            // Both of its tests need asOf: not released by it, and YOUNG at it.
            Map.entry("ALL_FOR_ALL-03 covered detainee still to be released",
                    List.of("right of JoinNode(2 tests) after ValidationContext")),
            Map.entry("WOUNDED_PRIORITY-02 priority detainee still held", List.of(CONTEXT_JOIN)),
            // One pattern.
            Map.entry("AGE_LIMIT-01 released on basis YOUNG outside the age range", List.of("first pattern")),
            Map.entry("AGE_UNKNOWN-01 released on basis YOUNG with no birth date", List.of("first pattern")),
            Map.entry("CONSENT_DECLINED-01 released although they declined", List.of("first pattern")),
            Map.entry("CONSENT_UNKNOWN-01 released with no recorded consent", List.of("first pattern")),
            Map.entry("DUPLICATE_TRANSFER-01 detainee named in more than one transfer", List.of("first pattern")),
            Map.entry("NOT_ON_LIST-01 released but not on the list of the party they return to",
                    List.of("first pattern")),
            Map.entry("NOT_ON_LIST-02 released with no party to return to", List.of("first pattern")),
            // One pattern, then what the profile names: only profiles that already fail the
            // rule's alpha tests (a release its record does not bear out, an unknown id or party).
            Map.entry("ELIGIBILITY-01 released as seriously wounded but not recorded so",
                    List.of("first pattern > FromNode")),
            Map.entry("ELIGIBILITY-02 released as seriously ill but not recorded so",
                    List.of("first pattern > FromNode")),
            Map.entry("ELIGIBILITY-03 released as a civilian but recorded as military",
                    List.of("first pattern > FromNode")),
            Map.entry("UNKNOWN_DETAINEE-01 transfer names no known detainee", List.of("first pattern > FromNode")),
            Map.entry("UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement",
                    List.of("first pattern > JoinNode > FromNode"))));

    @Test
    void theOneShotBase_joinsAProfileWithNothingButTheContext() {
        assertThat(pathsOfProfiles(RuleBase.oneShotFor(RuleBase.builtIn()))).isEqualTo(EXPECTED);
    }

    @Test
    void theSessionBase_joinsAProfileWithNothingButTheContext() {
        assertThat(pathsOfProfiles(RuleBase.builtIn().kieBase())).isEqualTo(EXPECTED);
    }
}
