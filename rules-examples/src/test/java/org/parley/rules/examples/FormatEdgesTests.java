package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.ExchangeRecord;

/** The edges of the scenario format that a careful user meets, each as docs/terms.md decides it. */
class FormatEdgesTests {

    private static final Validator VALIDATOR = Validators.newValidator();
    private final ScenarioReader reader = new ScenarioReader();

    /** A scenario with the given terms, detainees and batches (JSON fragments). */
    private static String scenario(String agreementExtra, String terms, String detainees, String batches,
                                   String lists) {
        return "{\"agreement\": {\"id\": \"a1\", \"signedOn\": \"2025-06-02\"" + agreementExtra
                + ", \"parties\": [{\"code\": \"UA\"}, {\"code\": \"RU\"}], \"terms\": [" + terms + "]},"
                + " \"detainees\": [" + detainees + "], \"batches\": [" + batches + "], \"lists\": [" + lists + "]}";
    }

    private List<String> problems(String json) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(json));
        assertThat(e).as("bad input").isNotNull();
        return e.problems();
    }

    @Test
    void aBirthDateAfterTheRecordsDate_isBadInput() {
        assertThat(problems(scenario(", \"asOf\": \"2025-06-20\"", "",
                "{\"id\": \"UA-1\", \"heldBy\": \"RU\", \"birthDate\": \"2025-06-21\"}", "", "")))
                .containsExactly("$.detainees[0].birthDate: \"2025-06-21\" is after the record's asOf date "
                        + "(2025-06-20); expected a date on or before it");
    }

    @Test
    void aBirthDateAfterAFixedAgeReferenceDate_isAccepted_asAnAgeOfZero() throws Exception {
        // Born two months after the reference date: Period.between gives 0 years, not -1.
        String born = "{\"id\": \"UA-1\", \"heldBy\": \"RU\", \"birthDate\": \"2025-03-01\"}";
        String released = "{\"id\": \"B1\", \"date\": \"2025-06-09\", \"transfers\": "
                + "[{\"detainee\": \"UA-1\", \"basis\": \"YOUNG\"}]}";
        ExchangeRecord fromZero = reader.read(scenario(", \"asOf\": \"2025-06-20\"",
                "{\"type\": \"AGE_LIMIT\", \"maxAgeExclusive\": 25, \"referenceDate\": \"2025-01-01\"}",
                born, released, ""));
        ExchangeRecord fromEighteen = reader.read(scenario(", \"asOf\": \"2025-06-20\"",
                "{\"type\": \"AGE_LIMIT\", \"minAge\": 18, \"maxAgeExclusive\": 25, "
                        + "\"referenceDate\": \"2025-01-01\"}", born, released, ""));

        assertThat(VALIDATOR.validate(fromZero).violations()).isEmpty();
        assertThat(VALIDATOR.validate(fromEighteen).violations()).extracting(v -> v.code() + " " + v.subjects())
                .containsExactly("AGE_LIMIT [UA-1]");
    }

    @Test
    void anAsOfBeforeSignedOn_isBadInput() {
        assertThat(problems(scenario(", \"asOf\": \"2025-06-01\"", "", "", "", "")))
                .containsExactly("$.agreement.asOf: \"2025-06-01\" is before signedOn (\"2025-06-02\"); "
                        + "expected a date on or after it");
    }

    @Test
    void aScheduleFromAfterItsTo_isBadInput() {
        assertThat(problems(scenario("", "{\"type\": \"CADENCE\", \"schedule\": {\"from\": \"2025-06-10\", "
                + "\"to\": \"2025-06-09\", \"every\": \"DAILY\"}}", "", "", "")))
                .containsExactly("$.agreement.terms[0].schedule.to: \"2025-06-09\" is before from (\"2025-06-10\"); "
                        + "expected a date on or after it");
    }

    @Test
    void anEmptyDatesList_isBadInput() {
        assertThat(problems(scenario("", "{\"type\": \"CADENCE\", \"schedule\": {\"dates\": []}}", "", "", "")))
                .containsExactly("$.agreement.terms[0].schedule.dates: expected at least 1 element, got 0");
    }

    @Test
    void aScheduleWithBothDatesAndARange_isBadInput() {
        assertThat(problems(scenario("", "{\"type\": \"CADENCE\", \"schedule\": {\"dates\": [\"2025-06-09\"], "
                + "\"from\": \"2025-06-09\", \"to\": \"2025-06-10\", \"every\": \"DAILY\"}}", "", "", "")))
                .containsExactly("$.agreement.terms[0].schedule: expected an object with either dates, or from, to "
                        + "and every");
    }

    @Test
    void instantsWithAnOffsetOrFractionsOfASecond_areTheSameInstantsAsInUtc() throws Exception {
        ExchangeRecord record = reader.read(scenario("", "",
                "{\"id\": \"UA-1\", \"heldBy\": \"RU\"}, {\"id\": \"UA-2\", \"heldBy\": \"RU\"}",
                "{\"id\": \"B1\", \"date\": \"2025-06-09\", \"transfers\": ["
                        + "{\"detainee\": \"UA-1\", \"basis\": \"OTHER\", \"at\": \"2025-06-09T12:00:00+03:00\"},"
                        + "{\"detainee\": \"UA-2\", \"basis\": \"OTHER\", \"at\": \"2025-06-09T09:00:00.250Z\"}]}",
                ""));

        assertThat(record.batches().get(0).transfers()).extracting(t -> t.at().orElseThrow()).containsExactly(
                Instant.parse("2025-06-09T09:00:00Z"), Instant.parse("2025-06-09T09:00:00.250Z"));
    }

    @Test
    void integersBeyond32Bits_areBadInputForTheBuiltInTerms() {
        assertThat(problems(scenario("", "{\"type\": \"SIMULTANEITY\", \"windowMinutes\": 4294967296}", "", "",
                "")))
                .containsExactly("$.agreement.terms[0].windowMinutes: must be at most 2147483647, got 4294967296");
    }

    @Test
    void twoTermsOfOneType_areBadInput() {
        assertThat(problems(scenario("", "{\"type\": \"CONSENT\"}, {\"type\": \"CONSENT\", \"requireRecorded\": true}",
                "", "", "")))
                .containsExactly("$.agreement.terms[1].type: \"CONSENT\" is already the type of $.agreement.terms[0]; "
                        + "expected each term type at most once");
    }

    @Test
    void aListNamingAnUnknownIdOrRequestedByAnUndeclaredParty_isNeitherBadInputNorAViolation() throws Exception {
        ExchangeRecord record = reader.read(scenario("", "{\"type\": \"AGREED_LISTS\"}",
                "{\"id\": \"UA-1\", \"heldBy\": \"RU\"}",
                "{\"id\": \"B1\", \"date\": \"2025-06-09\", \"transfers\": [{\"detainee\": \"UA-1\", \"basis\": \"OTHER\"}]}",
                "{\"requestedBy\": \"UA\", \"detainees\": [\"UA-1\", \"NOBODY\"]}, "
                        + "{\"requestedBy\": \"PL\", \"detainees\": [\"UA-1\"]}"));

        assertThat(VALIDATOR.validate(record).violations()).isEmpty();
    }
}
