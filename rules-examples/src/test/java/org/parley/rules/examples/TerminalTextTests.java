package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;

/**
 * Hostile record values on every human-facing output: ids that hold ANSI escape
 * sequences, carriage returns, line feeds and bidirectional overrides, written to erase the
 * real summary and draw a fake "COMPLIANT" line.
 */
class TerminalTextTests {

    /** Erases the line, moves up one, and writes a summary of its own. */
    private static final String FAKE_SUMMARY = "\r\u001b[2K\u001b[1Ax.json: agreement x: COMPLIANT (0 errors)";
    private static final String FAKE_SUMMARY_SHOWN =
            "\\u000d\\u001b[2K\\u001b[1Ax.json: agreement x: COMPLIANT (0 errors)";

    @TempDir
    Path dir;

    @Test
    void printable_escapesControlAndFormatCharacters_keepsTheRest() {
        assertThat(TerminalText.printable("UA-1\u202Eexe.json\u2066\u00ad\nB\u2028C\tD")).isEqualTo(
                "UA-1\\u202eexe.json\\u2066\\u00ad\\u000aB\\u2028C\\u0009D");
        assertThat(TerminalText.printable("Київ: ok, 名前 \uD83D\uDE00")).isEqualTo("Київ: ok, 名前 \uD83D\uDE00");
        assertThat(TerminalText.printable("lone \uD800 surrogate")).isEqualTo("lone \\ud800 surrogate");
    }

    @Test
    void textReport_escapesTheAgreementIdSubjectsAndMessage() {
        Violation v = new Violation("AGE_LIMIT", Severity.ERROR, List.of(FAKE_SUMMARY), "AGE_LIMIT", "r",
                "too old" + FAKE_SUMMARY);
        ValidationReport report = new ValidationReport("a1\nx.json: agreement a1: COMPLIANT", LocalDate.of(2025, 6, 20),
                List.of(v));

        assertThat(TextReport.lines("a.json", report)).containsExactly(
                "a.json: agreement a1\\u000ax.json: agreement a1: COMPLIANT as of 2025-06-20: NOT COMPLIANT "
                        + "(1 error, 0 warnings, 0 info)",
                "  ERROR   AGE_LIMIT [" + FAKE_SUMMARY_SHOWN + "]: too old" + FAKE_SUMMARY_SHOWN);
    }

    @Test
    void validate_printsHostileIdsEscaped_oneLinePerViolation() throws IOException {
        Path file = hostileScenario();

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out).doesNotContain("\r", "\u001b", "\u202e");
        assertThat(run.outLines()).containsExactly(
                file + ": agreement evil\\u000aCOMPLIANT as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)",
                "  ERROR   CONSENT_DECLINED [" + FAKE_SUMMARY_SHOWN + "\\u202e]: " + FAKE_SUMMARY_SHOWN
                        + "\\u202e was released on 2025-06-09 although they declined repatriation (GC III Art. 109(3))");
    }

    @Test
    void validateExplain_andReplay_printHostileIdsEscaped() throws IOException {
        Path file = hostileScenario();

        CommandRun explain = CommandRun.of("validate", "--explain", file.toString());
        CommandRun replay = CommandRun.of("replay", file.toString());

        assertThat(explain.status).isEqualTo(1);
        assertThat(explain.out).doesNotContain("\r", "\u001b", "\u202e");
        assertThat(explain.outLines()).anySatisfy(line -> assertThat(line).startsWith(
                "          matched: DetaineeProfile[id=" + FAKE_SUMMARY_SHOWN + "\\u202e, known=true, heldBy=RU, "
                        + "returnTo=absent, returnsTo=UA, partiesKnown=true, condition=HEALTHY, status=MILITA"));
        assertThat(replay.status).isEqualTo(1);
        assertThat(replay.out).doesNotContain("\r", "\u001b", "\u202e");
        assertThat(replay.outLines()).containsExactly(
                "2025-06-09: +1 -0",
                "  + ERROR   CONSENT_DECLINED [" + FAKE_SUMMARY_SHOWN + "\\u202e]: " + FAKE_SUMMARY_SHOWN
                        + "\\u202e was released on 2025-06-09 although they declined repatriation (GC III Art. 109(3))",
                file + ": agreement evil\\u000aCOMPLIANT as of 2025-06-09: NOT COMPLIANT (1 error, 0 warnings, 0 info)");
    }

    @Test
    void checkRules_andItsProblems_areEscaped() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("x.drl"), "package p\n\nrule \"X-01 \u001b[2Kbad\" @code(\"X\") when then end\n");

        CommandRun run = CommandRun.of("check-rules", rules.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).doesNotContain("\u001b");
        assertThat(run.errLines()).contains(rules.resolve("x.drl") + ":3:1: rule \"X-01 \\u001b[2Kbad\": has no @term "
                + "metadata; a rule that reports names its term, e.g. @term(\"AGE_LIMIT\") (a rule that only derives "
                + "facts carries @derives instead)");
    }

    private Path hostileScenario() throws IOException {
        String id = json(FAKE_SUMMARY + "\u202e");
        return Files.writeString(dir.resolve("hostile.json"), """
                {
                  "agreement": {
                    "id": "evil\\nCOMPLIANT",
                    "signedOn": "2025-06-02",
                    "parties": [ { "code": "UA" }, { "code": "RU" } ],
                    "terms": [ { "type": "CONSENT" } ]
                  },
                  "detainees": [ { "id": "%1$s", "heldBy": "RU", "consent": "DECLINED" } ],
                  "batches": [ { "id": "B1", "date": "2025-06-09",
                                 "transfers": [ { "detainee": "%1$s", "basis": "OTHER" } ] } ]
                }
                """.formatted(id));
    }

    /** The text as the body of a JSON string. */
    private static String json(String text) {
        StringBuilder s = new StringBuilder();
        text.chars().forEach(c -> s.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : c == '"' || c == '\\' ? "\\" + (char) c : String.valueOf((char) c)));
        return s.toString();
    }
}
