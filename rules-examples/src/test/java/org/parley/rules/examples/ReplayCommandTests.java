package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.examples.CommandRun.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay FILE}: a record played back date by date through a validation session.
 *
 * <p>The fixture replay.json is judged as of 2025-06-14, the date of its last batch. Its
 * PARITY (TOTAL) breaks with the first batch and is made good by the second; its ALL_FOR_ALL
 * covers UA-1, who is released on 2025-06-14, two days after completeBy: the term counts only
 * from the step that reaches completeBy, where UA-1 is not yet released, and on the last step
 * that violation gives way to the one of a late release. Its remains date, 2025-06-10, changes
 * nothing and is left out.
 */
class ReplayCommandTests {

    private static final String PARITY = "ERROR   PARITY [replay]: in all batches that are not unilateral, UA "
            + "released 2 detainees and RU released 1";
    private static final String NOT_RELEASED = "ERROR   ALL_FOR_ALL [UA-1]: UA-1 (SERIOUSLY_WOUNDED) was not released "
            + "by 2025-06-12";
    private static final String RELEASED_LATE = "ERROR   ALL_FOR_ALL [UA-1]: UA-1 (SERIOUSLY_WOUNDED) was released on "
            + "2025-06-14, after the deadline 2025-06-12";

    @TempDir
    Path dir;

    @Test
    void text_printsEachDateWithWhatAppearedAndWhatWasResolved_thenTheFinalSummary() {
        String file = fixture("replay.json");
        CommandRun run = CommandRun.of("replay", file);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "2025-06-09: +1 -0",
                "  + " + PARITY,
                "2025-06-12: +1 -1",
                "  + " + NOT_RELEASED,
                "  - " + PARITY,
                "2025-06-14: +1 -1",
                "  + " + RELEASED_LATE,
                "  - " + NOT_RELEASED,
                file + ": agreement replay as of 2025-06-14: NOT COMPLIANT (1 error, 0 warnings, 0 info)");
    }

    @Test
    void json_printsOneObjectPerDateThenTheFinalDocumentOfValidate() {
        String file = fixture("replay.json");
        CommandRun run = CommandRun.of("replay", "--format", "json", file);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).isEmpty();
        String parity = "{\"code\":\"PARITY\",\"severity\":\"ERROR\",\"subjects\":[\"replay\"],\"term\":\"PARITY\","
                + "\"rule\":\"PARITY-02 parties released different numbers in total\",\"message\":\"in all batches "
                + "that are not unilateral, UA released 2 detainees and RU released 1\"}";
        String notReleased = "{\"code\":\"ALL_FOR_ALL\",\"severity\":\"ERROR\",\"subjects\":[\"UA-1\"],"
                + "\"term\":\"ALL_FOR_ALL\",\"rule\":\"ALL_FOR_ALL-01 covered detainee never released\","
                + "\"message\":\"UA-1 (SERIOUSLY_WOUNDED) was not released by 2025-06-12\"}";
        String releasedLate = "{\"code\":\"ALL_FOR_ALL\",\"severity\":\"ERROR\",\"subjects\":[\"UA-1\"],"
                + "\"term\":\"ALL_FOR_ALL\",\"rule\":\"ALL_FOR_ALL-02 covered detainee released after completeBy\","
                + "\"message\":\"UA-1 (SERIOUSLY_WOUNDED) was released on 2025-06-14, after the deadline 2025-06-12\"}";
        assertThat(run.outLines()).containsExactly(
                "{\"date\":\"2025-06-09\",\"asOf\":\"2025-06-09\",\"appeared\":[" + parity + "],\"resolved\":[]}",
                "{\"date\":\"2025-06-12\",\"asOf\":\"2025-06-12\",\"appeared\":[" + notReleased + "],\"resolved\":["
                        + parity + "]}",
                "{\"date\":\"2025-06-14\",\"asOf\":\"2025-06-14\",\"appeared\":[" + releasedLate + "],\"resolved\":["
                        + notReleased + "]}",
                "{\"final\":{\"file\":" + quoted(file) + ",\"agreement\":\"replay\",\"asOf\":\"2025-06-14\","
                        + "\"compliant\":false,\"violations\":[" + releasedLate + "],\"obligations\":[]}}");
    }

    @Test
    void finalReport_equalsValidate_whenAsOfIsTheLastDate() {
        String file = fixture("replay.json");

        assertFinalReportIsValidates(file);
    }

    @Test
    void finalReport_equalsValidate_withNoAsOf() throws IOException {
        Path file = rewrite("replay.json", "\"asOf\": \"2025-06-14\",", "");

        assertFinalReportIsValidates(file.toString());
        assertThat(CommandRun.of("replay", file.toString()).outLines()).hasSize(9);
    }

    @Test
    void anAsOfAfterTheLastDate_isOneMoreStep() throws IOException {
        Path file = rewrite("replay.json", "\"asOf\": \"2025-06-14\"", "\"asOf\": \"2025-06-20\"");
        CommandRun run = CommandRun.of("replay", file.toString());

        assertThat(run.outLines()).endsWith(
                "2025-06-14: +1 -1",
                "  + " + RELEASED_LATE,
                "  - " + NOT_RELEASED,
                file + ": agreement replay as of 2025-06-20: NOT COMPLIANT (1 error, 0 warnings, 0 info)");
        assertFinalReportIsValidates(file.toString());
    }

    @Test
    void datesAfterAsOf_areJudgedAtAsOf_asValidateJudgesThem() throws IOException {
        Path file = rewrite("replay.json", "\"asOf\": \"2025-06-14\"", "\"asOf\": \"2025-06-10\"");
        CommandRun run = CommandRun.of("replay", file.toString());

        assertThat(run.status).isZero();
        assertThat(run.outLines()).containsExactly(
                "2025-06-09: +1 -0",
                "  + " + PARITY,
                "2025-06-12 (judged as of 2025-06-10): +0 -1",
                "  - " + PARITY,
                file + ": agreement replay as of 2025-06-10: COMPLIANT (0 errors, 0 warnings, 0 info)");
        assertFinalReportIsValidates(file.toString());
    }

    @Test
    void aRecordWithNoBatchOrRemains_isOneStepAtItsJudgingDate() throws IOException {
        Path file = Files.writeString(dir.resolve("nothing.json"), """
                {"agreement": {"id": "nothing", "signedOn": "2025-06-02",
                  "parties": [{"code": "UA"}, {"code": "RU"}], "terms": []},
                 "detainees": [{"id": "UA-1", "heldBy": "BY"}]}
                """);
        CommandRun run = CommandRun.of("replay", file.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "2025-06-02: +1 -0",
                "  + ERROR   UNKNOWN_PARTY [UA-1]: detainee UA-1: heldBy \"BY\" is not a party to the agreement (UA, RU)",
                file + ": agreement nothing as of 2025-06-02: NOT COMPLIANT (1 error, 0 warnings, 0 info)");
    }

    @Test
    void bundledViolationsScenario_showsWhenEachMistakeAppeared() {
        String file = "src/main/resources/scenarios/istanbul-2025-06-violations.json";
        CommandRun run = CommandRun.of("replay", file);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "2025-06-09: +2 -0",
                "  + ERROR   UNKNOWN_PARTY [UA-0007]: detainee UA-0007: returnTo \"UKR\" is not a party to the agreement "
                        + "(UA, RU)",
                "  + WARNING WOUNDED_PRIORITY [stage-1, RU]: in batch stage-1 (2025-06-09) RU released 1 detainee "
                        + "without a priority condition while still holding 1 priority detainee not released by then "
                        + "(UA-0002)",
                "2025-06-10: +1 -0",
                "  + ERROR   UNKNOWN_DETAINEE [stage-2, RU-0099]: batch stage-2 transfers RU-0099, who is not a known "
                        + "detainee",
                "2025-06-12: +1 -0",
                "  + ERROR   AGE_LIMIT [UA-0004]: UA-0004, released on basis YOUNG, was 25 on the reference date "
                        + "2025-06-02 (born 2000-05-30)",
                "2025-06-14: +1 -0",
                "  + WARNING AGE_UNKNOWN [UA-0005]: UA-0005, released on basis YOUNG, has no birth date: the age limit "
                        + "cannot be checked",
                "2025-06-19: +1 -0",
                "  + ERROR   DUPLICATE_TRANSFER [UA-0006]: UA-0006 is named in 2 transfers (batches stage-2, stage-5)",
                "2025-06-26: +3 -0",
                "  + ERROR   ALL_FOR_ALL [RU-0003]: RU-0003 (YOUNG) was not released by 2025-06-26",
                "  + ERROR   ALL_FOR_ALL [RU-0004]: RU-0004 (YOUNG) was not released by 2025-06-26",
                "  + WARNING CADENCE_MISSED [2025-06-26]: no batch on the scheduled date 2025-06-26",
                "2025-06-28: +2 -1",
                "  + ERROR   ALL_FOR_ALL [RU-0004]: RU-0004 (YOUNG) was released on 2025-06-28, after the deadline "
                        + "2025-06-26",
                "  + WARNING CADENCE_UNSCHEDULED [stage-7]: batch stage-7 on 2025-06-28 is not on the schedule",
                "  - ERROR   ALL_FOR_ALL [RU-0004]: RU-0004 (YOUNG) was not released by 2025-06-26",
                file + ": agreement istanbul-2025-06-02 as of 2025-06-30: NOT COMPLIANT (6 errors, 4 warnings, 0 info)");
        assertFinalReportIsValidates(file);
    }

    @Test
    void dueDates_areSteppedThrough_evenWithNoFactThatDay_andDatesWithNoChangeAreLeftOut() throws IOException {
        Path file = Files.writeString(dir.resolve("due.json"), """
                {"agreement": {"id": "due", "signedOn": "2025-06-02", "asOf": "2025-06-15",
                  "parties": [{"code": "UA"}, {"code": "RU"}],
                  "terms": [
                    {"type": "CADENCE", "schedule": {"dates": ["2025-06-09", "2025-06-11"]}},
                    {"type": "REMAINS", "from": "RU", "commitment": 10, "completeBy": "2025-06-13"},
                    {"type": "ALL_FOR_ALL", "categories": ["SERIOUSLY_WOUNDED"], "completeBy": "2025-06-30"}]},
                 "detainees": [{"id": "UA-1", "heldBy": "RU", "condition": "SERIOUSLY_WOUNDED"},
                               {"id": "RU-1", "heldBy": "UA"}],
                 "batches": [{"id": "B1", "date": "2025-06-09", "transfers": [
                   {"detainee": "UA-1", "basis": "SERIOUSLY_WOUNDED"}, {"detainee": "RU-1", "basis": "OTHER"}]}]}
                """);
        CommandRun run = CommandRun.of("replay", file.toString());

        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "2025-06-11: +1 -0",
                "  + WARNING CADENCE_MISSED [2025-06-11]: no batch on the scheduled date 2025-06-11",
                "2025-06-13: +1 -0",
                "  + WARNING REMAINS_SHORTFALL [due]: RU handed over 0 bodies on or before 2025-06-13, short of the "
                        + "10 committed",
                file + ": agreement due as of 2025-06-15: COMPLIANT (0 errors, 2 warnings, 0 info)");
        assertThat(run.status).isZero();
        assertFinalReportIsValidates(file.toString());
    }

    @Test
    void aRecordWithNoViolationAtAnyDate_printsOnlyTheSummary() throws IOException {
        Path file = Files.writeString(dir.resolve("clean.json"), """
                {"agreement": {"id": "clean", "signedOn": "2025-06-02",
                  "parties": [{"code": "UA"}, {"code": "RU"}],
                  "terms": [{"type": "CADENCE", "schedule": {"dates": ["2025-06-09", "2025-06-12"]}}]},
                 "detainees": [{"id": "UA-1", "heldBy": "RU"}, {"id": "RU-1", "heldBy": "UA"}],
                 "batches": [
                   {"id": "B1", "date": "2025-06-09", "transfers": [{"detainee": "UA-1", "basis": "OTHER"}]},
                   {"id": "B2", "date": "2025-06-12", "transfers": [{"detainee": "RU-1", "basis": "OTHER"}]}]}
                """);
        CommandRun run = CommandRun.of("replay", file.toString());

        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                file + ": agreement clean as of 2025-06-12: COMPLIANT (0 errors, 0 warnings, 0 info)");
        assertThat(run.status).isZero();
    }

    @Test
    void rulesOfOnesOwn_areReplayedToo() {
        String file = fixture("detainee-cap.json");
        CommandRun run = CommandRun.of("replay", file, "--rules", fixture("rules"));

        assertThat(run.status).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "2025-06-09: +1 -0",
                "  + WARNING TOO_MANY_DETAINEES [capped]: the record names 2 detainees, more than the cap of 1",
                "2025-06-10: +2 -0",
                "  + INFO    EMPTY_BATCH [B2]: batch B2 transfers no one",
                "  + INFO    UNILATERAL_BATCH [B2]: batch B2 is unilateral",
                file + ": agreement capped as of 2025-06-10: COMPLIANT (0 errors, 1 warning, 2 info)");
    }

    @Test
    void badInput_printsItsProblemsAndNothingElse() {
        CommandRun run = CommandRun.of("replay", fixture("bad.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        String bad = fixture("bad.json");
        assertThat(run.errLines()).containsExactly(
                bad + ": $.detainees[0].birthDate: \"2001-13-01\" is not a date (YYYY-MM-DD)",
                bad + ": $.detainees[1].id: \"UA-1\" is already the id of $.detainees[0]; expected a unique detainee id",
                bad + ": $.batches[0].unilateral: expected true or false, got \"yes\"");
    }

    @Test
    void aTermTypeNoRuleDeclares_isBadInput() {
        CommandRun run = CommandRun.of("replay", fixture("detainee-cap.json"));

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("is not one of ALL_FOR_ALL"));
    }

    @Test
    void aMissingFile_isOneLine() {
        String missing = dir.resolve("missing.json").toString();
        CommandRun run = CommandRun.of("replay", missing);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).containsExactly("parley: cannot read " + missing + ": no such file");
    }

    @Test
    void replaysOneFileOnly() {
        CommandRun none = CommandRun.of("replay");
        CommandRun two = CommandRun.of("replay", "a.json", "b.json");

        assertThat(none.status).isEqualTo(2);
        assertThat(none.errLines()).containsExactly("parley: Missing required parameter: 'FILE'",
                "Try 'parley replay --help' for usage.");
        assertThat(two.status).isEqualTo(2);
        assertThat(two.errLines()).containsExactly("parley: Unmatched argument at index 2: 'b.json'",
                "Try 'parley replay --help' for usage.");
    }

    // ---------------------------------------------------------------- helpers

    /** Replay's last JSON line holds exactly the document that validate prints for the file. */
    private static void assertFinalReportIsValidates(String file) {
        CommandRun replay = CommandRun.of("replay", "--format", "json", file);
        CommandRun validate = CommandRun.of("validate", "--format", "json", file);

        List<String> lines = replay.outLines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("{\"final\":" + validate.out.strip() + "}");
        assertThat(replay.status).isEqualTo(validate.status);
    }

    private Path rewrite(String fixture, String from, String to) throws IOException {
        String text = Files.readString(Path.of(fixture(fixture)));
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve(fixture), text.replace(from, to));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
