package org.parley.rules.examples.html;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.WoundedPriorityTerm;

/** Each term of an agreement with its parameters in words, as plain text (escape it). */
final class TermWording {

    /** The most scheduled dates listed one by one. */
    private static final int LISTED_DATES = 12;

    private TermWording() {
    }

    /** What the term asks, in one sentence, parameters included. */
    static String describe(Term term) {
        if (term instanceof AllForAllTerm t) {
            return "Every detainee who is " + t.categories().stream().map(c -> c.name()).sorted()
                    .collect(Collectors.joining(", ")) + " is released no later than " + t.completeBy()
                    + ", whatever the other side releases (unless they declined repatriation).";
        }
        if (term instanceof AgeLimitTerm t) {
            String at = switch (t.referenceDate().mode()) {
                case AGREEMENT_DATE -> "on the date the agreement was signed";
                case EXCHANGE_DATE -> "on the date of their first release (for those not released, the date judged at)";
                case FIXED -> "on " + t.referenceDate().fixed().orElseThrow();
            };
            return "YOUNG means aged " + t.minAge() + " or more and under " + t.maxAgeExclusive() + " " + at
                    + "; a release on basis YOUNG must fit that range.";
        }
        if (term instanceof WoundedPriorityTerm t) {
            return "No party releases anyone without a priority condition while it still holds a seriously wounded "
                    + "or seriously ill detainee who wants to go home; a breach is " + (t.strict() ? "an error" : "a warning")
                    + ".";
        }
        if (term instanceof CadenceTerm t) {
            List<java.time.LocalDate> dates = t.schedule().dates();
            String when = dates.size() <= LISTED_DATES
                    ? dates.stream().map(Object::toString).collect(Collectors.joining(", "))
                    : dates.get(0) + " to " + dates.get(dates.size() - 1) + " (" + dates.size() + " dates)";
            return "A stage of the exchange on each scheduled date: " + when + "; a missed or unscheduled stage is "
                    + (t.severity().name().equals("ERROR") ? "an error" : "a " + t.severity().name().toLowerCase(
                    java.util.Locale.ROOT)) + ".";
        }
        if (term instanceof ParityTerm t) {
            return "Both parties release the same number of detainees "
                    + (t.scope() == ParityScope.PER_BATCH ? "in each batch" : "over all batches")
                    + ", not counting unilateral batches" + (t.exempt().isEmpty() ? ""
                    : " nor releases on basis " + t.exempt().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", "))) + ".";
        }
        if (term instanceof SimultaneityTerm t) {
            return "In each batch both parties release, and their first handovers are at most " + t.windowMinutes()
                    + " minutes apart.";
        }
        if (term instanceof AgreedListsTerm) {
            return "Everyone released is on a list requested by the party they return to.";
        }
        if (term instanceof ConsentTerm t) {
            return "No one is released against their will (Geneva Convention III, Art. 109(3))"
                    + (t.requireRecorded() ? "; consent must be recorded for each release." : ".");
        }
        if (term instanceof EligibilityTerm) {
            return "The basis of each release is borne out by the record: a wounded or sick basis by the condition, "
                    + "CIVILIAN by the status.";
        }
        if (term instanceof RemainsTerm t) {
            return t.from() + " hands over the remains of at least " + t.commitment() + " people no later than "
                    + t.completeBy() + ".";
        }
        if (term instanceof CustomTerm t) {
            Map<String, Object> sorted = new TreeMap<>(t.parameters());
            return sorted.isEmpty() ? "A term of the rule files' own, with no parameter."
                    : "A term of the rule files' own, with " + sorted.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")) + ".";
        }
        return "A term of type " + term.type() + ".";
    }
}
