package org.parley.rules.examples.html;

import static org.parley.rules.examples.html.HtmlReport.count;
import static org.parley.rules.examples.html.HtmlReport.e;
import static org.parley.rules.examples.html.Timeline.LEFT;
import static org.parley.rules.examples.html.Timeline.RIGHT;
import static org.parley.rules.examples.html.Timeline.WIDTH;
import static org.parley.rules.examples.html.Timeline.fmt;
import static org.parley.rules.examples.html.Timeline.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;

/**
 * The remains track: the bodies handed over by each party, added up over time, against the
 * REMAINS term's commitment and deadline; inline SVG with a title, a description and the
 * table of handovers as its text alternative.
 */
final class RemainsTrack {

    private static final int HEIGHT = 200;
    private static final int TOP = 24;
    private static final int BOTTOM = 30;

    private final StringBuilder out;
    private final ExchangeRecord record;
    private final Optional<RemainsTerm> term;
    private final List<Remains> handovers;

    RemainsTrack(StringBuilder out, ExchangeRecord record) {
        this.out = out;
        this.record = record;
        this.term = record.agreement().terms().stream().filter(t -> t instanceof RemainsTerm)
                .map(t -> (RemainsTerm) t).findFirst();
        this.handovers = new ArrayList<>(record.remains());
        handovers.sort(Comparator.comparing(Remains::date).thenComparing(Remains::id));
    }

    void write() {
        out.append("<section id=\"remains\">\n<h2>Remains</h2>\n");
        if (term.isEmpty() && handovers.isEmpty()) {
            out.append("<p>The agreement has no REMAINS term and the record no handover of remains.</p>\n</section>\n");
            return;
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        record.agreement().parties().forEach(p -> totals.put(p.code(), 0L));
        List<Long> running = new ArrayList<>(handovers.size());
        for (Remains r : handovers) {
            long total = totals.merge(r.from(), (long) r.count(), Long::sum);
            running.add(total);
        }
        long max = Math.max(1, Math.max(term.map(t -> (long) t.commitment()).orElse(0L),
                totals.values().stream().mapToLong(Long::longValue).max().orElse(0)));
        List<LocalDate> dates = new ArrayList<>();
        dates.add(record.agreement().signedOn());
        dates.add(record.asOf());
        handovers.forEach(r -> dates.add(r.date()));
        term.ifPresent(t -> dates.add(t.completeBy()));
        Timeline.Axis axis = new Timeline.Axis(dates);
        int base = HEIGHT - BOTTOM;
        double scale = (base - TOP) / (max * 1.05);

        out.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"remains-title remains-desc\">\n")
                .append("<title id=\"remains-title\">Remains handed over, added up over time</title>\n")
                .append("<desc id=\"remains-desc\">").append(e(description(totals))).append("</desc>\n")
                .append("<rect class=\"lane\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(base - TOP).append("\"/>\n")
                .append("<text x=\"4\" y=\"").append(TOP + 10).append("\">").append(String.format("%,d", max))
                .append(" bodies</text><text x=\"4\" y=\"").append(base).append("\">0</text>\n");
        term.ifPresent(t -> {
            double y = base - t.commitment() * scale;
            double x = axis.x(t.completeBy());
            out.append("<g class=\"commitment-mark\"><title>").append(e(t.from() + " committed to " + t.commitment()
                            + " bodies by " + t.completeBy())).append("</title>")
                    .append(line(LEFT, y, WIDTH - RIGHT, y, "commitment"))
                    .append(line(x, TOP, x, base, "deadline")).append(Timeline.label(x, (int) Math.max(TOP + 10, y - 4))).append(e("commitment " + t.commitment()
                            + " by " + t.completeBy())).append("</text></g>\n");
        });
        for (String from : totals.keySet()) {
            StringBuilder path = new StringBuilder("M" + fmt(LEFT) + " " + base);
            long sum = 0;
            for (int i = 0; i < handovers.size(); i++) {
                Remains r = handovers.get(i);
                if (!r.from().equals(from)) {
                    continue;
                }
                double x = axis.x(r.date());
                path.append(" H").append(fmt(x));
                sum = running.get(i);
                path.append(" V").append(fmt(base - sum * scale));
            }
            if (sum == 0) {
                continue;
            }
            path.append(" H").append(fmt(axis.x(record.asOf())));
            out.append("<path class=\"handed\" d=\"").append(path).append("\"><title>").append(e(from
                    + " handed over " + count(sum, "body", "bodies") + " in all")).append("</title></path>\n");
        }
        for (int i = 0; i < handovers.size(); i++) {
            Remains r = handovers.get(i);
            out.append("<circle class=\"handover\" cx=\"").append(fmt(axis.x(r.date()))).append("\" cy=\"")
                    .append(fmt(base - running.get(i) * scale)).append("\" r=\"3.5\"><title>")
                    .append(e(r.id() + ", " + r.date() + ": " + r.from() + " handed over " + count(r.count(), "body",
                            "bodies") + " to " + r.to() + " (" + running.get(i) + " in all)")).append("</title></circle>\n");
        }
        double asOf = axis.x(record.asOf());
        out.append(line(asOf, TOP, asOf, base, "asof")).append('\n');
        axis.draw(out, base);
        out.append("</svg>\n<figcaption class=\"legend\"><span>blue: bodies handed over, added up</span>")
                .append("<span>red dashes: commitment and its deadline</span><span>black line: judged as of</span>")
                .append("</figcaption>\n</figure>\n");
        table(running);
        out.append("</section>\n");
    }

    private String description(Map<String, Long> totals) {
        StringBuilder s = new StringBuilder();
        term.ifPresent(t -> s.append(t.from()).append(" committed to hand over ").append(t.commitment())
                .append(" bodies by ").append(t.completeBy()).append(". "));
        totals.forEach((p, n) -> s.append(p).append(" handed over ").append(count(n, "body", "bodies")).append(". "));
        s.append(count(handovers.size(), "handover")).append(" in all; the table below lists them.");
        return s.toString();
    }

    private void table(List<Long> running) {
        if (handovers.isEmpty()) {
            out.append("<p>No remains were handed over.</p>\n");
            return;
        }
        out.append("<table class=\"handovers\">\n<caption>Every handover of remains: the chart's data</caption>\n")
                .append("<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Id</th><th scope=\"col\">From</th>")
                .append("<th scope=\"col\">To</th><th scope=\"col\">Bodies</th><th scope=\"col\">In all from that party")
                .append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < Math.min(handovers.size(), HtmlReport.MAX_ROWS); i++) {
            Remains r = handovers.get(i);
            out.append("<tr><td>").append(r.date()).append("</td><th scope=\"row\" class=\"id\">").append(e(r.id()))
                    .append("</th><td>").append(e(r.from())).append("</td><td>").append(e(r.to())).append("</td><td>")
                    .append(r.count()).append("</td><td>").append(running.get(i)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (handovers.size() > HtmlReport.MAX_ROWS) {
            out.append("<p class=\"capped\">").append(handovers.size() - HtmlReport.MAX_ROWS)
                    .append(" more handovers are not shown.</p>\n");
        }
    }
}
