package org.parley.rules.examples.html;

import static org.parley.rules.examples.html.HtmlReport.count;
import static org.parley.rules.examples.html.HtmlReport.e;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;

/**
 * The stages of the exchange per side against the schedule, as inline SVG with a text
 * alternative (a title, a description and the table of stages): a mark per stage and side
 * whose height is the number released, the scheduled dates, the missed ones crossed, the
 * unscheduled stages in another colour, the completeBy deadlines, the signing and judging dates.
 */
final class Timeline {

    /** The most stages drawn; the table and the description count them all. */
    static final int MAX_STAGES = 2_000;

    static final int WIDTH = 960;
    static final int LEFT = 120;
    static final int RIGHT = 16;
    static final int TOP = 34;
    private static final int SCHEDULE_LANE = 26;
    private static final int LANE = 78;
    private static final int AXIS = 30;

    private final StringBuilder out;
    private final ExchangeRecord record;
    private final ValidationReport report;
    private final List<String> parties;
    private final List<Batch> batches;
    private final Map<String, Map<String, Integer>> released = new HashMap<>();
    private final Set<String> unscheduled = new HashSet<>();
    private final Set<LocalDate> missed = new TreeSet<>();
    private final List<LocalDate> schedule;
    private final Axis axis;

    Timeline(StringBuilder out, ExchangeRecord record, ValidationReport report) {
        this.out = out;
        this.record = record;
        this.report = report;
        this.parties = record.agreement().parties().stream().map(Party::code).toList();
        this.batches = sortedBatches(record);
        Map<String, Detainee> detainees = new HashMap<>();
        record.detainees().forEach(d -> detainees.putIfAbsent(d.id(), d));
        for (Batch b : batches) {
            Map<String, Set<String>> byParty = new HashMap<>();
            for (Transfer t : b.transfers()) {
                Detainee d = detainees.get(t.detainee());
                if (d != null) {
                    byParty.computeIfAbsent(d.heldBy(), p -> new HashSet<>()).add(d.id());
                }
            }
            Map<String, Integer> counts = new HashMap<>();
            byParty.forEach((p, ids) -> counts.put(p, ids.size()));
            released.putIfAbsent(b.id(), counts);
        }
        for (Violation v : report.violations()) {
            if (v.code().equals("CADENCE_UNSCHEDULED") && !v.subjects().isEmpty()) {
                unscheduled.add(v.subjects().get(0));
            }
            if (v.code().equals("CADENCE_MISSED") && !v.subjects().isEmpty()) {
                try {
                    missed.add(LocalDate.parse(v.subjects().get(0)));
                } catch (java.time.format.DateTimeParseException ignored) {
                    // a rule author's own CADENCE_MISSED with another subject: nothing to draw
                }
            }
        }
        this.schedule = record.agreement().terms().stream().filter(t -> t instanceof CadenceTerm)
                .map(t -> ((CadenceTerm) t).schedule().dates()).findFirst().orElse(List.of());
        List<LocalDate> dates = new ArrayList<>(schedule);
        dates.add(record.agreement().signedOn());
        dates.add(report.asOf());
        batches.forEach(b -> dates.add(b.date()));
        record.remains().forEach(r -> dates.add(r.date()));
        deadlines().keySet().forEach(dates::add);
        this.axis = new Axis(dates);
    }

    /** The batches by date, then id. */
    static List<Batch> sortedBatches(ExchangeRecord record) {
        List<Batch> sorted = new ArrayList<>(record.batches());
        sorted.sort(Comparator.comparing(Batch::date).thenComparing(Batch::id));
        return sorted;
    }

    /** The completeBy dates of the agreement's terms, with what is due then. */
    private Map<LocalDate, String> deadlines() {
        Map<LocalDate, String> deadlines = new TreeMap<>();
        for (Term t : record.agreement().terms()) {
            if (t instanceof AllForAllTerm a) {
                deadlines.merge(a.completeBy(), "all for all", (x, y) -> x + ", " + y);
            } else if (t instanceof RemainsTerm r) {
                deadlines.merge(r.completeBy(), "remains", (x, y) -> x + ", " + y);
            }
        }
        return deadlines;
    }

    void write(Map<String, String> batchAnchors) {
        int height = TOP + (schedule.isEmpty() ? 0 : SCHEDULE_LANE) + LANE * parties.size() + AXIS;
        out.append("<section id=\"timeline\">\n<h2>Timeline of the stages</h2>\n");
        out.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">\n")
                .append("<title id=\"timeline-title\">Stages of the exchange per side, against the schedule</title>\n")
                .append("<desc id=\"timeline-desc\">").append(e(description())).append("</desc>\n");
        int y = TOP;
        if (!schedule.isEmpty()) {
            scheduleLane(y);
            y += SCHEDULE_LANE;
        }
        int max = 1;
        for (Map<String, Integer> counts : released.values()) {
            for (int n : counts.values()) {
                max = Math.max(max, n);
            }
        }
        Map<LocalDate, List<Batch>> byDate = new TreeMap<>();
        batches.stream().limit(MAX_STAGES).forEach(b -> byDate.computeIfAbsent(b.date(), d -> new ArrayList<>()).add(b));
        for (String party : parties) {
            lane(y, party, max, byDate);
            y += LANE;
        }
        lines(TOP - 4, y);
        axis.draw(out, y);
        out.append("</svg>\n<figcaption class=\"legend\">")
                .append("<span><span class=\"swatch\" style=\"background:#1d4f91\"></span>released in a scheduled stage</span>")
                .append("<span><span class=\"swatch\" style=\"background:#7a4a00\"></span>released in an unscheduled stage</span>")
                .append("<span><span class=\"swatch\" style=\"border:1px solid #1d4f91\"></span>no one released</span>")
                .append("<span>\u00d7 scheduled date missed</span><span>red dashes: completeBy deadline</span>")
                .append("<span>black line: judged as of</span></figcaption>\n</figure>\n");
        if (batches.size() > MAX_STAGES) {
            out.append("<p class=\"capped\">The chart draws the first ").append(MAX_STAGES).append(" of ")
                    .append(batches.size()).append(" stages.</p>\n");
        }
        stageTable(batchAnchors);
        out.append("</section>\n");
    }

    private String description() {
        StringBuilder s = new StringBuilder();
        if (batches.isEmpty()) {
            s.append("No stage took place. ");
        } else {
            s.append(count(batches.size(), "stage")).append(" from ").append(batches.get(0).date()).append(" to ")
                    .append(batches.get(batches.size() - 1).date()).append(". ");
        }
        for (String party : parties) {
            int total = 0;
            for (Map<String, Integer> counts : released.values()) {
                total += counts.getOrDefault(party, 0);
            }
            s.append(party).append(" released ").append(count(total, "detainee")).append(". ");
        }
        if (!schedule.isEmpty()) {
            s.append(count(schedule.size(), "scheduled date")).append(" from ").append(schedule.get(0)).append(" to ")
                    .append(schedule.get(schedule.size() - 1)).append(", ").append(missed.size()).append(" missed; ")
                    .append(count(unscheduled.size(), "stage")).append(" not on the schedule. ");
        }
        deadlines().forEach((d, what) -> s.append("Deadline (").append(what).append("): ").append(d).append(". "));
        s.append("Judged as of ").append(report.asOf()).append(". The table below lists every stage.");
        return s.toString();
    }

    private void scheduleLane(int y) {
        out.append("<g class=\"schedule-lane\"><rect class=\"lane\" x=\"").append(LEFT).append("\" y=\"").append(y)
                .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(SCHEDULE_LANE - 4)
                .append("\"/><text x=\"4\" y=\"").append(y + 15).append("\">Schedule</text>\n");
        double w = Math.max(2, Math.min(axis.day * 0.6, 14));
        for (LocalDate d : schedule) {
            double x = axis.x(d);
            if (missed.contains(d)) {
                out.append("<g class=\"missed-date\" data-date=\"").append(d).append("\"><title>").append(d)
                        .append(": scheduled, no stage took place</title>")
                        .append(line(x - 6, y + 3, x + 6, y + 17, "missed"))
                        .append(line(x - 6, y + 17, x + 6, y + 3, "missed")).append("</g>\n");
            } else {
                out.append("<rect class=\"scheduled\" x=\"").append(fmt(x - w / 2)).append("\" y=\"").append(y + 6)
                        .append("\" width=\"").append(fmt(w)).append("\" height=\"10\"><title>").append(d)
                        .append(": scheduled</title></rect>\n");
            }
        }
        out.append("</g>\n");
    }

    private void lane(int y, String party, int max, Map<LocalDate, List<Batch>> byDate) {
        int base = y + LANE - 10;
        int room = LANE - 24;
        out.append("<g class=\"lane-of\" data-party=\"").append(e(party)).append("\"><rect class=\"lane\" x=\"")
                .append(LEFT).append("\" y=\"").append(y).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
                .append("\" height=\"").append(LANE - 6).append("\"/><text x=\"4\" y=\"").append(y + LANE / 2)
                .append("\">Released by ").append(e(party)).append("</text><text x=\"4\" y=\"").append(y + LANE / 2 + 14)
                .append("\">(max ").append(max).append(")</text>\n");
        for (Map.Entry<LocalDate, List<Batch>> day : byDate.entrySet()) {
            List<Batch> onDay = day.getValue();
            double slot = Math.max(2, Math.min(axis.day * 0.8, 28 * onDay.size())) / onDay.size();
            double start = axis.x(day.getKey()) - slot * onDay.size() / 2;
            for (int i = 0; i < onDay.size(); i++) {
                Batch b = onDay.get(i);
                int n = released.get(b.id()).getOrDefault(party, 0);
                double h = n == 0 ? 3 : Math.max(3, room * (double) n / max);
                double x = start + i * slot + Math.min(1, slot * 0.1);
                double w = Math.max(1.5, slot - 2 * Math.min(1, slot * 0.1));
                out.append("<g class=\"mark").append(unscheduled.contains(b.id()) ? " unscheduled" : "")
                        .append("\" data-batch=\"").append(e(b.id())).append("\" data-party=\"").append(e(party))
                        .append("\"><title>").append(e(b.id() + ", " + b.date() + ": " + party + " released "
                                + count(n, "detainee") + (b.unilateral() ? " (unilateral)" : "")
                                + (unscheduled.contains(b.id()) ? " (not on the schedule)" : "")))
                        .append("</title><rect class=\"bar").append(n == 0 ? " none" : "").append("\" x=\"")
                        .append(fmt(x)).append("\" y=\"").append(fmt(base - h)).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(fmt(h)).append("\"/></g>\n");
            }
        }
        out.append("</g>\n");
    }

    private void lines(int top, int bottom) {
        LocalDate signed = record.agreement().signedOn();
        out.append("<g class=\"dates\">");
        out.append("<g><title>signed on ").append(signed).append("</title>")
                .append(line(axis.x(signed), top, axis.x(signed), bottom, "signed")).append("</g>");
        for (Map.Entry<LocalDate, String> d : deadlines().entrySet()) {
            double x = axis.x(d.getKey());
            out.append("<g class=\"deadline-mark\" data-date=\"").append(d.getKey()).append("\"><title>completeBy ")
                    .append(d.getKey()).append(" (").append(d.getValue()).append(")</title>")
                    .append(line(x, top, x, bottom, "deadline")).append(label(x, top + 8)).append(d.getValue()).append(" by ")
                    .append(d.getKey()).append("</text></g>");
        }
        double x = axis.x(report.asOf());
        out.append("<g><title>judged as of ").append(report.asOf()).append("</title>")
                .append(line(x, top - 14, x, bottom, "asof")).append(label(x, top - 8)).append("as of ")
                .append(report.asOf()).append("</text></g></g>\n");
    }

    /** The start of a label beside a vertical line: to its right, or to its left near the right edge. */
    static String label(double x, int y) {
        boolean left = x > WIDTH - 170;
        return "<text x=\"" + fmt(left ? x - 3 : x + 3) + "\" y=\"" + y + "\"" + (left ? " text-anchor=\"end\"" : "")
                + ">";
    }

    private void stageTable(Map<String, String> batchAnchors) {
        if (batches.isEmpty()) {
            return;
        }
        Set<LocalDate> scheduled = new HashSet<>(schedule);
        out.append("<table class=\"stages\">\n<caption>Every stage: the chart's data</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Date</th><th scope=\"col\">Batch</th>");
        for (String party : parties) {
            out.append("<th scope=\"col\">Released by ").append(e(party)).append("</th>");
        }
        out.append("<th scope=\"col\">On the schedule</th><th scope=\"col\">Unilateral</th></tr></thead>\n<tbody>\n");
        for (Batch b : batches.subList(0, Math.min(batches.size(), HtmlReport.MAX_ROWS))) {
            String anchor = batchAnchors.get(b.id());
            out.append("<tr").append(anchor == null ? "" : " id=\"" + anchor + "\"").append("><td>").append(b.date())
                    .append("</td><th scope=\"row\" class=\"id\">").append(e(b.id())).append("</th>");
            for (String party : parties) {
                out.append("<td>").append(released.get(b.id()).getOrDefault(party, 0)).append("</td>");
            }
            out.append("<td>").append(schedule.isEmpty() ? "no schedule" : unscheduled.contains(b.id())
                            || !scheduled.contains(b.date()) ? "no" : "yes")
                    .append("</td><td>").append(b.unilateral() ? "yes" : "no").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (batches.size() > HtmlReport.MAX_ROWS) {
            out.append("<p class=\"capped\">").append(batches.size() - HtmlReport.MAX_ROWS)
                    .append(" more stages are not shown.</p>\n");
        }
    }

    static String line(double x1, double y1, double x2, double y2, String css) {
        return "<line class=\"" + css + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\"/>";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Days on the horizontal axis, from the earliest date to the latest, a day per slot. */
    static final class Axis {
        final LocalDate first;
        final long days;
        final double day;

        Axis(List<LocalDate> dates) {
            this.first = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
            this.days = ChronoUnit.DAYS.between(first, last) + 1;
            this.day = (double) (WIDTH - LEFT - RIGHT) / days;
        }

        double x(LocalDate date) {
            return LEFT + (ChronoUnit.DAYS.between(first, date) + 0.5) * day;
        }

        void draw(StringBuilder out, int y) {
            out.append("<g class=\"axis-dates\">").append(line(LEFT, y, WIDTH - RIGHT, y, "axis"));
            long step = Math.max(1, (days + 9) / 10);
            for (long i = 0; i < days; i += step) {
                LocalDate d = first.plusDays(i);
                double x = x(d);
                out.append(line(x, y, x, y + 4, "axis")).append("<text x=\"").append(fmt(x - 16)).append("\" y=\"")
                        .append(y + 16).append("\">").append(d.toString().substring(5)).append("</text>");
            }
            out.append("<text x=\"4\" y=\"").append(y + 16).append("\">").append(first.getYear()).append("</text></g>\n");
        }
    }
}
