package org.parley.rules.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * Writes an exchange record as a scenario file (shared/spec/scenario-format.md) that
 * {@code parley validate} reads back to an equal record: one line per fact, so that a
 * shrunk record reads well in a test's output.
 *
 * <p>The smallest writer the testkit needs, in plain Java so that the testkit keeps
 * depending on the API, QuickTheories and AssertJ alone. It is kept apart, behind
 * {@link #write(ExchangeRecord)}, to be replaced by the scenario writer of the
 * {@code rules-json} module when that lands.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /**
     * The record as a scenario file.
     *
     * @param record the record
     * @return JSON text, ending with a line break
     * @throws IllegalArgumentException if a custom term has a parameter of a type the format has no JSON for
     */
    public static String write(ExchangeRecord record) {
        Agreement a = record.agreement();
        StringBuilder out = new StringBuilder(256);
        out.append("{\n  \"agreement\": {\n");
        out.append("    \"id\": ").append(str(a.id())).append(", \"title\": ").append(str(a.title()))
                .append(", \"signedOn\": ").append(str(a.signedOn()));
        if (!a.timeZone().equals(ZoneOffset.UTC)) {
            // UTC is the format's default, and "Z" is no IANA zone id.
            out.append(", \"timeZone\": ").append(str(a.timeZone().getId()));
        }
        a.asOf().ifPresent(d -> out.append(", \"asOf\": ").append(str(d)));
        out.append(",\n    \"parties\": [");
        out.append(a.parties().stream().map(ScenarioWriter::party).collect(Collectors.joining(", ")));
        out.append("],\n    \"terms\": [");
        lines(out, a.terms().stream().map(ScenarioWriter::term).toList(), "      ");
        out.append("]\n  },\n  \"detainees\": [");
        lines(out, record.detainees().stream().map(ScenarioWriter::detainee).toList(), "    ");
        out.append("],\n  \"lists\": [");
        lines(out, record.lists().stream().map(ScenarioWriter::list).toList(), "    ");
        out.append("],\n  \"batches\": [");
        lines(out, record.batches().stream().map(ScenarioWriter::batch).toList(), "    ");
        out.append("],\n  \"remains\": [");
        lines(out, record.remains().stream().map(ScenarioWriter::remains).toList(), "    ");
        out.append("]\n}\n");
        return out.toString();
    }

    private static void lines(StringBuilder out, List<String> items, String indent) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n');
        for (int i = 0; i < items.size(); i++) {
            out.append(indent).append(items.get(i)).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        out.append(indent, 0, indent.length() - 2);
    }

    private static String party(Party p) {
        return "{ \"code\": " + str(p.code()) + ", \"name\": " + str(p.name()) + " }";
    }

    private static String term(Term term) {
        StringBuilder t = new StringBuilder("{ \"type\": ").append(str(term.type()));
        if (term instanceof AllForAllTerm x) {
            t.append(", \"categories\": ").append(names(x.categories())).append(", \"completeBy\": ")
                    .append(str(x.completeBy()));
        } else if (term instanceof AgeLimitTerm x) {
            t.append(", \"minAge\": ").append(x.minAge()).append(", \"maxAgeExclusive\": ").append(x.maxAgeExclusive())
                    .append(", \"referenceDate\": ").append(str(x.referenceDate()));
        } else if (term instanceof WoundedPriorityTerm x) {
            t.append(", \"strict\": ").append(x.strict());
        } else if (term instanceof CadenceTerm x) {
            t.append(", \"schedule\": { \"dates\": ").append(array(x.schedule().dates())).append(" }, \"severity\": ")
                    .append(str(x.severity()));
        } else if (term instanceof ParityTerm x) {
            t.append(", \"scope\": ").append(str(x.scope())).append(", \"exempt\": ").append(names(x.exempt()));
        } else if (term instanceof SimultaneityTerm x) {
            t.append(", \"windowMinutes\": ").append(x.windowMinutes());
        } else if (term instanceof ConsentTerm x) {
            t.append(", \"requireRecorded\": ").append(x.requireRecorded());
        } else if (term instanceof RemainsTerm x) {
            t.append(", \"from\": ").append(str(x.from())).append(", \"commitment\": ").append(x.commitment())
                    .append(", \"completeBy\": ").append(str(x.completeBy()));
        } else if (term instanceof CustomTerm x) {
            x.parameters().forEach((name, value) -> t.append(", ").append(str(name)).append(": ").append(value(value)));
        } else if (!(term instanceof AgreedListsTerm) && !(term instanceof EligibilityTerm)) {
            throw new IllegalArgumentException("no scenario form for the term " + term.type());
        }
        return t.append(" }").toString();
    }

    private static String detainee(Detainee d) {
        StringBuilder t = new StringBuilder("{ \"id\": ").append(str(d.id()));
        d.name().ifPresent(n -> t.append(", \"name\": ").append(str(n)));
        t.append(", \"heldBy\": ").append(str(d.heldBy()));
        d.returnTo().ifPresent(r -> t.append(", \"returnTo\": ").append(str(r)));
        t.append(", \"status\": ").append(str(d.status()));
        d.birthDate().ifPresent(b -> t.append(", \"birthDate\": ").append(str(b)));
        return t.append(", \"condition\": ").append(str(d.condition())).append(", \"consent\": ")
                .append(str(d.consent())).append(" }").toString();
    }

    private static String list(DetaineeList l) {
        return "{ \"requestedBy\": " + str(l.requestedBy()) + ", \"detainees\": " + array(l.detainees()) + " }";
    }

    private static String batch(Batch b) {
        StringBuilder t = new StringBuilder("{ \"id\": ").append(str(b.id())).append(", \"date\": ").append(str(b.date()));
        if (b.unilateral()) {
            t.append(", \"unilateral\": true");
        }
        t.append(", \"transfers\": [");
        t.append(b.transfers().stream().map(ScenarioWriter::transfer).collect(Collectors.joining(", ")));
        return t.append("] }").toString();
    }

    private static String transfer(Transfer x) {
        return "{ \"detainee\": " + str(x.detainee()) + ", \"basis\": " + str(x.basis())
                + x.at().map(at -> ", \"at\": " + str(at)).orElse("") + " }";
    }

    private static String remains(Remains r) {
        return "{ \"id\": " + str(r.id()) + ", \"date\": " + str(r.date()) + ", \"from\": " + str(r.from())
                + ", \"to\": " + str(r.to()) + ", \"count\": " + r.count() + " }";
    }

    private static String value(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof String || value instanceof LocalDate) {
            return str(value);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ScenarioWriter::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> str(e.getKey()) + ": " + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        throw new IllegalArgumentException("no JSON form for a custom term parameter of type "
                + value.getClass().getName());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().map(ScenarioWriter::str)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String array(Collection<?> values) {
        return values.stream().map(ScenarioWriter::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A JSON string of the value's text, escaped. */
    static String str(Object value) {
        String s = value.toString();
        StringBuilder t = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> t.append("\\\"");
                case '\\' -> t.append("\\\\");
                case '\n' -> t.append("\\n");
                case '\r' -> t.append("\\r");
                case '\t' -> t.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        t.append(String.format("\\u%04x", (int) c));
                    } else {
                        t.append(c);
                    }
                }
            }
        }
        return t.append('"').toString();
    }
}
