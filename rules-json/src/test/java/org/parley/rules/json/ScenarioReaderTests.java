package org.parley.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rules.model.Severity;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Consent;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityScope;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.Schedule;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Status;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;
import org.parley.rules.model.ParameterType;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

class ScenarioReaderTests {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final ScenarioReader reader = new ScenarioReader();

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- valid files

    @Test
    void readsTheExampleOfTheFormatIntoExactRecords() throws Exception {
        ExchangeRecord record = reader.read(fixture("example.json"));

        Agreement agreement = new Agreement("istanbul-2025-06-02",
                "All-for-all exchange of the seriously ill, the wounded and those under 25",
                LocalDate.of(2025, 6, 2),
                List.of(new Party("UA", "Ukraine"), new Party("RU", "Russia")),
                ZoneId.of("Europe/Kyiv"),
                Optional.of(LocalDate.of(2025, 6, 20)),
                List.of(new AllForAllTerm(Set.of(Category.YOUNG, Category.SERIOUSLY_WOUNDED, Category.SERIOUSLY_ILL),
                                LocalDate.of(2025, 6, 20)),
                        new AgeLimitTerm(18, 25, ReferenceDate.AGREEMENT_DATE),
                        new WoundedPriorityTerm(false),
                        new CadenceTerm(Schedule.daily(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 14)),
                                Severity.WARNING),
                        new ParityTerm(ParityScope.PER_BATCH, Set.of()),
                        new SimultaneityTerm(120),
                        new AgreedListsTerm(),
                        new ConsentTerm(false),
                        new EligibilityTerm(),
                        new RemainsTerm("RU", 6000, LocalDate.of(2025, 6, 16))));
        ExchangeRecord expected = new ExchangeRecord(agreement,
                List.of(new Detainee("UA-0001", Optional.empty(), "RU", Optional.empty(), Status.MILITARY,
                                Optional.of(LocalDate.of(2001, 3, 4)), Condition.SERIOUSLY_WOUNDED, Consent.CONSENTED),
                        new Detainee("RU-0001", Optional.empty(), "UA", Optional.of("RU"), Status.MILITARY,
                                Optional.of(LocalDate.of(2000, 5, 30)), Condition.HEALTHY, Consent.UNKNOWN)),
                List.of(new Batch("B1", LocalDate.of(2025, 6, 9), false, List.of(
                        new Transfer("UA-0001", Basis.SERIOUSLY_WOUNDED,
                                Optional.of(Instant.parse("2025-06-09T09:00:00Z"))),
                        new Transfer("RU-0001", Basis.YOUNG, Optional.of(Instant.parse("2025-06-09T09:05:00Z")))))),
                List.of(new DetaineeList("UA", List.of("UA-0001"))),
                List.of(new Remains("R1", LocalDate.of(2025, 6, 11), "RU", "UA", 1212)));
        assertThat(record).isEqualTo(expected);
    }

    @Test
    void appliesEveryDefaultOfTheContract() throws Exception {
        ExchangeRecord record = reader.read("""
                {
                  "agreement": {
                    "id": "a1",
                    "signedOn": "2025-06-02",
                    "parties": [ { "code": "UA" }, { "code": "RU" } ],
                    "terms": [
                      { "type": "AGE_LIMIT", "maxAgeExclusive": 25 },
                      { "type": "WOUNDED_PRIORITY" },
                      { "type": "CADENCE", "schedule": { "dates": ["2025-06-10", "2025-06-09"] } },
                      { "type": "PARITY", "scope": "TOTAL" },
                      { "type": "CONSENT" }
                    ]
                  },
                  "detainees": [ { "id": "UA-1", "heldBy": "RU" } ],
                  "batches": [ { "id": "B1", "date": "2025-06-09",
                                 "transfers": [ { "detainee": "UA-1", "basis": "OTHER" } ] } ]
                }
                """);

        Agreement agreement = new Agreement("a1", "a1", LocalDate.of(2025, 6, 2),
                List.of(new Party("UA", "UA"), new Party("RU", "RU")), ZoneOffset.UTC, Optional.empty(),
                List.of(new AgeLimitTerm(0, 25, ReferenceDate.AGREEMENT_DATE),
                        new WoundedPriorityTerm(false),
                        new CadenceTerm(Schedule.of(List.of(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 10))),
                                Severity.WARNING),
                        new ParityTerm(ParityScope.TOTAL, Set.of()),
                        new ConsentTerm(false)));
        assertThat(record).isEqualTo(new ExchangeRecord(agreement,
                List.of(new Detainee("UA-1", Optional.empty(), "RU", Optional.empty(), Status.MILITARY,
                        Optional.empty(), Condition.HEALTHY, Consent.UNKNOWN)),
                List.of(new Batch("B1", LocalDate.of(2025, 6, 9), false,
                        List.of(new Transfer("UA-1", Basis.OTHER, Optional.empty())))),
                List.of(),
                List.of()));
    }

    @Test
    void readsEveryValueThatDiffersFromTheDefaults() throws Exception {
        ExchangeRecord record = reader.read("""
                {
                  "agreement": {
                    "id": "a1", "title": "A title", "signedOn": "2025-06-02", "timeZone": "UTC",
                    "parties": [ { "code": "UA", "name": "Ukraine" }, { "code": "RU" } ],
                    "terms": [
                      { "type": "AGE_LIMIT", "minAge": 18, "maxAgeExclusive": 25, "referenceDate": "2025-01-01" },
                      { "type": "WOUNDED_PRIORITY", "strict": true },
                      { "type": "CADENCE", "schedule": { "from": "2025-06-09", "to": "2025-06-09", "every": "DAILY" },
                        "severity": "ERROR" },
                      { "type": "PARITY", "scope": "PER_BATCH", "exempt": ["SERIOUSLY_ILL", "SERIOUSLY_WOUNDED"] },
                      { "type": "CONSENT", "requireRecorded": true }
                    ]
                  },
                  "detainees": [ { "id": "UA-1", "name": "Ivan", "heldBy": "RU", "returnTo": "UA", "status": "CIVILIAN",
                                   "birthDate": "2000-02-29", "condition": "WOUNDED", "consent": "DECLINED" } ],
                  "batches": [ { "id": "B1", "date": "2025-06-09", "unilateral": true,
                                 "transfers": [ { "detainee": "UA-1", "basis": "CIVILIAN",
                                                  "at": "2025-06-09T12:00:00+03:00" } ] } ],
                  "lists": [],
                  "remains": []
                }
                """);

        Agreement agreement = record.agreement();
        assertThat(agreement.title()).isEqualTo("A title");
        assertThat(agreement.timeZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(agreement.parties()).containsExactly(new Party("UA", "Ukraine"), new Party("RU", "RU"));
        assertThat(agreement.terms()).containsExactly(
                new AgeLimitTerm(18, 25, ReferenceDate.fixed(LocalDate.of(2025, 1, 1))),
                new WoundedPriorityTerm(true),
                new CadenceTerm(Schedule.of(List.of(LocalDate.of(2025, 6, 9))), Severity.ERROR),
                new ParityTerm(ParityScope.PER_BATCH, Set.of(Basis.SERIOUSLY_ILL, Basis.SERIOUSLY_WOUNDED)),
                new ConsentTerm(true));
        assertThat(record.detainees()).containsExactly(new Detainee("UA-1", Optional.of("Ivan"), "RU",
                Optional.of("UA"), Status.CIVILIAN, Optional.of(LocalDate.of(2000, 2, 29)), Condition.WOUNDED,
                Consent.DECLINED));
        assertThat(record.batches()).containsExactly(new Batch("B1", LocalDate.of(2025, 6, 9), true,
                List.of(Transfer.of("UA-1", Basis.CIVILIAN, Instant.parse("2025-06-09T09:00:00Z")))));
    }

    @Test
    void readsExchangeDateAsReferenceDate() throws Exception {
        ExchangeRecord record = reader.read(base()
                .set("/agreement/terms/1/referenceDate", "\"EXCHANGE_DATE\"").json());

        assertThat(record.agreement().terms().get(1)).isEqualTo(new AgeLimitTerm(0, 25, ReferenceDate.EXCHANGE_DATE));
    }

    @Test
    void takesNullInAnOptionalFieldAsAbsent() throws Exception {
        ExchangeRecord record = reader.read(base()
                .set("/agreement/title", "null")
                .set("/detainees/0/birthDate", "null")
                .set("/batches", "null").json());

        assertThat(record.agreement().title()).isEqualTo("a1");
        assertThat(record.detainees().get(0).birthDate()).isEmpty();
        assertThat(record.batches()).isEmpty();
    }

    @Test
    void acceptsReferencesToUnknownDetaineesAndParties() throws Exception {
        ExchangeRecord record = reader.read(base()
                .set("/detainees/0/heldBy", "\"XX\"")
                .set("/detainees/0/returnTo", "\"\"")
                .set("/batches/0/transfers/0/detainee", "\"NOBODY\"")
                .set("/lists/0/requestedBy", "\"YY\"")
                .set("/remains/0/to", "\"ZZ\"").json());

        assertThat(record.detainees().get(0).heldBy()).isEqualTo("XX");
        assertThat(record.batches().get(0).transfers().get(0).detainee()).isEqualTo("NOBODY");
        assertThat(record.remains().get(0).to()).isEqualTo("ZZ");
    }

    @Test
    void acceptsAWholeNumberWrittenWithADecimalPoint() throws Exception {
        ExchangeRecord record = reader.read(base().set("/remains/0/count", "12.0").json());

        assertThat(record.remains().get(0).count()).isEqualTo(12);
    }

    @Test
    void readsFromAStream() throws Exception {
        try (InputStream in = new ByteArrayInputStream(base().json().getBytes(StandardCharsets.UTF_8))) {
            assertThat(reader.read(in).agreement().id()).isEqualTo("a1");
        }
    }

    @Test
    void failsWithAnIoExceptionForAMissingFile() {
        assertThatThrownBy(() -> reader.read(Path.of("no/such/scenario.json")))
                .isInstanceOf(NoSuchFileException.class);
    }

    // ---------------------------------------------------------------- not JSON

    @Test
    void reportsInvalidJsonWithLineAndColumn() {
        assertProblems("""
                {
                  "agreement": {
                    "id": }
                }
                """, "$.agreement.id: not valid JSON at line 3, column 11: unexpected character '}'; expected a value");
    }

    @Test
    void reportsTheStartOfAnUnclosedObjectReadably() {
        assertProblems("{\"agreement\": {}",
                "$.agreement: not valid JSON at line 1, column 17: the content ends inside the object opened at "
                        + "line 1, column 1; expected '}'");
    }

    @Test
    void reportsAnEmptyFile() {
        assertProblems("  \n", "$: not valid JSON at line 2, column 1: no content; expected an object");
    }

    @Test
    void reportsContentAfterTheDocument() {
        assertProblems("{}\n{}", "$: not valid JSON at line 2, column 1: unexpected content after the end of the document; "
                + "expected nothing after its closing '}'");
    }

    @Test
    void reportsADuplicateKeyWithItsPath() {
        assertProblems("""
                {
                  "agreement": { "id": "a1", "parties": [ { "code": "UA", "code": "RU" } ] }
                }
                """, "$.agreement.parties[0].code: not valid JSON at line 2, column 65: field 'code' given twice; expected each field once");
    }

    @Test
    void reportsARootThatIsNotAnObject() {
        assertProblems("[]", "$: expected an object, got an array");
    }

    // ---------------------------------------------------------------- required fields, types

    @Test
    void reportsEachMissingRequiredFieldWhereItsObjectEnds() {
        assertProblems(base()
                        .remove("/agreement/signedOn")
                        .remove("/agreement/terms")
                        .remove("/detainees/1/heldBy")
                        .remove("/batches/0/transfers/0/basis")
                        .remove("/remains/0/count").json(),
                "$.agreement.signedOn: missing required field; expected a date (YYYY-MM-DD)",
                "$.agreement.terms: missing required field; expected an array of terms",
                "$.detainees[1].heldBy: missing required field; expected a string",
                "$.batches[0].transfers[0].basis: missing required field; "
                        + "expected one of YOUNG, SERIOUSLY_WOUNDED, SERIOUSLY_ILL, CIVILIAN, OTHER",
                "$.remains[0].count: missing required field; expected a whole number (0 or more)");
    }

    @Test
    void reportsMissingTopLevelParts() {
        assertProblems("{}",
                "$.agreement: missing required field; expected an agreement object",
                "$.detainees: missing required field; expected an array of detainees");
    }

    @Test
    void reportsMissingRequiredTermParameters() {
        assertProblems(base()
                        .remove("/agreement/terms/0/categories")
                        .remove("/agreement/terms/1/maxAgeExclusive")
                        .remove("/agreement/terms/2/schedule")
                        .remove("/agreement/terms/3/scope")
                        .remove("/agreement/terms/4/windowMinutes")
                        .remove("/agreement/terms/5/commitment").json(),
                "$.agreement.terms[0].categories: missing required field; "
                        + "expected an array of categories (YOUNG, SERIOUSLY_WOUNDED, SERIOUSLY_ILL, CIVILIAN)",
                "$.agreement.terms[1].maxAgeExclusive: missing required field; expected a whole number (0 or more)",
                "$.agreement.terms[2].schedule: missing required field; "
                        + "expected an object with either dates, or from, to and every",
                "$.agreement.terms[3].scope: missing required field; expected one of PER_BATCH, TOTAL",
                "$.agreement.terms[4].windowMinutes: missing required field; expected a whole number (0 or more)",
                "$.agreement.terms[5].commitment: missing required field; expected a whole number (0 or more)");
    }

    @Test
    void reportsNullInARequiredFieldOrAnArray() {
        assertProblems(base()
                        .set("/agreement/parties", "null")
                        .set("/detainees/0/id", "null")
                        .set("/detainees/1", "null")
                        .set("/lists/0/detainees/0", "null").json(),
                "$.agreement.parties: expected an array of two parties, got null",
                "$.detainees[0].id: expected a non-blank string, got null",
                "$.detainees[1]: expected an object, got null",
                "$.lists[0].detainees[0]: expected a string, got null");
    }

    @Test
    void reportsAValueOfTheWrongType() {
        assertProblems(base()
                        .set("/agreement/id", "7")
                        .set("/agreement/parties/0", "\"UA\"")
                        .set("/detainees/0/name", "[\"Ivan\"]")
                        .set("/batches/0/unilateral", "\"yes\"")
                        .set("/batches/0/transfers", "{}").json(),
                "$.agreement.id: expected a non-blank string, got 7",
                "$.agreement.parties[0]: expected an object, got \"UA\"",
                "$.detainees[0].name: expected a string, got an array",
                // unilateral is added after transfers, so it comes last in the document
                "$.batches[0].transfers: expected an array of transfers, got an object",
                "$.batches[0].unilateral: expected true or false, got \"yes\"");
    }

    @Test
    void reportsABlankId() {
        assertProblems(base().set("/batches/0/id", "\" \"").json(), "$.batches[0].id: must not be blank");
    }

    @Test
    void cutsALongValueShort() {
        assertProblems(base().set("/batches/0/date", "\"" + "x".repeat(100) + "\"").json(),
                "$.batches[0].date: \"" + "x".repeat(37) + "...\" is not a date (YYYY-MM-DD)");
    }

    // ---------------------------------------------------------------- unknown fields

    @Test
    void reportsAnUnknownFieldWithTheKnownOnes() {
        assertProblems(base().rename("/detainees/0", "heldBy", "heldby").json(),
                "$.detainees[0].heldby: unknown field; "
                        + "expected one of id, name, heldBy, returnTo, status, birthDate, condition, consent",
                "$.detainees[0].heldBy: missing required field; expected a string");
    }

    @Test
    void reportsAnUnknownFieldOfATerm() {
        assertProblems(base()
                        .set("/agreement/terms/3/strict", "true")
                        .set("/agreement/terms/6", "{\"type\": \"ELIGIBILITY\", \"scope\": \"TOTAL\"}").json(),
                "$.agreement.terms[3].strict: unknown field for term type PARITY; expected one of type, scope, exempt",
                "$.agreement.terms[6].scope: unknown field for term type ELIGIBILITY; expected only type");
    }

    @Test
    void quotesAnUnknownKeyThatIsNotAPlainName() {
        assertProblems(base().set("/remains/0/bad key\"", "1").json(),
                "$.remains[0][\"bad key\\\"\"]: unknown field; expected one of id, date, from, to, count");
    }

    @Test
    void reportsAnUnknownTopLevelField() {
        assertProblems(base().set("/remain", "[]").json(),
                "$.remain: unknown field; expected one of agreement, detainees, lists, batches, remains");
    }

    // ---------------------------------------------------------------- enums and term types

    @Test
    void reportsAnUnknownEnumValueWithTheAllowedOnes() {
        assertProblems(base()
                        .set("/agreement/terms/0/categories/0", "\"OLD\"")
                        .set("/detainees/0/condition", "\"INJURED\"")
                        .set("/detainees/0/consent", "\"consented\"")
                        .set("/detainees/1/status", "1").json(),
                "$.agreement.terms[0].categories[0]: \"OLD\" is not one of "
                        + "YOUNG, SERIOUSLY_WOUNDED, SERIOUSLY_ILL, CIVILIAN",
                "$.detainees[0].condition: \"INJURED\" is not one of "
                        + "HEALTHY, WOUNDED, SERIOUSLY_WOUNDED, SERIOUSLY_ILL",
                "$.detainees[0].consent: \"consented\" is not one of CONSENTED, DECLINED, UNKNOWN",
                "$.detainees[1].status: expected one of MILITARY, CIVILIAN, got 1");
    }

    @Test
    void reportsAnUnknownTermTypeWithTheKnownOnes() {
        assertProblems(base().set("/agreement/terms/6", "{\"type\": \"FAIRNESS\", \"level\": 3}").json(),
                "$.agreement.terms[6].type: \"FAIRNESS\" is not one of ALL_FOR_ALL, "
                        + "AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, AGREED_LISTS, CONSENT, "
                        + "ELIGIBILITY, REMAINS");
    }

    @Test
    void reportsATermWithoutAType() {
        assertProblems(base().set("/agreement/terms/6", "{}").json(),
                "$.agreement.terms[6].type: missing required field; expected one of ALL_FOR_ALL, "
                        + "AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, AGREED_LISTS, CONSENT, "
                        + "ELIGIBILITY, REMAINS");
    }

    @Test
    void reportsATermTypeListedTwice() {
        assertProblems(base().set("/agreement/terms/6", "{\"type\": \"PARITY\", \"scope\": \"TOTAL\"}").json(),
                "$.agreement.terms[6].type: \"PARITY\" is already the type of $.agreement.terms[3]; "
                        + "expected each term type at most once");
    }

    // ---------------------------------------------------------------- custom terms

    /** A custom term with a parameter of each type. */
    static final TermDeclaration BATCH_LIMIT = new TermDeclaration("BATCH_LIMIT",
            "In any one batch, neither party releases more than max detainees.", List.of(
            new TermParameter("max", ParameterType.INTEGER, List.of(), true, Optional.empty(), "the most"),
            new TermParameter("strict", ParameterType.BOOLEAN, List.of(), false, Optional.of(false), "strictly"),
            new TermParameter("since", ParameterType.DATE, List.of(), false, Optional.empty(), "from when"),
            new TermParameter("parties", ParameterType.STRING_LIST, List.of(), false, Optional.empty(), "who"),
            new TermParameter("note", ParameterType.STRING, List.of(), false, Optional.empty(), "a note"),
            new TermParameter("scope", ParameterType.ENUM, List.of("PER_BATCH", "TOTAL"), false,
                    Optional.of("PER_BATCH"), "where")));

    @Test
    void readsACustomTermWithItsParametersAsTheirDeclaredTypesAndItsDefaults() throws Exception {
        ScenarioReader custom = new ScenarioReader(List.of(BATCH_LIMIT));

        ExchangeRecord record = custom.read(base().set("/agreement/terms/6", """
                {"type": "BATCH_LIMIT", "max": 5000000000, "since": "2025-06-09", "parties": ["UA", "RU"],
                 "note": null}""").json());

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("max", 5_000_000_000L);
        parameters.put("since", LocalDate.of(2025, 6, 9));
        parameters.put("parties", List.of("UA", "RU"));
        parameters.put("strict", false);
        parameters.put("scope", "PER_BATCH");
        CustomTerm term = (CustomTerm) record.agreement().terms().get(6);
        assertThat(term).isEqualTo(new CustomTerm("BATCH_LIMIT", parameters));
        assertThat(term.integer("max")).isEqualTo(5_000_000_000L);
        assertThat(term.date("since")).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void reportsEachBadParameterOfACustomTermAtItsPath() {
        ScenarioReader custom = new ScenarioReader(List.of(BATCH_LIMIT));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> custom.read(base()
                .set("/agreement/terms/6", """
                        {"type": "BATCH_LIMIT", "since": "soon", "strict": "yes", "parties": ["UA", 3],
                         "scope": "ALL", "limit": 2}""")
                .json())).problems())
                .containsExactly(
                        "$.agreement.terms[6].since: \"soon\" is not a date (YYYY-MM-DD)",
                        "$.agreement.terms[6].strict: expected true or false, got \"yes\"",
                        "$.agreement.terms[6].parties[1]: expected a string, got 3",
                        "$.agreement.terms[6].scope: \"ALL\" is not one of PER_BATCH, TOTAL",
                        "$.agreement.terms[6].limit: unknown field for term type BATCH_LIMIT; expected one of type, "
                                + "max, strict, since, parties, note, scope",
                        "$.agreement.terms[6].max: missing required field; expected a whole number");
    }

    @Test
    void reportsAnIntegerParameterBeyond64Bits() {
        ScenarioReader custom = new ScenarioReader(List.of(BATCH_LIMIT));

        assertProblems(custom, base().set("/agreement/terms/6", "{\"type\": \"BATCH_LIMIT\", \"max\": 9223372036854775808}")
                        .json(),
                "$.agreement.terms[6].max: must be at most 9223372036854775807, got 9223372036854775808");
    }

    @Test
    void listsTheDeclaredTypesAmongTheKnownOnes() {
        ScenarioReader custom = new ScenarioReader(List.of(BATCH_LIMIT,
                new TermDeclaration("ALPHA", "a term", List.of())));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> custom.read(base()
                .set("/agreement/terms/6", "{\"type\": \"FAIRNESS\"}").json())).problems())
                .containsExactly("$.agreement.terms[6].type: \"FAIRNESS\" is not one of "
                        + "ALL_FOR_ALL, AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, AGREED_LISTS, "
                        + "CONSENT, ELIGIBILITY, REMAINS, ALPHA, BATCH_LIMIT");
    }

    @Test
    void reportsACustomTypeListedTwice() {
        ScenarioReader custom = new ScenarioReader(List.of(BATCH_LIMIT));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> custom.read(base()
                .set("/agreement/terms/6", "{\"type\": \"BATCH_LIMIT\", \"max\": 1}")
                .set("/agreement/terms/7", "{\"type\": \"BATCH_LIMIT\", \"max\": 2}").json())).problems())
                .containsExactly(
                        "$.agreement.terms[7].type: \"BATCH_LIMIT\" is already the type of $.agreement.terms[6]; "
                                + "expected each term type at most once");
    }

    @Test
    void refusesTwoDeclarationsOfOneType() {
        assertThatThrownBy(() -> new ScenarioReader(List.of(BATCH_LIMIT, BATCH_LIMIT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term type BATCH_LIMIT is declared twice");
    }

    // ---------------------------------------------------------------- dates, instants, zones

    @Test
    void reportsAnImpossibleDate() {
        assertProblems(base()
                        .set("/agreement/signedOn", "\"2025-02-29\"")
                        .set("/detainees/0/birthDate", "\"2001-13-01\"")
                        .set("/batches/0/date", "\"2025-6-9\"")
                        .set("/remains/0/date", "20250611").json(),
                "$.agreement.signedOn: \"2025-02-29\" is not a date (YYYY-MM-DD)",
                "$.detainees[0].birthDate: \"2001-13-01\" is not a date (YYYY-MM-DD)",
                "$.batches[0].date: \"2025-6-9\" is not a date (YYYY-MM-DD)",
                "$.remains[0].date: expected a date (YYYY-MM-DD), got 20250611");
    }

    @Test
    void reportsAnInvalidReferenceDate() {
        assertProblems(base().set("/agreement/terms/1/referenceDate", "\"SIGNING_DATE\"").json(),
                "$.agreement.terms[1].referenceDate: \"SIGNING_DATE\" is not "
                        + "AGREEMENT_DATE, EXCHANGE_DATE or a date (YYYY-MM-DD)");
    }

    @Test
    void reportsAnInvalidInstant() {
        assertProblems(base().set("/batches/0/transfers/0/at", "\"2025-06-09 09:00\"").json(),
                "$.batches[0].transfers[0].at: \"2025-06-09 09:00\" is not an instant "
                        + "(ISO-8601, like 2025-06-09T09:00:00Z)");
    }

    @Test
    void reportsAnInstantWithoutAZone() {
        assertProblems(base().set("/batches/0/transfers/0/at", "\"2025-06-09T09:00:00\"").json(),
                "$.batches[0].transfers[0].at: \"2025-06-09T09:00:00\" is not an instant "
                        + "(ISO-8601, like 2025-06-09T09:00:00Z)");
    }

    @Test
    void reportsATimeZoneThatIsNotIana() {
        assertProblems(base().set("/agreement/timeZone", "\"Europe/Kiyv\"").json(),
                "$.agreement.timeZone: \"Europe/Kiyv\" is not an IANA time zone (like Europe/Kyiv or UTC)");
        assertProblems(base().set("/agreement/timeZone", "\"+03:00\"").json(),
                "$.agreement.timeZone: \"+03:00\" is not an IANA time zone (like Europe/Kyiv or UTC)");
    }

    // ---------------------------------------------------------------- ids and parties

    @Test
    void reportsTwoDetaineesWithTheSameId() {
        assertProblems(base().set("/detainees/2", "{\"id\": \"UA-1\", \"heldBy\": \"RU\"}").json(),
                "$.detainees[2].id: \"UA-1\" is already the id of $.detainees[0]; expected a unique detainee id");
    }

    @Test
    void reportsTwoBatchesWithTheSameId() {
        assertProblems(base().set("/batches/1", "{\"id\": \"B1\", \"date\": \"2025-06-10\", \"transfers\": []}")
                        .json(),
                "$.batches[1].id: \"B1\" is already the id of $.batches[0]; expected a unique batch id");
    }

    @Test
    void reportsTwoRemainsWithTheSameId() {
        assertProblems(base().set("/remains/1",
                                "{\"id\": \"R1\", \"date\": \"2025-06-12\", \"from\": \"RU\", \"to\": \"UA\", \"count\": 1}")
                        .json(),
                "$.remains[1].id: \"R1\" is already the id of $.remains[0]; expected a unique remains id");
    }

    @Test
    void reportsARepeatedIdEvenInAnEntryWithOtherProblems() {
        assertProblems(base().set("/detainees/2", "{\"id\": \"UA-1\"}").json(),
                "$.detainees[2].id: \"UA-1\" is already the id of $.detainees[0]; expected a unique detainee id",
                "$.detainees[2].heldBy: missing required field; expected a string");
    }

    @Test
    void reportsNotExactlyTwoParties() {
        assertProblems(base().set("/agreement/parties/2", "{\"code\": \"PL\"}").json(),
                "$.agreement.parties: expected exactly 2 elements, got 3");
        assertProblems(base().set("/agreement/parties", "[]").json(),
                "$.agreement.parties: expected exactly 2 elements, got 0");
    }

    @Test
    void reportsPartiesWithTheSameCode() {
        assertProblems(base().set("/agreement/parties/1/code", "\"UA\"").json(),
                "$.agreement.parties[1].code: \"UA\" is already the code of $.agreement.parties[0]; "
                        + "expected distinct party codes");
    }

    // ---------------------------------------------------------------- numbers

    @Test
    void reportsNegativeNumbers() {
        assertProblems(base()
                        .set("/agreement/terms/1/minAge", "-1")
                        .set("/agreement/terms/4/windowMinutes", "-5")
                        .set("/agreement/terms/5/commitment", "-6000")
                        .set("/remains/0/count", "-12").json(),
                "$.agreement.terms[1].minAge: must not be negative, got -1",
                "$.agreement.terms[4].windowMinutes: must not be negative, got -5",
                "$.agreement.terms[5].commitment: must not be negative, got -6000",
                "$.remains[0].count: must not be negative, got -12");
    }

    @Test
    void reportsNumbersThatAreNotWholeOrTooLarge() {
        assertProblems(base()
                        .set("/agreement/terms/1/maxAgeExclusive", "24.5")
                        .set("/agreement/terms/4/windowMinutes", "\"120\"")
                        .set("/agreement/terms/5/commitment", "2147483648").json(),
                "$.agreement.terms[1].maxAgeExclusive: expected a whole number (0 or more), got 24.5",
                "$.agreement.terms[4].windowMinutes: expected a whole number (0 or more), got \"120\"",
                "$.agreement.terms[5].commitment: must be at most 2147483647, got 2147483648");
        // Past the range of a double: the validator would let it through (and be slow at it).
        assertProblems(base().set("/remains/0/count", "1e400").json(),
                "$.remains[0].count: 1E+400 is out of range; expected a number between 4.9E-324 and "
                        + "1.7976931348623157E308 in size, or 0");
        assertProblems(base().set("/detainees/0/consent", "\"@\"").json().replace("\"@\"", "-1e-999999999"),
                "$.detainees[0].consent: -1e-999999999 is out of range; expected a number between 4.9E-324 and "
                        + "1.7976931348623157E308 in size, or 0");
    }

    // ---------------------------------------------------------------- rules between parameters

    @Test
    void reportsAnAgeLimitWhoseMaximumIsNotAboveItsMinimum() {
        assertProblems(base().set("/agreement/terms/1/minAge", "25").json(),
                "$.agreement.terms[1].maxAgeExclusive: must be greater than minAge (25), got 25");
        assertProblems(base().set("/agreement/terms/1/maxAgeExclusive", "0").json(),
                "$.agreement.terms[1].maxAgeExclusive: must be greater than minAge (0), got 0");
    }

    @Test
    void reportsADailyScheduleThatEndsBeforeItStarts() {
        assertProblems(base().set("/agreement/terms/2/schedule/to", "\"2025-06-01\"").json(),
                "$.agreement.terms[2].schedule.to: \"2025-06-01\" is before from (\"2025-06-09\"); "
                        + "expected a date on or after it");
    }

    @Test
    void reportsADailyScheduleThatIsTooLong() throws Exception {
        assertThat(reader.read(base().set("/agreement/terms/2/schedule/to", "\"2035-06-17\"").json())
                .agreement().terms().get(2)).isEqualTo(new CadenceTerm(
                        Schedule.daily(LocalDate.of(2025, 6, 9), LocalDate.of(2035, 6, 17)), Severity.WARNING));
        assertProblems(base().set("/agreement/terms/2/schedule/to", "\"2035-06-18\"").json(),
                "$.agreement.terms[2].schedule.to: \"2035-06-18\" is more than 3660 days after from "
                        + "(\"2025-06-09\"); a daily schedule spans at most 3660 days");
    }

    @Test
    void reportsAScheduleThatIsNotDaily() {
        assertProblems(base().set("/agreement/terms/2/schedule/every", "\"WEEKLY\"").json(),
                "$.agreement.terms[2].schedule.every: \"WEEKLY\" is not one of DAILY");
        assertProblems(base().remove("/agreement/terms/2/schedule/every").json(),
                "$.agreement.terms[2].schedule: expected an object with either dates, or from, to and every");
    }

    @Test
    void reportsAScheduleWithBothDatesAndARange() {
        assertProblems(base().set("/agreement/terms/2/schedule/dates", "[\"2025-06-31\"]").json(),
                "$.agreement.terms[2].schedule: expected an object with either dates, or from, to and every",
                "$.agreement.terms[2].schedule.dates[0]: \"2025-06-31\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void reportsAScheduleWithNeitherDatesNorARange() {
        assertProblems(base().set("/agreement/terms/2/schedule", "{}").json(),
                "$.agreement.terms[2].schedule: expected an object with either dates, or from, to and every");
    }

    // ---------------------------------------------------------------- all problems, in order

    @Test
    void reportsEveryProblemInDocumentOrder() {
        assertProblems("""
                {
                  "detainees": [ { "id": "UA-1", "heldBy": "RU", "birthdate": "2001-03-04", "status": "SOLDIER" } ],
                  "agreement": { "signedOn": "yesterday", "id": "a1", "parties": [ { "code": "UA" } ], "terms": [] },
                  "batches": [ { "transfers": [ { "basis": "YOUNG", "detainee": "UA-1", "at": "noon" } ], "id": "B1" } ]
                }
                """,
                "$.detainees[0].birthdate: unknown field; "
                        + "expected one of id, name, heldBy, returnTo, status, birthDate, condition, consent",
                "$.detainees[0].status: \"SOLDIER\" is not one of MILITARY, CIVILIAN",
                "$.agreement.signedOn: \"yesterday\" is not a date (YYYY-MM-DD)",
                "$.agreement.parties: expected exactly 2 elements, got 1",
                "$.batches[0].transfers[0].at: \"noon\" is not an instant (ISO-8601, like 2025-06-09T09:00:00Z)",
                "$.batches[0].date: missing required field; expected a date (YYYY-MM-DD)");
    }

    @Test
    void capsTheProblemsShownAtTwentyLines() {
        Scenario scenario = base();
        for (int i = 0; i < 25; i++) {
            scenario.set("/detainees/" + (i + 2), "{\"id\": \"D" + i + "\", \"heldBy\": \"RU\", \"condition\": 1}");
        }
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(scenario.json()));

        assertThat(e.problems()).hasSize(25);
        List<String> shown = e.problemLines(20);
        assertThat(shown).hasSize(20);
        assertThat(shown.subList(0, 19)).isEqualTo(e.problems().subList(0, 19));
        assertThat(shown.get(0))
                .isEqualTo("$.detainees[2].condition: expected one of HEALTHY, WOUNDED, SERIOUSLY_WOUNDED, "
                        + "SERIOUSLY_ILL, got 1");
        assertThat(shown.get(19)).isEqualTo("... and 6 more problems");
    }

    @Test
    void showsAllProblemsWhenThereAreTwentyOrFewer() {
        Scenario scenario = base();
        for (int i = 0; i < 20; i++) {
            scenario.set("/detainees/" + (i + 2), "{\"id\": \"D" + i + "\", \"heldBy\": \"RU\", \"condition\": 1}");
        }
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(scenario.json()));

        assertThat(e.problemLines(20)).isEqualTo(e.problems()).hasSize(20);
    }

    // ---------------------------------------------------------------- limits

    @Test
    void readerLimits_haveTheDocumentedDefaults() {
        assertThat(ReaderLimits.defaults()).isEqualTo(new ReaderLimits(536_870_912L, 2_000_000, 100_000, 1_000_000,
                10_000, 100_000, 10_000, 64, 1_000));
        assertThat(reader.limits()).isEqualTo(ReaderLimits.defaults());
        assertThat(new ScenarioReader(List.of(BATCH_LIMIT)).limits()).isEqualTo(ReaderLimits.defaults());
    }

    @Test
    void readerLimits_mustBePositive() {
        assertThatThrownBy(() -> ReaderLimits.defaults().withMaxDetainees(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDetainees must be positive, was 0");
        assertThatThrownBy(() -> ReaderLimits.defaults().withMaxFileBytes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFileBytes must be positive, was -1");
    }

    @Test
    void withLimits_keepsTheTermTypesAndLeavesTheReaderAsItWas() throws Exception {
        ScenarioReader custom = new ScenarioReader(List.of(BATCH_LIMIT));
        ScenarioReader limited = custom.withLimits(ReaderLimits.defaults().withMaxDetainees(1));

        assertThat(custom.limits()).isEqualTo(ReaderLimits.defaults());
        assertThat(limited.limits().maxDetainees()).isEqualTo(1);
        assertThat(limited.read(base().set("/agreement/terms/6", "{\"type\": \"BATCH_LIMIT\", \"max\": 3}")
                .remove("/detainees").set("/detainees", "[{\"id\": \"UA-1\", \"heldBy\": \"RU\"}]").json())
                .agreement().terms().get(6)).isEqualTo(new CustomTerm("BATCH_LIMIT",
                        Map.of("max", 3L, "strict", false, "scope", "PER_BATCH")));
    }

    @Test
    void reportsAFileLargerThanTheLimit_beforeReadingIt() throws Exception {
        ScenarioReader small = reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(100));
        byte[] json = base().json().getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("large.json"), json);

        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(json)).problems())
                .containsExactly("$: the file is " + json.length + " bytes, more than the limit of 100");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(file)).problems())
                .containsExactly("$: the file is " + json.length + " bytes, more than the limit of 100");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(base().json())).problems())
                .containsExactly("$: the file is " + json.length + " bytes, more than the limit of 100");
    }

    @Test
    void reportsAStreamLongerThanTheLimit_afterReadingOneByteMore() throws Exception {
        // Read as a stream: it stops within one buffer of the parser (8,000 bytes) past the limit.
        ScenarioReader small = reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(100));
        byte[] json = (base().json() + " ".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(json);

        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(in)).problems())
                .containsExactly("$: the file is more than the limit of 100 bytes");
        assertThat(in.available()).isGreaterThan(json.length - 100 - 8_000 - 1);
    }

    @Test
    void readsAFileOfExactlyTheLimit() throws Exception {
        byte[] json = base().json().getBytes(StandardCharsets.UTF_8);
        ScenarioReader exact = reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(json.length));

        assertThat(exact.read(json).agreement().id()).isEqualTo("a1");
        assertThat(exact.read(new ByteArrayInputStream(json)).agreement().id()).isEqualTo("a1");
    }

    @Test
    void measuresTextInUtf8Bytes() {
        // 2 bytes for é, 4 for the emoji (a surrogate pair), 2 for the quotes: 8 bytes, 5 chars.
        ScenarioReader small = reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(7));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read("\"\u00e9\ud83d\ude00\"")).problems())
                .containsExactly("$: the file is 8 bytes, more than the limit of 7");
    }

    @Test
    void reportsEachKindOfFactPastItsLimit_withTheExactCount() {
        ScenarioReader small = reader.withLimits(ReaderLimits.defaults().withMaxDetainees(2).withMaxBatches(1)
                .withMaxTransfersPerBatch(1).withMaxLists(1).withMaxRemains(1));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(base()
                .set("/detainees/2", "{\"id\": \"UA-2\", \"heldBy\": \"RU\"}")
                .set("/lists/1", "{}")
                .set("/batches/1", "{\"id\": \"B2\", \"transfers\": [1, [2], {}]}")
                .set("/remains/1", "7")
                .set("/remains/2", "null").json())).problems())
                .containsExactly("$.detainees: 3 detainees is more than the limit of 2",
                        "$.lists: 2 lists is more than the limit of 1",
                        "$.batches: 2 batches is more than the limit of 1",
                        "$.remains: 3 remains is more than the limit of 1");
    }

    @Test
    void readsFactsUpToTheirLimit_andCountsOnlyTheArraysOfTheFormat() throws Exception {
        ScenarioReader small = reader.withLimits(ReaderLimits.defaults().withMaxDetainees(2).withMaxTransfersPerBatch(1));

        ExchangeRecord record = small.read(base()
                .set("/agreement/terms/3/exempt", "[\"YOUNG\", \"OTHER\", \"CIVILIAN\"]").json());

        assertThat(record.detainees()).hasSize(2);
        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(
                "{\"agreement\": {\"detainees\": [1, 2, 3]}, \"batches\": {\"transfers\": [1, 2]}}")).problems())
                .doesNotContain("$.agreement.detainees: 3 detainees is more than the limit of 2")
                .contains("$.batches: expected an array of batches, got an object");
    }

    @Test
    void reportsAStringOrAKeyLongerThanTheLimit() {
        // The longest string and key of the file: SIMULTANEITY (12), maxAgeExclusive (15).
        ScenarioReader small = reader.withLimits(ReaderLimits.defaults().withMaxStringLength(20));

        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(base()
                .set("/detainees/0/name", "\"" + "x".repeat(21) + "\"").json())).problems())
                .containsExactly("$.detainees[0].name: a string longer than the limit of 20 characters");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> small.read(base()
                .set("/detainees/0/" + "y".repeat(21), "1").json())).problems())
                .containsExactly("$.detainees[0]: a key longer than the limit of 20 characters");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> reader.read(base()
                .set("/lists/0/detainees/1", "\"" + "x".repeat(10_001) + "\"").json())).problems())
                .containsExactly("$.lists[0].detainees[1]: a string longer than the limit of 10000 characters");
    }

    @Test
    void readsAStringOfExactlyTheLimit() throws Exception {
        ExchangeRecord record = reader.read(base().set("/detainees/0/name", "\"" + "x".repeat(10_000) + "\"").json());

        assertThat(record.detainees().get(0).name()).contains("x".repeat(10_000));
    }

    @Test
    void reportsANumberLongerThanTheLimit() {
        assertProblems(base().set("/remains/0/count", "\"@\"").json().replace("\"@\"", "1" + "0".repeat(1_000)),
                "$.remains[0].count: a number longer than the limit of 1000 characters");
    }

    @Test
    void reportsNestingDeeperThanTheLimit_withoutRecursingThroughIt() {
        // 10,000 nested arrays: the reader stops at the 65th.
        assertProblems("{\"agreement\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                "$.agreement" + "[0]".repeat(63) + ": nested deeper than the limit of 64 arrays and objects, "
                        + "at line 1, column 79");
        ScenarioReader shallow = reader.withLimits(ReaderLimits.defaults().withMaxNestingDepth(3));
        assertThat(catchThrowableOfType(ScenarioException.class, () -> shallow.read(
                "{\"agreement\": {\"parties\": [{\"code\": {}}]}}")).problems())
                .containsExactly("$.agreement.parties[0]: nested deeper than the limit of 3 arrays and objects, "
                        + "at line 1, column 29");
    }

    @Test
    void reportsBytesThatAreNotUtf8_withLineAndColumn() {
        byte[] json = "{\n  \"agreement\": \"\u00ff\u00ff\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(catchThrowableOfType(ScenarioException.class, () -> reader.read(json)).problems())
                .containsExactly("$.agreement: not valid JSON at line 2, column 18: invalid UTF-8 start byte 0xff; "
                        + "expected text in UTF-8");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> reader.read(
                new byte[] {'{', '"', (byte) 0xc0, (byte) 0x80, '"', ':', '1', '}'})).problems())
                .containsExactly("$: not valid JSON at line 1, column 6: invalid UTF-8; expected text in UTF-8");
        assertThat(catchThrowableOfType(ScenarioException.class, () -> reader.read(
                new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'})).problems())
                .containsExactly("$: not valid JSON at line 1, column 5: invalid UTF-8; expected text in UTF-8");
    }

    @Test
    void readsUtf8AfterAByteOrderMark() throws Exception {
        byte[] json = base().json().getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[json.length + 3];
        marked[0] = (byte) 0xef;
        marked[1] = (byte) 0xbb;
        marked[2] = (byte) 0xbf;
        System.arraycopy(json, 0, marked, 3, json.length);

        assertThat(reader.read(marked)).isEqualTo(reader.read(json));
    }

    // ---------------------------------------------------------------- found by ScenarioReaderFuzzProperties

    @Test
    void reportsANumberWhoseExponentIsOutOfRange_ratherThanThrowingNumberFormatException() {
        assertProblems(base().set("/remains/0/count", "\"@\"").json().replace("\"@\"", "1e2147483648"),
                "$.remains[0].count: 1e2147483648 has an exponent out of range; expected a number whose exponent "
                        + "is between -2147483647 and 2147483647");
        assertProblems(base().set("/agreement/terms/4/windowMinutes", "\"@\"").json()
                        .replace("\"@\"", "1.5e-2147483647"),
                "$.agreement.terms[4].windowMinutes: 1.5e-2147483647 has an exponent out of range; expected a number "
                        + "whose exponent is between -2147483647 and 2147483647");
    }

    @Test
    void reportsAnInstantWhoseYearIsNotFourDigits_whichTheValidatorCouldNotHandle() {
        // Instant.parse takes it, and toEpochMilli overflowed in the rules: an internal error.
        assertProblems(base().set("/batches/0/transfers/0/at", "\"+1000000000-12-31T23:59:59Z\"").json(),
                "$.batches[0].transfers[0].at: \"+1000000000-12-31T23:59:59Z\" is not an instant "
                        + "(ISO-8601, like 2025-06-09T09:00:00Z)");
        assertProblems(base().set("/batches/0/transfers/0/at", "\"+10000-01-01T00:00:00Z\"").json(),
                "$.batches[0].transfers[0].at: \"+10000-01-01T00:00:00Z\" is not an instant "
                        + "(ISO-8601, like 2025-06-09T09:00:00Z)");
    }

    @Test
    void readsInstantsOfTheYears0000To9999() throws Exception {
        assertThat(reader.read(base().set("/batches/0/transfers/0/at", "\"0000-01-01T00:00:00Z\"").json())
                .batches().get(0).transfers().get(0).at()).contains(Instant.parse("0000-01-01T00:00:00Z"));
        assertThat(reader.read(base().set("/batches/0/transfers/0/at", "\"9999-12-31T23:59:59+03:00\"").json())
                .batches().get(0).transfers().get(0).at()).contains(Instant.parse("9999-12-31T20:59:59Z"));
    }

    @Test
    void saysWhatJsonDoesNotAllow_withoutNamingTheParsersFeatures() {
        assertProblems("{\"agreement\": NaN}",
                "$.agreement: not valid JSON at line 1, column 18: 'NaN' is not a JSON number; "
                        + "expected a number in digits");
        assertProblems("{\"agreement\": +1}",
                "$.agreement: not valid JSON at line 1, column 16: unexpected character '+' in a number; "
                        + "expected a number without a plus sign");
        assertProblems("{\"agreement\":\u001e{}}",
                "$.agreement: not valid JSON at line 1, column 15: control character U+001E; "
                        + "expected only spaces, tabs and line breaks between values");
        assertProblems("{\"agreement\": /* note */ {}}",
                "$.agreement: not valid JSON at line 1, column 15: unexpected character '/'; "
                        + "expected a value (JSON has no comments)");
    }

    @Test
    void writesCharactersATerminalWouldNotShow_asEscapes() {
        // A lone surrogate could not even be printed, and U+202E turns the rest of the line around.
        assertProblems(new String(new byte[] {'{', '"', 'a', '"', ':', (byte) 0xef, (byte) 0xbf, (byte) 0xbf, '}'},
                        StandardCharsets.UTF_8),
                "$.a: not valid JSON at line 1, column 6: unexpected character U+FFFF; "
                        + "expected a string, a number, an array, an object, true, false or null");
        assertProblems(base().set("/detainees/0/\u202eid", "1").set("/agreement/parties/0/code", "\"\u2028\"").json(),
                "$.agreement.parties[0].code: must not be blank",
                "$.detainees[0][\"\\u202eid\"]: unknown field; "
                        + "expected one of id, name, heldBy, returnTo, status, birthDate, condition, consent");
        assertProblems(base().set("/batches/0/date", "\"\ud800\"").json(),
                "$.batches[0].date: \"\\ud800\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void cutsALongKeyShortInItsPath() {
        assertProblems(base().set("/remains/0/" + "k".repeat(10_000), "1").json(),
                "$.remains[0][\"" + "k".repeat(37) + "...\"]: unknown field; expected one of id, date, from, to, count");
    }

    @Test
    void keepsTheFirstThousandProblems_andCountsTheOthers() {
        // Millions of wrong values in a file within the size limit once took gigabytes to report.
        String ids = String.join(", ", Collections.nCopies(1_500, "1"));
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(base()
                .set("/lists/0/detainees", "[" + ids + "]").json()));

        assertThat(e.problems()).hasSize(1_000);
        assertThat(e.problems().get(999)).isEqualTo("$.lists[0].detainees[999]: expected a string, got 1");
        assertThat(e.problemCount()).isEqualTo(1_500);
        assertThat(e.problemLines(3)).containsExactly("$.lists[0].detainees[0]: expected a string, got 1",
                "$.lists[0].detainees[1]: expected a string, got 1", "... and 1498 more problems");
        assertThat(e.problemLines(2_000)).hasSize(1_001).endsWith("... and 500 more problems");
    }

    // ---------------------------------------------------------------- helpers

    private void assertProblems(String json, String... expected) {
        assertProblems(reader, json, expected);
    }

    private static void assertProblems(ScenarioReader reader, String json, String... expected) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(json));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.problems()).containsExactly(expected);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ScenarioReaderTests.class.getResource("/fixtures/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }

    private static Scenario base() {
        return new Scenario(fixture("minimal.json"));
    }

    /** The minimal valid fixture, edited at JSON pointers. */
    private static final class Scenario {

        private final ObjectNode root;

        Scenario(Path file) {
            try {
                root = (ObjectNode) MAPPER.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sets (or appends, for the next array index) the value at a pointer. */
        Scenario set(String pointer, String json) {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = root.at(at.head());
            JsonNode value;
            try {
                value = MAPPER.readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (parent instanceof ArrayNode array) {
                int index = at.last().getMatchingIndex();
                if (index == array.size()) {
                    array.add(value);
                } else {
                    array.set(index, value);
                }
            } else {
                ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
            }
            return this;
        }

        Scenario remove(String pointer) {
            JsonPointer at = JsonPointer.compile(pointer);
            ((ObjectNode) root.at(at.head())).remove(at.last().getMatchingProperty());
            return this;
        }

        /** Renames a key of the object at a pointer, keeping its place. */
        Scenario rename(String pointer, String from, String to) {
            ObjectNode object = (ObjectNode) root.at(pointer);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            ObjectNode renamed = MAPPER.createObjectNode();
            names.forEach(n -> renamed.set(n.equals(from) ? to : n, object.get(n)));
            object.removeAll();
            object.setAll(renamed);
            return this;
        }

        String json() {
            return root.toPrettyString();
        }
    }
}
