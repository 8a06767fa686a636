package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.PatternSource;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.parley.rules.Obligation;
import org.parley.rules.Violation;
import org.parley.rules.drools.facts.BatchTally;
import org.parley.rules.drools.facts.DetaineeProfile;
import org.parley.rules.drools.facts.HeldDetainees;
import org.parley.rules.drools.facts.PartyTally;
import org.parley.rules.drools.facts.ValidationContext;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Term;

/**
 * How each rule of a rule base stands to the detainees' profiles, read off the conditions of
 * its rules (never its text): whether a large record can be validated in chunks of profiles,
 * each in a session of its own ({@link DroolsValidator}), and give the report a single session
 * gives.
 *
 * <p>A rule is
 * <ul>
 *   <li>{@link Kind#RECORD} when no pattern of it can match a profile, a violation or an
 *       obligation: it sees the same facts in a session of the record's facts alone;</li>
 *   <li>{@link Kind#PER_PROFILE} when exactly one pattern can match a profile, a
 *       {@code DetaineeProfile(..)} pattern of its own among the rule's top-level patterns,
 *       every other pattern (at any depth) matches a fact of the record that the validator
 *       inserts ({@link #RECORD_FACTS}, a term) or takes its objects {@code from} an
 *       expression, and the rule derives nothing ({@code @derives}): each of its matches is of
 *       one profile and facts that every chunk's session holds whole, so the chunks' matches
 *       together are exactly the single session's;</li>
 *   <li>{@link Kind#ACROSS_PROFILES} otherwise: two profiles in one match, a profile inside
 *       {@code not}, {@code exists}, {@code forall}, {@code or} or an {@code accumulate}
 *       (which count or test every profile at once), a pattern that can match derived facts
 *       beside a profile, a rule that matches violations or obligations, or a condition not
 *       known here (a query called, a named consequence). A rule base with one such rule is
 *       validated in one session.</li>
 * </ul>
 * Queries fire nothing and are not classified: the validator reads its two queries from
 * every session. What this cannot see is a consequence: a built-in rule inserts only the
 * violations and obligations it reports, or what its {@code @derives} names (RuleFileChecker
 * holds rule files of authors to it; the built-in files are held to it by their tests,
 * which validate in chunks of two profiles). Immutable.
 */
final class ProfileRules {

    /** The classes of the record's facts the validator inserts beside the profiles (and every term's). */
    static final Set<Class<?>> RECORD_FACTS = Set.of(ValidationContext.class, Agreement.class, Party.class,
            Batch.class, BatchTally.class, PartyTally.class, HeldDetainees.class, Remains.class);

    /** How a rule stands to the profiles. */
    enum Kind { RECORD, PER_PROFILE, ACROSS_PROFILES }

    /**
     * One rule's standing.
     *
     * @param rule   the rule's package and name, {@code package.name}
     * @param kind   its kind
     * @param reason why it is {@link Kind#ACROSS_PROFILES}; empty otherwise
     */
    record Shape(String rule, Kind kind, String reason) {
    }

    private final Map<String, Shape> shapes;
    /** The rules of one profile, as the rule base has them (a match names its rule so). */
    private final Set<Rule> perProfile;

    private ProfileRules(Map<String, Shape> shapes, Set<Rule> perProfile) {
        this.shapes = shapes;
        this.perProfile = perProfile;
    }

    /** The standing of every rule of a rule base (its queries left out), in the base's order. */
    static ProfileRules of(KieBase base) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Set<Rule> perProfile = Collections.newSetFromMap(new IdentityHashMap<>());
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.isQuery()) {
                    continue;
                }
                String name = pkg.getName() + "." + rule.getName();
                Shape shape = rule instanceof RuleImpl impl ? shape(name, impl)
                        : new Shape(name, Kind.ACROSS_PROFILES, "its conditions cannot be read");
                shapes.put(name, shape);
                if (shape.kind() == Kind.PER_PROFILE) {
                    perProfile.add(rule);
                }
            }
        }
        return new ProfileRules(Collections.unmodifiableMap(shapes), Collections.unmodifiableSet(perProfile));
    }

    /** Whether every rule is of one profile or of none: the record may be validated in chunks. */
    boolean inChunks() {
        return shapes.values().stream().noneMatch(s -> s.kind() == Kind.ACROSS_PROFILES);
    }

    /** Every rule's standing, by {@code package.name}, in the base's order. */
    Map<String, Shape> shapes() {
        return shapes;
    }

    /** Fires the rules of one profile only: a chunk's session, where the rules of the record do not speak. */
    AgendaFilter perProfileOnly() {
        return match -> perProfile.contains(match.getRule());
    }

    private static Shape shape(String name, RuleImpl rule) {
        List<Pattern> top = new ArrayList<>();
        List<Pattern> nested = new ArrayList<>();
        String unknown = collect(rule.getLhs(), true, top, nested);
        if (unknown != null) {
            return new Shape(name, Kind.ACROSS_PROFILES, unknown);
        }
        List<Pattern> all = new ArrayList<>(top);
        all.addAll(nested);
        List<Pattern> seeingProfiles = all.stream().filter(p -> sees(p, DetaineeProfile.class)).toList();
        if (seeingProfiles.isEmpty()) {
            for (Pattern p : all) {
                if (sees(p, Violation.class) || sees(p, Obligation.class)) {
                    return new Shape(name, Kind.ACROSS_PROFILES, "a pattern of " + typeOf(p).getSimpleName()
                            + " can match the violations or obligations that other rules report");
                }
            }
            return new Shape(name, Kind.RECORD, "");
        }
        if (seeingProfiles.size() > 1) {
            return new Shape(name, Kind.ACROSS_PROFILES, seeingProfiles.size() + " patterns can match profiles");
        }
        Pattern profile = seeingProfiles.get(0);
        if (typeOf(profile) != DetaineeProfile.class) {
            return new Shape(name, Kind.ACROSS_PROFILES, "a pattern of " + typeOf(profile).getSimpleName()
                    + " can match profiles and other facts alike");
        }
        if (!top.contains(profile)) {
            return new Shape(name, Kind.ACROSS_PROFILES,
                    "its profile pattern is inside not, exists, forall, or or an accumulate");
        }
        for (Pattern p : all) {
            if (p != profile && !isRecordFact(typeOf(p))) {
                return new Shape(name, Kind.ACROSS_PROFILES, "beside a profile it matches "
                        + typeOf(p).getSimpleName() + ", which is not a fact of the record");
            }
        }
        if (rule.getMetaData().containsKey("derives")) {
            return new Shape(name, Kind.ACROSS_PROFILES, "it derives facts from a profile (@derives)");
        }
        return new Shape(name, Kind.PER_PROFILE, "");
    }

    /**
     * Gathers the patterns of a condition that match facts of the working memory (not those
     * taken {@code from} an expression), top-level ones apart; returns what stops the
     * reading, or null.
     */
    private static String collect(RuleConditionElement element, boolean topLevel, List<Pattern> top,
                                  List<Pattern> nested) {
        if (element instanceof GroupElement group) {
            boolean and = group.isAnd();
            for (RuleConditionElement child : group.getChildren()) {
                String stop = collect(child, topLevel && and, top, nested);
                if (stop != null) {
                    return stop;
                }
            }
            return null;
        }
        if (element instanceof Pattern pattern) {
            PatternSource source = pattern.getSource();
            if (source instanceof From) {
                return null;
            }
            if (source instanceof Accumulate || source instanceof Collect) {
                for (RuleConditionElement inner : ((RuleConditionElement) source).getNestedElements()) {
                    String stop = collect(inner, false, top, nested);
                    if (stop != null) {
                        return stop;
                    }
                }
                return null;
            }
            if (source != null && !(source instanceof EntryPointId id && id.equals(EntryPointId.DEFAULT))) {
                return "a pattern reads " + source.getClass().getSimpleName();
            }
            if (!(pattern.getObjectType() instanceof ClassObjectType)) {
                return "a pattern of a type that is not a class (" + pattern.getObjectType() + ")";
            }
            (topLevel ? top : nested).add(pattern);
            return null;
        }
        if (element instanceof Forall forall) {
            for (RuleConditionElement inner : forall.getNestedElements()) {
                String stop = collect(inner, false, top, nested);
                if (stop != null) {
                    return stop;
                }
            }
            return null;
        }
        if (element instanceof EvalCondition) {
            return null;
        }
        return "a condition of kind " + element.getClass().getSimpleName();
    }

    private static Class<?> typeOf(Pattern pattern) {
        return ((ClassObjectType) pattern.getObjectType()).getClassType();
    }

    /** Whether a pattern can match an object of the class. */
    private static boolean sees(Pattern pattern, Class<?> type) {
        return typeOf(pattern).isAssignableFrom(type);
    }

    private static boolean isRecordFact(Class<?> type) {
        return RECORD_FACTS.contains(type) || Term.class.isAssignableFrom(type);
    }
}
