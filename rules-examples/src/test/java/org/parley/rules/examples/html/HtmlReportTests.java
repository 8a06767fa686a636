package org.parley.rules.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.Severity;
import org.parley.rules.model.Transfer;

class HtmlReportTests {

    private static final Validator VALIDATOR = Validators.newValidator();
    private static final LocalDate SIGNED = LocalDate.of(2025, 6, 2);

    /** Values that would open markup or script if they reached the page unescaped. */
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "</style><script>alert(3)</script>",
            "<svg onload=alert(4)><foreignObject><iframe src=javascript:alert(5)>",
            "' onmouseover='alert(6)",
            "</title></desc><script>alert(7)</script>",
            "<!-- --><a href=\"http://evil.example/\">x</a>");

    private static String page(ExchangeRecord record) {
        ValidationReport report = VALIDATOR.validate(record);
        return HtmlReport.page("hostile <file>.json", record, report, new TreeMap<>());
    }

    @Test
    void hostileIdsNamesAndMessages_injectNoMarkupNorScript() {
        List<Detainee> detainees = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        for (String h : HOSTILE) {
            detainees.add(Detainee.of(h, "RU").withName(h).withCondition(Condition.SERIOUSLY_WOUNDED));
            transfers.add(Transfer.of("unknown " + h, Basis.OTHER));
        }
        Agreement agreement = new Agreement(HOSTILE.get(5), HOSTILE.get(2), SIGNED,
                List.of(new Party("UA", HOSTILE.get(1)), new Party("RU", HOSTILE.get(0))), java.time.ZoneOffset.UTC,
                java.util.Optional.of(LocalDate.of(2025, 6, 30)),
                List.of(new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), LocalDate.of(2025, 6, 20)),
                        new CadenceTerm(Schedule.of(List.of(LocalDate.of(2025, 6, 9))), Severity.WARNING),
                        new RemainsTerm("RU", 10, LocalDate.of(2025, 7, 20))));
        ExchangeRecord record = ExchangeRecord.of(agreement).withDetainees(detainees)
                .withBatches(List.of(Batch.of(HOSTILE.get(3), LocalDate.of(2025, 6, 10), transfers)))
                .withRemains(List.of(new Remains(HOSTILE.get(4), LocalDate.of(2025, 6, 11), "RU", "UA", 3)));

        String html = page(record);
        Document doc = Jsoup.parse(html);

        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : List.of("<script", "<img", "<iframe", "<foreignobject", "<svg onload", "<!--", "</style><")) {
            assertThat(lower).as("raw page").doesNotContain(tag);
        }
        assertThat(doc.select("script, img, iframe, object, embed, foreignObject, link, base, form")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.selectFirst("style").data()).isEqualTo(Style.CSS);
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", el.tagName()).doesNotStartWith("on");
                if (Set.of("href", "src", "xlink:href", "action", "formaction").contains(a.getKey())) {
                    assertThat(a.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
                }
                if (a.getKey().equals("href")) {
                    assertThat(a.getValue()).startsWith("#");
                }
            }
        }
        assertThat(doc.select("a[href]")).allSatisfy(a ->
                assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull());
        String text = doc.text();
        for (String h : HOSTILE) {
            assertThat(text).as("shown as text").contains(h.replaceAll("\\s+", " ").strip());
        }
        assertThat(doc.title()).isEqualTo("Parley report: " + HOSTILE.get(2));
        assertThat(doc.select("tr.violation td.code").eachText()).contains("ALL_FOR_ALL", "UNKNOWN_DETAINEE");
        assertThat(doc.select("g.mark")).hasSize(2);
        assertThat(doc.select("g.mark").eachAttr("data-batch")).containsOnly(HOSTILE.get(3));
    }

    @Test
    void controlCharactersAndLoneSurrogates_becomeReplacementCharacters() {
        assertThat(Html.escape("a\u0000b\u0007c\tn\n\uD800d\uFFFEe\uD83D\uDE00&<>\"'"))
                .isEqualTo("a\uFFFDb\uFFFDc\tn\n\uFFFDd\uFFFDe\uD83D\uDE00&amp;&lt;&gt;&quot;&#39;");
    }

    @Test
    void timeline_hasOneMarkPerStageAndSide_andMarksMissedAndUnscheduledStages() {
        Agreement agreement = Agreement.of("ag", SIGNED, new Party("UA", "Ukraine"), new Party("RU", "Russia"),
                new CadenceTerm(Schedule.daily(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 11)), Severity.WARNING))
                .withAsOf(LocalDate.of(2025, 6, 12));
        ExchangeRecord record = ExchangeRecord.of(agreement)
                .withDetainees(List.of(Detainee.of("UA-1", "RU"), Detainee.of("UA-2", "RU"), Detainee.of("RU-1", "UA")))
                .withBatches(List.of(
                        Batch.of("B1", LocalDate.of(2025, 6, 9), Transfer.of("UA-1", Basis.OTHER),
                                Transfer.of("UA-2", Basis.OTHER), Transfer.of("RU-1", Basis.OTHER)),
                        Batch.of("B2", LocalDate.of(2025, 6, 11)),
                        Batch.of("B3", LocalDate.of(2025, 6, 12))));

        Document doc = Jsoup.parse(page(record));

        assertThat(doc.select("g.mark")).extracting(m -> m.attr("data-batch") + "/" + m.attr("data-party")
                + (m.hasClass("unscheduled") ? " unscheduled" : "") + ": " + m.selectFirst("title").text())
                .containsExactly(
                        "B1/UA: B1, 2025-06-09: UA released 1 detainee",
                        "B2/UA: B2, 2025-06-11: UA released 0 detainees",
                        "B3/UA unscheduled: B3, 2025-06-12: UA released 0 detainees (not on the schedule)",
                        "B1/RU: B1, 2025-06-09: RU released 2 detainees",
                        "B2/RU: B2, 2025-06-11: RU released 0 detainees",
                        "B3/RU unscheduled: B3, 2025-06-12: RU released 0 detainees (not on the schedule)");
        assertThat(doc.select("g.missed-date").eachAttr("data-date")).containsExactly("2025-06-10");
        assertThat(doc.select("svg[role=img]")).allSatisfy(svg -> {
            assertThat(svg.attr("aria-labelledby")).isNotBlank();
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(doc.getElementById(id)).as(id).isNotNull();
            }
        });
        assertThat(doc.getElementById("timeline-desc").text()).isEqualTo("3 stages from 2025-06-09 to 2025-06-12. "
                + "UA released 1 detainee. RU released 2 detainees. 3 scheduled dates from 2025-06-09 to 2025-06-11, "
                + "1 missed; 1 stage not on the schedule. Judged as of 2025-06-12. The table below lists every stage.");
        assertThat(doc.select("table.stages tbody tr")).extracting(Element::text).containsExactly(
                "2025-06-09 B1 1 2 yes no", "2025-06-11 B2 0 0 yes no", "2025-06-12 B3 0 0 no no");
        assertThat(doc.select("th[scope]")).isNotEmpty();
        assertThat(doc.select("th:not([scope])")).isEmpty();
    }

    @Test
    void tablesCapAndSayHowManyTheyLeaveOut() {
        List<Detainee> detainees = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            detainees.add(Detainee.of(String.format("UA-%04d", i), "RU").withCondition(Condition.SERIOUSLY_ILL));
        }
        Agreement agreement = Agreement.of("ag", SIGNED, new Party("UA", "Ukraine"), new Party("RU", "Russia"),
                new AllForAllTerm(Set.of(Category.SERIOUSLY_ILL), LocalDate.of(2025, 6, 20)))
                .withAsOf(LocalDate.of(2025, 6, 20));

        Document doc = Jsoup.parse(page(ExchangeRecord.of(agreement).withDetainees(detainees)));

        assertThat(doc.select("tr.violation")).hasSize(HtmlReport.MAX_GROUP_ROWS);
        assertThat(doc.select("#violations p.capped").text()).isEqualTo("1,100 more violations of this term and "
                + "severity are not shown (100 of 1,200); --format json lists them all.");
        assertThat(doc.select("table.detainees tbody tr")).hasSize(HtmlReport.MAX_GROUP_ROWS);
        assertThat(doc.select("#detainees p.capped").text()).isEqualTo("1,100 more detainees named by violations or "
                + "obligations are not shown (100 of 1,200); --format json lists them all.");
        assertThat(doc.select("#violations > p").first().text())
                .isEqualTo("1,200 violations, grouped by term and severity; each id links to its row below.");
    }

    @Test
    void agreement_givesEachTermWithItsParametersInWords() {
        Agreement agreement = Agreement.of("ag", SIGNED, new Party("UA", "Ukraine"), new Party("RU", "Russia"),
                new AllForAllTerm(Set.of(Category.SERIOUSLY_ILL, Category.CIVILIAN), LocalDate.of(2025, 6, 20)),
                new RemainsTerm("RU", 6000, LocalDate.of(2025, 6, 16)));

        Document doc = Jsoup.parse(page(ExchangeRecord.of(agreement)));

        assertThat(doc.select("table.terms tbody tr")).extracting(Element::text).containsExactly(
                "ALL_FOR_ALL Every detainee who is CIVILIAN, SERIOUSLY_ILL is released no later than 2025-06-20, "
                        + "whatever the other side releases (unless they declined repatriation).",
                "REMAINS RU hands over the remains of at least 6000 people no later than 2025-06-16.");
        assertThat(doc.select("dl.facts dt").eachText()).containsExactly("Id", "Parties", "Signed on", "Judged as of",
                "Time zone", "Record");
        assertThat(doc.select("#owed tr.obligation td.kind").eachText()).containsExactly("REMAINS");
    }
}
