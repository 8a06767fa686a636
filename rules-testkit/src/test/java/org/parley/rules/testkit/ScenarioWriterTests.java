package org.parley.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Transfer;

class ScenarioWriterTests {

    @Test
    void write_givesOneLinePerFactInTheScenarioFormat() {
        Agreement agreement = Agreement.of("a-1", LocalDate.of(2025, 6, 2), new Party("UA", "Ukraine"),
                new Party("RU", "Russia"), new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED, Category.YOUNG),
                        LocalDate.of(2025, 6, 20)), AgeLimitTerm.under(25), ParityTerm.perBatch())
                .withAsOf(LocalDate.of(2025, 6, 20)).withTimeZone(ZoneId.of("Europe/Kyiv"));
        ExchangeRecord record = ExchangeRecord.of(agreement)
                .withDetainees(List.of(Detainee.of("UA-1", "RU").withCondition(Condition.SERIOUSLY_WOUNDED)
                        .withName("Taras \"T\" K.").withBirthDate(LocalDate.of(2001, 3, 4))))
                .withLists(List.of(DetaineeList.of("UA", "UA-1")))
                .withBatches(List.of(Batch.of("B1", LocalDate.of(2025, 6, 9), Transfer.of("UA-1",
                        Basis.SERIOUSLY_WOUNDED, Instant.parse("2025-06-09T09:00:00Z"))).asUnilateral()))
                .withRemains(List.of(new Remains("R1", LocalDate.of(2025, 6, 11), "RU", "UA", 12)));

        assertThat(ScenarioWriter.write(record)).isEqualTo("""
                {
                  "agreement": {
                    "id": "a-1", "title": "a-1", "signedOn": "2025-06-02", "timeZone": "Europe/Kyiv", "asOf": "2025-06-20",
                    "parties": [{ "code": "UA", "name": "Ukraine" }, { "code": "RU", "name": "Russia" }],
                    "terms": [
                      { "type": "ALL_FOR_ALL", "categories": ["SERIOUSLY_WOUNDED", "YOUNG"], "completeBy": "2025-06-20" },
                      { "type": "AGE_LIMIT", "minAge": 0, "maxAgeExclusive": 25, "referenceDate": "AGREEMENT_DATE" },
                      { "type": "PARITY", "scope": "PER_BATCH", "exempt": [] }
                    ]
                  },
                  "detainees": [
                    { "id": "UA-1", "name": "Taras \\"T\\" K.", "heldBy": "RU", "status": "MILITARY", "birthDate": "2001-03-04", "condition": "SERIOUSLY_WOUNDED", "consent": "UNKNOWN" }
                  ],
                  "lists": [
                    { "requestedBy": "UA", "detainees": ["UA-1"] }
                  ],
                  "batches": [
                    { "id": "B1", "date": "2025-06-09", "unilateral": true, "transfers": [{ "detainee": "UA-1", "basis": "SERIOUSLY_WOUNDED", "at": "2025-06-09T09:00:00Z" }] }
                  ],
                  "remains": [
                    { "id": "R1", "date": "2025-06-11", "from": "RU", "to": "UA", "count": 12 }
                  ]
                }
                """);
    }

    @Test
    void write_refusesACustomParameterWithNoJsonForm() {
        Agreement agreement = Agreement.of("a-1", LocalDate.of(2025, 6, 2), Party.of("UA"), Party.of("RU"),
                new CustomTerm("ODD", Map.of("when", Instant.EPOCH)));

        assertThatThrownBy(() -> ScenarioWriter.write(ExchangeRecord.of(agreement)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for a custom term parameter of type java.time.Instant");
    }
}
