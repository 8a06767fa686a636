package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Status;
import org.parley.rules.model.Transfer;

/** One part of a scenario read alone: the file's schema, defaults, checks and problem lines, below a given path. */
class ScenarioPartsTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ScenarioParts PARTS = new ScenarioReader().parts();
    private static final ScenarioWriter WRITER = new ScenarioWriter();

    private static final String AGREEMENT = """
            {"id": "a1", "signedOn": "2025-06-02", "parties": [{"code": "UA"}, {"code": "RU"}],
             "terms": [{"type": "PARITY", "scope": "PER_BATCH"}]}""";

    @Test
    void readsADetaineeWithTheFormatsDefaults() throws Exception {
        Detainee detainee = PARTS.detainee(tree("{\"id\": \"UA-1\", \"heldBy\": \"RU\"}"), "$.payload");

        assertThat(detainee).isEqualTo(new Detainee("UA-1", Optional.empty(), "RU", Optional.empty(),
                Status.MILITARY, Optional.empty(), Condition.HEALTHY, Consent.UNKNOWN));
    }

    @Test
    void reportsEveryProblemOfADetaineeAtItsPathBelowTheGivenOne() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> PARTS.detainee(
                tree("{\"id\": \"UA-1\", \"birthDate\": \"2001-13-01\", \"birthdate\": 1}"), "$.payload"));

        assertThat(e.problems()).containsExactly(
                "$.payload.birthDate: \"2001-13-01\" is not a date (YYYY-MM-DD)",
                "$.payload.birthdate: unknown field; expected one of id, name, heldBy, returnTo, status, "
                        + "birthDate, condition, consent",
                "$.payload.heldBy: missing required field; expected a string");
    }

    @Test
    void aPartThatIsNotAnObjectIsAProblemAtThePathItself() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> PARTS.remains(tree("[1]"), "$"));

        assertThat(e.problems()).containsExactly("$: expected an object, got an array");
    }

    @Test
    void readsAnAgreementWithTheDefaultsThatAreOtherFieldsValues() throws Exception {
        Agreement agreement = PARTS.agreement(tree(AGREEMENT), "$.payload");

        assertThat(agreement.title()).isEqualTo("a1");
        assertThat(agreement.parties().get(1).name()).isEqualTo("RU");
        assertThat(agreement.signedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void checksTheRelationsBetweenAnAgreementsValuesAsInAFile() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> PARTS.agreement(tree("""
                {"id": "a1", "signedOn": "2025-06-02", "asOf": "2025-06-01", "timeZone": "Mars/Olympus",
                 "parties": [{"code": "UA"}, {"code": "UA"}], "terms": []}"""), "$.payload"));

        assertThat(e.problems()).containsExactly(
                "$.payload.timeZone: \"Mars/Olympus\" is not an IANA time zone (like Europe/Kyiv or UTC)",
                "$.payload.asOf: \"2025-06-01\" is before signedOn (\"2025-06-02\"); expected a date on or after it",
                "$.payload.parties[1].code: \"UA\" is already the code of $.payload.parties[0]; "
                        + "expected distinct party codes");
    }

    @Test
    void checksACustomTermsParametersAgainstTheDeclarationsTheReaderWasGiven() throws Exception {
        ScenarioParts custom = new ScenarioReader(List.of(ScenarioReaderTests.BATCH_LIMIT)).parts();
        String term = AGREEMENT.replace("{\"type\": \"PARITY\", \"scope\": \"PER_BATCH\"}", "%s");

        Agreement agreement = custom.agreement(tree(term.formatted("{\"type\": \"BATCH_LIMIT\", \"max\": 3}")), "$");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> custom.agreement(
                tree(term.formatted("{\"type\": \"BATCH_LIMIT\", \"strict\": \"yes\"}")), "$.payload"));
        ScenarioException unknown = catchThrowableOfType(ScenarioException.class, () -> PARTS.agreement(
                tree(term.formatted("{\"type\": \"BATCH_LIMIT\", \"max\": 3}")), "$.payload"));

        assertThat(agreement.terms()).containsExactly(new CustomTerm("BATCH_LIMIT",
                Map.of("max", 3L, "strict", false, "scope", "PER_BATCH")));
        assertThat(e.problems()).containsExactly(
                "$.payload.terms[0].strict: expected true or false, got \"yes\"",
                "$.payload.terms[0].max: missing required field; expected a whole number");
        assertThat(unknown.problems()).containsExactly("$.payload.terms[0].type: \"BATCH_LIMIT\" is not one of "
                + "ALL_FOR_ALL, AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, AGREED_LISTS, "
                + "CONSENT, ELIGIBILITY, REMAINS");
    }

    @Test
    void readsABatchAndStopsAtTheReadersLimitOfTransfers() throws Exception {
        String batch = """
                {"id": "B1", "date": "2025-06-09", "transfers": [{"detainee": "UA-1", "basis": "YOUNG"},
                 {"detainee": "UA-2", "basis": "SERIOUSLY_WOUNDED"}]}""";
        ScenarioParts limited = new ScenarioReader(List.of(),
                ReaderLimits.defaults().withMaxTransfersPerBatch(1)).parts();

        assertThat(PARTS.batch(tree(batch), "$.payload")).isEqualTo(new Batch("B1", LocalDate.of(2025, 6, 9), false,
                List.of(new Transfer("UA-1", Basis.YOUNG, Optional.empty()),
                        new Transfer("UA-2", Basis.SERIOUSLY_WOUNDED, Optional.empty()))));
        assertThat(catchThrowableOfType(ScenarioException.class, () -> limited.batch(tree(batch), "$.payload"))
                .problems()).containsExactly("$.payload.transfers: 2 transfers is more than the limit of 1 per batch");
    }

    @Test
    void readsAListAndRemains() throws Exception {
        assertThat(PARTS.list(tree("{\"requestedBy\": \"UA\", \"detainees\": [\"UA-1\"]}"), "$"))
                .isEqualTo(new DetaineeList("UA", List.of("UA-1")));
        assertThat(PARTS.remains(tree(
                "{\"id\": \"R1\", \"date\": \"2025-06-11\", \"from\": \"RU\", \"to\": \"UA\", \"count\": 12}"), "$"))
                .isEqualTo(new Remains("R1", LocalDate.of(2025, 6, 11), "RU", "UA", 12));
        assertThat(catchThrowableOfType(ScenarioException.class, () -> PARTS.remains(tree(
                "{\"id\": \"R1\", \"date\": \"2025-06-11\", \"from\": \"RU\", \"to\": \"UA\", \"count\": -1}"),
                "$.payload")).problems()).containsExactly("$.payload.count: must not be negative, got -1");
    }

    @Test
    void writesEachPartAsTheFormatAndReadsItBackEqual() throws Exception {
        Agreement agreement = PARTS.agreement(tree(AGREEMENT), "$");
        Detainee detainee = new Detainee("UA-1", Optional.of("Ivan"), "RU", Optional.of("UA"), Status.CIVILIAN,
                Optional.of(LocalDate.of(2001, 2, 3)), Condition.WOUNDED, Consent.CONSENTED);
        Batch batch = new Batch("B1", LocalDate.of(2025, 6, 9), true,
                List.of(new Transfer("UA-1", Basis.YOUNG, Optional.empty())));
        DetaineeList list = new DetaineeList("UA", List.of("UA-1", "UA-2"));
        Remains remains = new Remains("R1", LocalDate.of(2025, 6, 11), "RU", "UA", 0);

        assertThat(PARTS.agreement(tree(WRITER.writePart(agreement)), "$")).isEqualTo(agreement);
        assertThat(PARTS.detainee(tree(WRITER.writePart(detainee)), "$")).isEqualTo(detainee);
        assertThat(PARTS.batch(tree(WRITER.writePart(batch)), "$")).isEqualTo(batch);
        assertThat(PARTS.list(tree(WRITER.writePart(list)), "$")).isEqualTo(list);
        assertThat(PARTS.remains(tree(WRITER.writePart(remains)), "$")).isEqualTo(remains);
        assertThat(WRITER.writePart(remains))
                .isEqualTo("{\"id\":\"R1\",\"date\":\"2025-06-11\",\"from\":\"RU\",\"to\":\"UA\",\"count\":0}");
    }

    @Test
    void leavesTheTreeItIsGivenUnchanged() throws Exception {
        JsonNode node = tree("{\"id\": \"UA-1\", \"heldBy\": \"RU\"}");

        PARTS.detainee(node, "$");

        assertThat(node).isEqualTo(tree("{\"id\": \"UA-1\", \"heldBy\": \"RU\"}"));
    }

    @Test
    void refusesAPathThatIsNotOneAndAnObjectThatIsNotAPart() {
        assertThatThrownBy(() -> PARTS.detainee(tree("{}"), "payload"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a JSON path begins with $, got \"payload\"");
        assertThatThrownBy(() -> WRITER.writePart("UA-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a part of a scenario: java.lang.String");
    }

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json);
    }
}
