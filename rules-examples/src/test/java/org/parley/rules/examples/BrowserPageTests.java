package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.rules.Obligation;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import java.time.LocalDate;
import java.util.TreeMap;
import org.parley.rules.examples.html.HtmlReport;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.Transfer;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;

/**
 * Each bundled scenario's page, written by {@code validate --format html}, rendered in
 * headless Chromium and checked from the DOM the browser built. With no Chromium these
 * tests are skipped with one line saying how to install it, unless
 * {@code -Dparley.browser.required=true} (CI) makes that a failure. The screenshots go to
 * {@code target/screenshots}, or to the folder {@code -Dparley.screenshots=DIR} names.
 */
class BrowserPageTests {

    private static final Path SCENARIOS = Path.of("src/main/resources/scenarios");
    private static final Path PAGES = Path.of("target/browser-pages");
    private static final Validator VALIDATOR = Validators.newValidator();
    private static final ScenarioReader READER = new ScenarioReader();
    private static HeadlessChromium chromium;

    @BeforeAll
    static void findChromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            if (Boolean.getBoolean("parley.browser.required")) {
                Assertions.fail("-Dparley.browser.required=true, but " + HeadlessChromium.HOW_TO_INSTALL);
            }
            System.err.println(HeadlessChromium.HOW_TO_INSTALL);
            Assumptions.abort(HeadlessChromium.HOW_TO_INSTALL);
        }
        chromium = found.get();
    }

    static Stream<String> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledScenarios")
    void pageOfEachBundledScenario_rendersCleanlyAndShowsWhatTheApiReports(String name) throws Exception {
        Path scenario = SCENARIOS.resolve(name);
        Path page = PAGES.resolve(name.replace(".json", ".html")).toAbsolutePath();
        Files.createDirectories(page.getParent());
        CommandRun run = CommandRun.of("validate", scenario.toString(), "--format", "html", "--output", page.toString());
        assertThat(run.err).isEmpty();
        assertThat(run.out).isEmpty();
        ExchangeRecord record = READER.read(Files.readAllBytes(scenario));
        ValidationReport report = VALIDATOR.validate(record);
        assertThat(run.status).isEqualTo(report.isCompliant() ? 0 : 1);

        HeadlessChromium.Rendered rendered = chromium.render(page);
        Document dom = Jsoup.parse(rendered.dom());

        assertThat(rendered.console()).as("console messages").isEmpty();
        assertLoadsNothing(dom);
        assertThat(dom.select("h1")).hasSize(1);
        assertThat(dom.select("h2").eachText()).containsExactly("The agreement", "Timeline of the stages", "Remains",
                "Violations", "Detainees concerned", "Over time", "Still owed as of " + report.asOf());
        assertOneMarkPerStageAndSide(dom, record);
        assertThat(dom.select("tr.violation")).extracting(BrowserPageTests::violationRow)
                .containsExactlyInAnyOrderElementsOf(report.violations().stream().map(BrowserPageTests::row).toList());
        assertThat(dom.select("tr.obligation")).extracting(BrowserPageTests::obligationRow)
                .containsExactlyElementsOf(report.obligations().stream().map(BrowserPageTests::row).toList());
        assertThat(dom.select("svg[role=img] > title")).hasSizeGreaterThanOrEqualTo(1);

        Path screenshots = Path.of(System.getProperty("parley.screenshots", "target/screenshots"));
        chromium.screenshot(page, screenshots.resolve(name.replace(".json", ".png")), 1100, 2400);
    }

    /** No element that loads anything, no address but the page's own anchors, no url() in any style. */
    private static void assertLoadsNothing(Document dom) {
        assertThat(dom.select("script, link, img, iframe, object, embed, video, audio, source, base")).isEmpty();
        assertThat(dom.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        for (Element el : dom.getAllElements()) {
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as("<%s>", el.tagName()).isNotIn("src", "srcset", "xlink:href", "action", "poster")
                        .doesNotStartWith("on");
                if (key.equals("href")) {
                    assertThat(a.getValue()).startsWith("#");
                }
                if (key.equals("style")) {
                    assertThat(a.getValue()).doesNotContain("url(");
                }
            }
        }
        assertThat(dom.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    }

    private static void assertOneMarkPerStageAndSide(Document dom, ExchangeRecord record) {
        List<String> expected = new ArrayList<>();
        for (Party party : record.agreement().parties()) {
            for (Batch b : record.batches()) {
                expected.add(b.id() + "/" + party.code());
            }
        }
        List<String> marks = dom.select("g.mark").stream().map(m -> m.attr("data-batch") + "/" + m.attr("data-party"))
                .toList();
        assertThat(marks).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new HashSet<>(marks)).hasSameSizeAs(marks);
    }

    private static List<String> violationRow(Element tr) {
        return tr.select("td").stream().map(Element::text).toList();
    }

    private static List<String> row(Violation v) {
        return List.of(v.code(), v.severity().name(), String.join(", ", v.subjects()), v.message());
    }

    private static List<String> obligationRow(Element tr) {
        return tr.select("td").stream().map(Element::text).toList();
    }

    private static List<String> row(Obligation o) {
        return List.of(o.kind(), o.term(), o.party().orElse("both"), String.join(", ", o.subjects()),
                o.due().map(Object::toString).orElse("as soon as possible"),
                o.count().isPresent() ? Long.toString(o.count().getAsLong()) : "", o.message());
    }

    @org.junit.jupiter.api.Test
    void hostileIds_runNoScriptAndBuildNoElementInTheBrowser() throws Exception {
        List<String> hostile = List.of("<script>console.error('injected')</script>", "\"><img src=x onerror=alert(1)>",
                "</style><script>alert(2)</script>", "<svg onload=alert(3)>", "</title><iframe src=about:blank>");
        List<Detainee> detainees = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        for (String h : hostile) {
            detainees.add(Detainee.of(h, "RU").withName(h));
            transfers.add(Transfer.of(h, Basis.OTHER));
            transfers.add(Transfer.of("unknown " + h, Basis.OTHER));
        }
        ExchangeRecord record = ExchangeRecord.of(Agreement.of(hostile.get(0), LocalDate.of(2025, 6, 2),
                        new Party("UA", hostile.get(1)), new Party("RU", hostile.get(2))))
                .withDetainees(detainees)
                .withBatches(List.of(Batch.of(hostile.get(3), LocalDate.of(2025, 6, 9), transfers)));
        ValidationReport report = VALIDATOR.validate(record);
        Path page = PAGES.resolve("hostile.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, HtmlReport.page(hostile.get(4), record, report, new TreeMap<>()), StandardCharsets.UTF_8);

        HeadlessChromium.Rendered rendered = chromium.render(page);
        Document dom = Jsoup.parse(rendered.dom());

        assertThat(rendered.console()).as("console messages").isEmpty();
        assertLoadsNothing(dom);
        assertThat(dom.select("svg")).hasSize(1);
        assertThat(dom.select("style")).hasSize(1);
        assertThat(dom.title()).isEqualTo("Parley report: " + hostile.get(0));
        for (String h : hostile) {
            assertThat(dom.text()).contains(h);
        }
        assertThat(dom.select("tr.violation td.subjects").eachText()).containsExactlyInAnyOrderElementsOf(
                report.violations().stream().map(v -> String.join(", ", v.subjects())).toList()).hasSize(5);
    }
}
