package org.parley.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Transfer;

class RecordTransformsTests {

    private static final ExchangeRecord RECORD = new ExchangeRecord(
            Agreement.of("ag-1", LocalDate.parse("2025-06-02"), Party.of("UA"), Party.of("RU")),
            List.of(Detainee.of("D1", "RU").withBirthDate(LocalDate.parse("2000-02-29")), Detainee.of("D2", "XX")),
            List.of(Batch.of("B1", LocalDate.parse("2025-06-09"),
                    Transfer.of("D1", Basis.OTHER, Instant.parse("2025-06-09T10:00:00Z")), Transfer.of("D9", Basis.YOUNG))),
            List.of(DetaineeList.of("UA", "D1")),
            List.of(new Remains("R1", LocalDate.parse("2025-06-10"), "RU", "UA", 3)));

    @Test
    void ids_areEveryIdAndPartyCodeTheRecordNames() {
        assertThat(RecordTransforms.ids(RECORD)).containsExactly("B1", "D1", "D2", "D9", "R1", "RU", "UA", "XX", "ag-1");
    }

    @Test
    void renamed_renamesEveryIdWhereverItIsNamed() {
        Map<String, String> renaming = RecordTransforms.shuffledRenaming(RECORD, "n", 3);

        ExchangeRecord renamed = RecordTransforms.renamed(RECORD, renaming);

        assertThat(RecordTransforms.ids(renamed)).containsExactlyInAnyOrderElementsOf(renaming.values());
        assertThat(renamed.detainees().get(1).heldBy()).isEqualTo(renaming.get("XX"));
        assertThat(renamed.batches().get(0).transfers().get(1).detainee()).isEqualTo(renaming.get("D9"));
    }

    @Test
    void orderPreservingRenaming_keepsTheOrderOfTheIds() {
        Map<String, String> renaming = RecordTransforms.orderPreservingRenaming(RECORD, "id-", 5);

        assertThat(List.copyOf(renaming.values())).isSorted().hasSize(9);
    }

    @Test
    void renamedReport_renamesSubjectsAndIdsInMessagesOnly() {
        ValidationReport report = new ValidationReport("ag-1", LocalDate.parse("2025-06-09"), List.of(new Violation(
                "UNKNOWN_PARTY", Severity.ERROR, List.of("D2"), "INTEGRITY", "UNKNOWN_PARTY-01 rule",
                "detainee D2: heldBy \"XX\" is not a party to the agreement (UA, RU)")));

        ValidationReport renamed = RecordTransforms.renamed(report, Map.of("D2", "x-7", "XX", "FOREIGN", "UA", "A",
                "RU", "B", "ag-1", "deal"));

        assertThat(renamed.agreement()).isEqualTo("deal");
        assertThat(renamed.violations().get(0).subjects()).containsExactly("x-7");
        assertThat(renamed.violations().get(0).message())
                .isEqualTo("detainee x-7: heldBy \"FOREIGN\" is not a party to the agreement (A, B)");
    }

    @Test
    void shifted_movesEveryDateAndTimeByTheSameDays() {
        ExchangeRecord shifted = RecordTransforms.shifted(RECORD, 30);

        assertThat(shifted.agreement().signedOn()).isEqualTo("2025-07-02");
        assertThat(shifted.detainees().get(0).birthDate()).contains(LocalDate.parse("2000-03-30"));
        assertThat(shifted.batches().get(0).date()).isEqualTo("2025-07-09");
        assertThat(shifted.batches().get(0).transfers().get(0).at()).contains(Instant.parse("2025-07-09T10:00:00Z"));
        assertThat(shifted.remains().get(0).date()).isEqualTo("2025-07-10");
        assertThat(shifted.asOf()).isEqualTo("2025-07-10");
    }

    @Test
    void shiftedReport_movesTheDatesOfMessagesAndSubjects_notThoseInIds() {
        ValidationReport report = new ValidationReport("istanbul-2025-06-02", LocalDate.parse("2025-06-10"), List.of(
                new Violation("CADENCE_MISSED", Severity.WARNING, List.of("2025-06-10"), "CADENCE", "r",
                        "no batch on the scheduled date 2025-06-10"),
                new Violation("SIMULTANEITY", Severity.ERROR, List.of("B1"), "SIMULTANEITY", "r",
                        "in batch B1 (2025-06-09) the first handovers of UA (2025-06-09T10:30:01Z) and ...")));

        ValidationReport shifted = RecordTransforms.shifted(report, RecordTransforms.FOUR_YEARS_IN_DAYS);

        assertThat(shifted.agreement()).isEqualTo("istanbul-2025-06-02");
        assertThat(shifted.asOf()).isEqualTo("2029-06-10");
        assertThat(shifted.violations()).extracting(Violation::message).containsExactly(
                "no batch on the scheduled date 2029-06-10",
                "in batch B1 (2029-06-09) the first handovers of UA (2029-06-09T10:30:01Z) and ...");
        assertThat(shifted.violations().get(0).subjects()).containsExactly("2029-06-10");
    }

    @Test
    void splitBatch_movesTheTransfersAfterTheCutToANewBatchOnTheSameDate() {
        ExchangeRecord split = RecordTransforms.splitBatch(RECORD, "B1", "B1b", 1);

        assertThat(split.batches()).extracting(Batch::id).containsExactly("B1", "B1b");
        assertThat(split.batches().get(1).date()).isEqualTo("2025-06-09");
        assertThat(split.batches().get(1).transfers()).extracting(Transfer::detainee).containsExactly("D9");
        assertThatThrownBy(() -> RecordTransforms.splitBatch(RECORD, "B1", "B1", 1))
                .hasMessage("batch id B1 is taken");
    }
}
