package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ParameterType;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;

/** The payloads are read by rules-json: its problem lines, and custom terms against their declarations. */
class EventCodecTests {

    private static final TermDeclaration BATCH_LIMIT = new TermDeclaration("BATCH_LIMIT",
            "In any one batch, neither party releases more than max detainees.", List.of(
            new TermParameter("max", ParameterType.INTEGER, List.of(), true, Optional.empty(), "the most"),
            new TermParameter("strict", ParameterType.BOOLEAN, List.of(), false, Optional.of(false), "strictly")));

    private static final String AGREEMENT = """
            {"type": "AGREEMENT", "payload": {"id": "ag-1", "signedOn": "2025-06-02",
             "parties": [{"code": "UA"}, {"code": "RU"}], "terms": [%s]}}""";

    @Test
    void aCustomTermIsReadAgainstItsDeclarationWithItsDefaults() throws Exception {
        EventCodec codec = new EventCodec(List.of(BATCH_LIMIT));

        ExchangeEvent event = codec.decode(AGREEMENT.formatted("{\"type\": \"BATCH_LIMIT\", \"max\": 3}"));

        assertThat(((ExchangeEvent.AgreementStated) event).agreement().terms())
                .containsExactly(new CustomTerm("BATCH_LIMIT", Map.of("max", 3L, "strict", false)));
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void aCustomTermsWrongParametersAreRefusedWithEveryProblemOneLineEach() {
        EventCodec codec = new EventCodec(List.of(BATCH_LIMIT));

        BadEventException e = catchThrowableOfType(BadEventException.class, () -> codec.decode(
                AGREEMENT.formatted("{\"type\": \"BATCH_LIMIT\", \"strict\": \"yes\", \"limit\": 1}")));

        assertThat(e.getMessage()).isEqualTo("""
                $.payload.terms[0].strict: expected true or false, got "yes"
                $.payload.terms[0].limit: unknown field for term type BATCH_LIMIT; expected one of type, max, strict
                $.payload.terms[0].max: missing required field; expected a whole number""".strip());
    }

    @Test
    void anUndeclaredTermTypeIsRefused() {
        BadEventException e = catchThrowableOfType(BadEventException.class, () -> new EventCodec().decode(
                AGREEMENT.formatted("{\"type\": \"BATCH_LIMIT\", \"max\": 3}")));

        assertThat(e.getMessage()).isEqualTo("$.payload.terms[0].type: \"BATCH_LIMIT\" is not one of ALL_FOR_ALL, "
                + "AGE_LIMIT, WOUNDED_PRIORITY, CADENCE, PARITY, SIMULTANEITY, AGREED_LISTS, CONSENT, ELIGIBILITY, "
                + "REMAINS");
    }

    @Test
    void anEventIsWrittenAsItsEnvelopeAroundTheFormatsJson() throws Exception {
        EventCodec codec = new EventCodec();
        ExchangeEvent removed = new ExchangeEvent.BatchRemoved("B\"1");

        assertThat(codec.encode(removed)).isEqualTo("{\"type\":\"BATCH_REMOVED\",\"id\":\"B\\\"1\"}");
        assertThat(codec.decode(codec.encode(removed))).isEqualTo(removed);
        assertThat(codec.encode(codec.decode(
                "{\"type\": \"REMAINS_ADDED\", \"payload\": {\"id\": \"R1\", \"date\": \"2025-06-11\", "
                        + "\"from\": \"RU\", \"to\": \"UA\", \"count\": 2}}")))
                .isEqualTo("{\"type\":\"REMAINS_ADDED\",\"payload\":{\"id\":\"R1\",\"date\":\"2025-06-11\","
                        + "\"from\":\"RU\",\"to\":\"UA\",\"count\":2}}");
    }
}
