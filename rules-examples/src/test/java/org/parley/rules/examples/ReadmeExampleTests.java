package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Transfer;

/** The embedding example of README.md, compiled and run here, and compared with the README's text. */
class ReadmeExampleTests {

    private static final Path README = Path.of("../README.md");
    private static final Path THIS_FILE = Path.of("src/test/java/org/parley/rules/examples/ReadmeExampleTests.java");

    private static void embeddingExample(PrintStream out) {
        System.setOut(out);
        // README:begin
        Validator validator = Validators.newValidator();

        Agreement agreement = Agreement.of("istanbul-2025-06-02", LocalDate.of(2025, 6, 2),
                new Party("UA", "Ukraine"), new Party("RU", "Russia"),
                new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), LocalDate.of(2025, 6, 20)),
                AgeLimitTerm.under(25));
        ExchangeRecord record = ExchangeRecord.of(agreement.withAsOf(LocalDate.of(2025, 6, 20)))
                .withDetainees(List.of(
                        Detainee.of("UA-0001", "RU").withCondition(Condition.SERIOUSLY_WOUNDED),
                        Detainee.of("RU-0001", "UA").withBirthDate(LocalDate.of(2000, 5, 30))))
                .withBatches(List.of(
                        Batch.of("B1", LocalDate.of(2025, 6, 9), Transfer.of("RU-0001", Basis.YOUNG))));

        ValidationReport report = validator.validate(record);
        for (Violation v : report.violations()) {
            System.out.println(v.severity() + " " + v.code() + " " + v.subjects() + ": " + v.message());
        }
        // README:end
    }

    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).contains(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).contains(end)) {
                return lines.subList(from, i);
            }
        }
        throw new AssertionError("no block between " + start + " and " + end);
    }

    private static List<String> dedented(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    @Test
    void readmeExample_printsTheViolationsTheReadmeShows() throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            embeddingExample(new PrintStream(captured, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
        List<String> readme = Files.readAllLines(README);
        int prints = readme.indexOf("prints");

        assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly(
                        "ERROR AGE_LIMIT [RU-0001]: RU-0001, released on basis YOUNG, was 25 on the reference date "
                                + "2025-06-02 (born 2000-05-30)",
                        "ERROR ALL_FOR_ALL [UA-0001]: UA-0001 (SERIOUSLY_WOUNDED) was not released by 2025-06-20")
                .isEqualTo(between(readme.subList(prints, readme.size()), "```", "```"));
    }

    @Test
    void readmeExample_isTheCodeThisTestRuns() throws IOException {
        List<String> readme = Files.readAllLines(README);
        int marker = readme.indexOf(readme.stream().filter(l -> l.startsWith("<!-- embedding-example"))
                .findFirst().orElseThrow());
        List<String> shown = between(readme.subList(marker, readme.size()), "```java", "```");
        List<String> run = dedented(between(Files.readAllLines(THIS_FILE), "// README:" + "begin",
                "// README:" + "end"));

        assertThat(shown).isEqualTo(run);
    }
}
