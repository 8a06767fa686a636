package org.parley.rules.examples.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.rules.Obligation;
import org.parley.rules.ReportChanges;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;

/**
 * One self-contained HTML page for one scenario: the agreement in words, a timeline of the
 * stages per side against the schedule and a remains track (inline SVG, each with a text
 * alternative), the violations grouped by term and severity, the detainees concerned, what
 * appeared and what was resolved over time, and what is still owed.
 *
 * <p>The page loads nothing (its Content-Security-Policy forbids it), needs no script, and
 * prints on A4. Every value from the record is escaped ({@link Html}). Tables stop after
 * {@link #MAX_ROWS} rows (violations: {@link #MAX_GROUP_ROWS} per term and severity) and say
 * how many they leave out, so that the page stays small for records of any size.
 *
 * <p>It takes only API types (the record, its report, the replay's steps), so that any host
 * application can write the page.
 */
public final class HtmlReport {

    /** The most rows of a table of detainees, stages, replay steps or obligations. */
    public static final int MAX_ROWS = 500;
    /** The most violations listed for one term and severity. */
    public static final int MAX_GROUP_ROWS = 100;
    /** The most violations listed under one step of the replay. */
    static final int MAX_STEP_ITEMS = 10;

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final String source;
    private final ExchangeRecord record;
    private final ValidationReport report;
    private final SortedMap<LocalDate, ReportChanges> replay;
    private final Map<String, Detainee> detainees = new HashMap<>();
    private final Map<String, String> batchAnchors = new HashMap<>();
    private final Map<String, String> detaineeAnchors = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(String source, ExchangeRecord record, ValidationReport report,
                       SortedMap<LocalDate, ReportChanges> replay) {
        this.source = source;
        this.record = record;
        this.report = report;
        this.replay = replay;
        record.detainees().forEach(d -> detainees.putIfAbsent(d.id(), d));
    }

    /**
     * The page of one scenario.
     *
     * @param source the name of the scenario file, shown on the page
     * @param record the record validated
     * @param report its report
     * @param replay the report's changes step by step, by date (may be empty)
     * @return the whole HTML document
     */
    public static String page(String source, ExchangeRecord record, ValidationReport report,
                              SortedMap<LocalDate, ReportChanges> replay) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(replay, "replay");
        return new HtmlReport(source, record, report, replay).write();
    }

    private String write() {
        Agreement a = record.agreement();
        String name = a.title().isBlank() ? a.id() : a.title();
        // the page's heading and title: the agreement's title, else its id
        chooseAnchors();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e("Parley report: " + name)).append("</title>\n")
                .append("<style>").append(Style.CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(e(name)).append("</h1>\n<p class=\"verdict ")
                .append(report.isCompliant() ? "ok" : "bad").append("\"><strong>")
                .append(report.isCompliant() ? "Compliant" : "Not compliant").append("</strong> as of ").append(report.asOf()).append(": ")
                .append(count(report.errors().size(), "error")).append(", ")
                .append(count(report.warnings().size(), "warning")).append(", ")
                .append(report.withSeverity(Severity.INFO).size()).append(" info; ")
                .append(count(report.obligations().size(), "obligation")).append(" still owed.</p>\n")
                .append("<nav aria-label=\"Sections\"><ul><li><a href=\"#agreement\">Agreement</a></li>")
                .append("<li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#remains\">Remains</a></li>")
                .append("<li><a href=\"#violations\">Violations</a></li><li><a href=\"#detainees\">Detainees</a></li>")
                .append("<li><a href=\"#over-time\">Over time</a></li><li><a href=\"#owed\">Still owed</a></li>")
                .append("</ul></nav>\n</header>\n<main>\n");
        agreement();
        new Timeline(out, record, report).write(batchAnchors);
        new RemainsTrack(out, record).write();
        violations();
        detaineeTable();
        overTime();
        obligations();
        out.append("</main>\n<footer><p>Written by Parley from ").append(e(source))
                .append(". Every figure comes from the record and the report of the rules.</p></footer>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    // ------------------------------------------------------------------ anchors

    /** Anchors for the rows shown: batches in the stage table, detainees in the detainee table. */
    private void chooseAnchors() {
        List<Batch> batches = Timeline.sortedBatches(record);
        for (int i = 0; i < Math.min(batches.size(), MAX_ROWS); i++) {
            batchAnchors.putIfAbsent(batches.get(i).id(), "b-" + i);
        }
        Set<String> concerned = new LinkedHashSet<>();
        for (List<Violation> group : groups().values()) {
            group.stream().limit(MAX_GROUP_ROWS).forEach(v -> v.subjects().stream()
                    .filter(detainees::containsKey).forEach(concerned::add));
        }
        report.obligations().stream().limit(MAX_ROWS)
                .forEach(o -> o.subjects().stream().filter(detainees::containsKey).forEach(concerned::add));
        int i = 0;
        for (String id : concerned) {
            if (i == MAX_ROWS) {
                break;
            }
            detaineeAnchors.put(id, "d-" + i++);
        }
    }

    /** A subject, linked to its row when it is a detainee or batch shown in a table. */
    private String subject(String id) {
        String anchor = detaineeAnchors.getOrDefault(id, batchAnchors.get(id));
        return anchor == null ? "<span class=\"id\">" + e(id) + "</span>"
                : "<a class=\"id\" href=\"#" + anchor + "\">" + e(id) + "</a>";
    }

    private String subjects(List<String> ids) {
        List<String> parts = new ArrayList<>(ids.size());
        ids.forEach(id -> parts.add(subject(id)));
        return String.join(", ", parts);
    }

    // ------------------------------------------------------------------ agreement

    private void agreement() {
        Agreement a = record.agreement();
        out.append("<section id=\"agreement\">\n<h2>The agreement</h2>\n<dl class=\"facts\">\n");
        definition("Id", e(a.id()));
        if (!a.title().isBlank() && !a.title().equals(a.id())) {
            definition("Title", e(a.title()));
        }
        List<String> parties = new ArrayList<>();
        for (Party p : a.parties()) {
            parties.add("<span class=\"id\">" + e(p.code()) + "</span> " + e(p.name()));
        }
        definition("Parties", String.join(" and ", parties));
        definition("Signed on", a.signedOn().toString());
        definition("Judged as of", report.asOf() + (a.asOf().isPresent() ? "" : " (the latest batch or remains date)"));
        definition("Time zone", e(a.timeZone().getId()));
        definition("Record", count(record.detainees().size(), "detainee") + ", " + count(record.batches().size(),
                "batch", "batches") + ", " + count(record.lists().size(), "list") + ", "
                + count(record.remains().size(), "remains handover"));
        out.append("</dl>\n<h3>Terms</h3>\n");
        if (a.terms().isEmpty()) {
            out.append("<p>The agreement lists no term: only the integrity of the record is checked.</p>\n");
        } else {
            out.append("<table class=\"terms\">\n<caption>Each term of the agreement and what it asks</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Term</th><th scope=\"col\">What it asks</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (Term t : a.terms()) {
                out.append("<tr><th scope=\"row\">").append(e(t.type())).append("</th><td>")
                        .append(e(TermWording.describe(t))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void definition(String term, String html) {
        out.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }

    // ------------------------------------------------------------------ violations

    /** The violations by term (integrity first, then the agreement's order, then others), then severity. */
    private Map<String, List<Violation>> groups() {
        List<String> order = new ArrayList<>();
        order.add("INTEGRITY");
        record.agreement().terms().forEach(t -> order.add(t.type()));
        Map<String, List<Violation>> byTerm = new TreeMap<>((x, y) -> {
            int i = order.indexOf(x);
            int j = order.indexOf(y);
            if (i >= 0 && j >= 0) {
                return Integer.compare(i, j);
            }
            return i >= 0 ? -1 : j >= 0 ? 1 : x.compareTo(y);
        });
        Map<String, List<Violation>> groups = new LinkedHashMap<>();
        report.violations().forEach(v -> byTerm.computeIfAbsent(v.term(), t -> new ArrayList<>()).add(v));
        for (Map.Entry<String, List<Violation>> term : byTerm.entrySet()) {
            for (Severity severity : Severity.values()) {
                List<Violation> group = term.getValue().stream().filter(v -> v.severity() == severity).toList();
                if (!group.isEmpty()) {
                    groups.put(term.getKey() + "\u0000" + severity, group);
                }
            }
        }
        return groups;
    }

    private void violations() {
        out.append("<section id=\"violations\">\n<h2>Violations</h2>\n");
        if (report.violations().isEmpty()) {
            out.append("<p>No violation: the record keeps every term.</p>\n</section>\n");
            return;
        }
        out.append("<p>").append(count(report.violations().size(), "violation"))
                .append(", grouped by term and severity; each id links to its row below.</p>\n");
        String term = null;
        for (Map.Entry<String, List<Violation>> group : groups().entrySet()) {
            String[] key = group.getKey().split("\u0000", 2);
            if (!key[0].equals(term)) {
                term = key[0];
                out.append("<h3>").append(e(term)).append("</h3>\n");
            }
            Severity severity = Severity.valueOf(key[1]);
            List<Violation> all = group.getValue();
            out.append("<table class=\"violations ").append(severity.name().toLowerCase(Locale.ROOT)).append("\">\n")
                    .append("<caption><span class=\"sev\">").append(severity).append("</span> ")
                    .append(count(all.size(), "violation")).append(" of ").append(e(term)).append("</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Severity</th>")
                    .append("<th scope=\"col\">Subjects</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
            for (Violation v : all.subList(0, Math.min(all.size(), MAX_GROUP_ROWS))) {
                out.append("<tr class=\"violation\"><td class=\"code\">").append(e(v.code()))
                        .append("</td><td class=\"severity\">").append(v.severity())
                        .append("</td><td class=\"subjects\">").append(subjects(v.subjects()))
                        .append("</td><td class=\"message\">").append(e(v.message())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            leftOut(all.size(), MAX_GROUP_ROWS, "violations of this term and severity");
        }
        out.append("</section>\n");
    }

    private void leftOut(int total, int shown, String what) {
        if (total > shown) {
            out.append("<p class=\"capped\">").append(String.format(Locale.ROOT, "%,d", total - shown)).append(" more ")
                    .append(what).append(" are not shown (").append(String.format(Locale.ROOT, "%,d", shown))
                    .append(" of ").append(String.format(Locale.ROOT, "%,d", total))
                    .append("); <code>--format json</code> lists them all.</p>\n");
        }
    }

    // ------------------------------------------------------------------ detainees

    private void detaineeTable() {
        out.append("<section id=\"detainees\">\n<h2>Detainees concerned</h2>\n");
        Map<String, String> held = new TreeMap<>();
        Map<String, Integer> byParty = new TreeMap<>();
        record.detainees().forEach(d -> byParty.merge(d.heldBy(), 1, Integer::sum));
        byParty.forEach((p, n) -> held.put(p, count(n, "detainee") + " held by " + p));
        out.append("<p>").append(e(held.isEmpty() ? "The record names no detainee."
                : "The record names " + String.join(", ", held.values()) + ".")).append("</p>\n");
        if (detaineeAnchors.isEmpty()) {
            out.append("<p>No violation or obligation names a detainee.</p>\n</section>\n");
            return;
        }
        Map<String, LocalDate> released = new HashMap<>();
        Map<String, String> releasedIn = new HashMap<>();
        for (Batch b : record.batches()) {
            for (Transfer t : b.transfers()) {
                LocalDate before = released.get(t.detainee());
                if (before == null || b.date().isBefore(before)) {
                    released.put(t.detainee(), b.date());
                    releasedIn.put(t.detainee(), b.id());
                }
            }
        }
        Map<String, Set<String>> codes = new HashMap<>();
        report.violations().forEach(v -> v.subjects().forEach(s -> codes.computeIfAbsent(s, k -> new LinkedHashSet<>())
                .add(v.code())));
        report.obligations().forEach(o -> o.subjects().forEach(s -> codes.computeIfAbsent(s, k -> new LinkedHashSet<>())
                .add("owed: " + o.kind())));
        out.append("<table class=\"detainees\">\n<caption>The detainees that violations and obligations name")
                .append("</caption>\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Name</th>")
                .append("<th scope=\"col\">Held by</th><th scope=\"col\">Returns to</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Born</th><th scope=\"col\">Condition</th><th scope=\"col\">Consent</th>")
                .append("<th scope=\"col\">First released</th><th scope=\"col\">Named by</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, String> row : detaineeAnchors.entrySet()) {
            Detainee d = detainees.get(row.getKey());
            String first = released.containsKey(d.id())
                    ? released.get(d.id()) + " in " + subject(releasedIn.get(d.id())) : "not released";
            out.append("<tr id=\"").append(row.getValue()).append("\"><th scope=\"row\" class=\"id\">").append(e(d.id()))
                    .append("</th><td>").append(e(d.name().orElse(""))).append("</td><td>").append(e(d.heldBy()))
                    .append("</td><td>").append(e(d.returnTo().orElse("(the other party)"))).append("</td><td>")
                    .append(d.status()).append("</td><td>").append(d.birthDate().map(Object::toString).orElse("unknown"))
                    .append("</td><td>").append(d.condition()).append("</td><td>").append(d.consent())
                    .append("</td><td>").append(first).append("</td><td>")
                    .append(e(String.join(", ", codes.getOrDefault(d.id(), Set.of())))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        long concerned = record.detainees().stream().filter(d -> codes.containsKey(d.id())).count();
        leftOut((int) concerned, detaineeAnchors.size(), "detainees named by violations or obligations");
        out.append("</section>\n");
    }

    // ------------------------------------------------------------------ over time

    private void overTime() {
        out.append("<section id=\"over-time\">\n<h2>Over time</h2>\n");
        if (replay.isEmpty()) {
            out.append("<p>No step to show.</p>\n</section>\n");
            return;
        }
        out.append("<p>The record played back date by date: what appeared and what was resolved at each step, ")
                .append("and how much was still owed after it.</p>\n")
                .append("<table class=\"steps\">\n<caption>Each step of the replay</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Date</th><th scope=\"col\">Judged as of</th>")
                .append("<th scope=\"col\">Appeared</th><th scope=\"col\">Resolved</th>")
                .append("<th scope=\"col\">Violations after</th><th scope=\"col\">Still owed after</th></tr></thead>\n")
                .append("<tbody>\n");
        int rows = 0;
        for (Map.Entry<LocalDate, ReportChanges> step : replay.entrySet()) {
            if (rows++ == MAX_ROWS) {
                break;
            }
            ReportChanges c = step.getValue();
            out.append("<tr class=\"step\"><th scope=\"row\">").append(step.getKey()).append("</th><td>")
                    .append(c.report().asOf()).append("</td><td>");
            changeList(c.appeared(), "+");
            out.append("</td><td>");
            changeList(c.resolved(), "\u2212");
            out.append("</td><td>").append(c.report().violations().size()).append("</td><td>")
                    .append(c.report().obligations().size()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        leftOut(replay.size(), Math.min(replay.size(), MAX_ROWS), "steps");
        out.append("</section>\n");
    }

    private void changeList(List<Violation> changes, String sign) {
        if (changes.isEmpty()) {
            out.append("none");
            return;
        }
        out.append(changes.size()).append("<ul class=\"changes\">");
        for (Violation v : changes.subList(0, Math.min(changes.size(), MAX_STEP_ITEMS))) {
            out.append("<li>").append(sign).append(' ').append(e(v.code())).append(" [")
                    .append(subjects(v.subjects())).append("]</li>");
        }
        if (changes.size() > MAX_STEP_ITEMS) {
            out.append("<li>and ").append(changes.size() - MAX_STEP_ITEMS).append(" more</li>");
        }
        out.append("</ul>");
    }

    // ------------------------------------------------------------------ obligations

    private void obligations() {
        List<Obligation> owed = report.obligations();
        out.append("<section id=\"owed\">\n<h2>Still owed as of ").append(report.asOf()).append("</h2>\n");
        if (owed.isEmpty()) {
            out.append("<p>Nothing is still owed: no term requires anything more as of this date.</p>\n</section>\n");
            return;
        }
        Map<String, Integer> byKind = new TreeMap<>();
        owed.forEach(o -> byKind.merge(o.kind() + " (" + o.term() + ")", 1, Integer::sum));
        List<String> kinds = new ArrayList<>();
        byKind.forEach((k, n) -> kinds.add(String.format(Locale.ROOT, "%,d", n) + " " + k));
        out.append("<p>").append(e(count(owed.size(), "obligation") + ": " + String.join(", ", kinds) + "."))
                .append("</p>\n<table class=\"obligations\">\n<caption>What each term still requires</caption>\n")
                .append("<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Term</th>")
                .append("<th scope=\"col\">Owed by</th><th scope=\"col\">Subjects</th><th scope=\"col\">Due</th>")
                .append("<th scope=\"col\">Count</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
        for (Obligation o : owed.subList(0, Math.min(owed.size(), MAX_ROWS))) {
            out.append("<tr class=\"obligation\"><td class=\"kind\">").append(e(o.kind()))
                    .append("</td><td class=\"term\">").append(e(o.term()))
                    .append("</td><td class=\"party\">").append(e(o.party().orElse("both")))
                    .append("</td><td class=\"subjects\">").append(subjects(o.subjects()))
                    .append("</td><td class=\"due\">").append(o.due().map(Object::toString).orElse("as soon as possible"))
                    .append("</td><td class=\"count\">")
                    .append(o.count().isPresent() ? Long.toString(o.count().getAsLong()) : "")
                    .append("</td><td class=\"message\">").append(e(o.message())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        leftOut(owed.size(), Math.min(owed.size(), MAX_ROWS), "obligations");
        out.append("</section>\n");
    }

    // ------------------------------------------------------------------ text

    static String e(String value) {
        return Html.escape(value);
    }

    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String noun, String plural) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : plural);
    }
}
