package org.parley.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.Schedule;

/**
 * The relations between values of an agreement that its schema cannot state, checked on
 * its tree once the schema has found it valid, each problem at its JSON path.
 */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    /**
     * Checks a valid agreement.
     *
     * @return whether no problem was found
     */
    static boolean agreement(ObjectNode agreement, JsonPath at, Problems problems) {
        Problems found = new Problems();
        JsonNode zone = agreement.get("timeZone");
        // Only region ids: ZoneId.of would also take offsets such as +03:00, which are not
        // IANA zones and ignore daylight saving time.
        if (!ZoneId.getAvailableZoneIds().contains(zone.textValue())) {
            found.add(at.field("timeZone"), Text.show(zone) + " is not an IANA time zone (like Europe/Kyiv or UTC)");
        }
        LocalDate signedOn = LocalDate.parse(agreement.get("signedOn").textValue());
        JsonNode asOf = agreement.path("asOf");
        if (asOf.isTextual() && LocalDate.parse(asOf.textValue()).isBefore(signedOn)) {
            found.add(at.field("asOf"), Text.show(asOf) + " is before signedOn (\"" + signedOn
                    + "\"); expected a date on or after it");
        }
        JsonNode parties = agreement.get("parties");
        if (parties.get(0).get("code").equals(parties.get(1).get("code"))) {
            found.add(at.field("parties").index(1).field("code"), Text.show(parties.get(1).get("code"))
                    + " is already the code of " + at.field("parties").index(0) + "; expected distinct party codes");
        }
        JsonPath termsAt = at.field("terms");
        Map<String, Integer> firstByType = new HashMap<>();
        JsonNode terms = agreement.get("terms");
        boolean ageLimit = false;
        for (JsonNode term : terms) {
            ageLimit |= term.get("type").textValue().equals(AgeLimitTerm.TYPE);
        }
        for (int i = 0; i < terms.size(); i++) {
            JsonNode term = terms.get(i);
            JsonPath termAt = termsAt.index(i);
            String type = term.get("type").textValue();
            Integer first = firstByType.putIfAbsent(type, i);
            if (first != null) {
                found.add(termAt.field("type"), Text.quoted(type) + " is already the type of " + termsAt.index(first)
                        + "; expected each term type at most once");
            }
            switch (type) {
                case AgeLimitTerm.TYPE -> ageLimit(term, termAt, found);
                case CadenceTerm.TYPE -> schedule(term.get("schedule"), termAt.field("schedule"), found);
                case AllForAllTerm.TYPE -> {
                    JsonNode categories = term.get("categories");
                    for (int c = 0; c < categories.size(); c++) {
                        if (!ageLimit && categories.get(c).textValue().equals(Category.YOUNG.name())) {
                            found.add(termAt.field("categories").index(c), "YOUNG is defined by an AGE_LIMIT term, "
                                    + "and the agreement has none; expected an AGE_LIMIT term beside it");
                        }
                    }
                }
                default -> {
                    // The other terms have no relation between their values.
                }
            }
        }
        if (found.isEmpty()) {
            return true;
        }
        found.lines().forEach(problems::addLine);
        return false;
    }

    private static void ageLimit(JsonNode term, JsonPath at, Problems found) {
        long min = term.get("minAge").longValue();
        long max = term.get("maxAgeExclusive").longValue();
        if (max <= min) {
            found.add(at.field("maxAgeExclusive"), "must be greater than minAge (" + min + "), got " + max);
        }
        String reference = term.get("referenceDate").textValue();
        if (Character.isDigit(reference.charAt(0))) {
            try {
                LocalDate.parse(reference);
            } catch (DateTimeException e) {
                found.add(at.field("referenceDate"), Text.quoted(reference)
                        + " is not AGREEMENT_DATE, EXCHANGE_DATE or a date (YYYY-MM-DD)");
            }
        }
    }

    private static void schedule(JsonNode schedule, JsonPath at, Problems found) {
        if (!schedule.has("from")) {
            return;
        }
        LocalDate from = LocalDate.parse(schedule.get("from").textValue());
        LocalDate to = LocalDate.parse(schedule.get("to").textValue());
        if (to.isBefore(from)) {
            found.add(at.field("to"), "\"" + to + "\" is before from (\"" + from + "\"); expected a date on or after it");
        } else if (from.plusDays(Schedule.MAX_DAYS).isBefore(to)) {
            found.add(at.field("to"), "\"" + to + "\" is more than " + Schedule.MAX_DAYS + " days after from (\""
                    + from + "\"); a daily schedule spans at most " + Schedule.MAX_DAYS + " days");
        }
    }
}
