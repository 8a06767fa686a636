package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.date;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Remains;
import org.parley.rules.model.Transfer;

class IntegrityTests {

    private static Violation unknownParty(String rule, String id, String message) {
        return new Violation("UNKNOWN_PARTY", Severity.ERROR, List.of(id), "INTEGRITY", rule, message);
    }

    @Test
    void integrity_cleanRecord_hasNoViolation() {
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1"), heldByUa("RU-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)))
                .withRemains(List.of(new Remains("R1", date("2025-06-11"), "RU", "UA", 12)));

        ValidationReport report = validate(record);

        assertThat(report.violations()).isEmpty();
        assertThat(report.agreement()).isEqualTo("ag-1");
        assertThat(report.asOf()).isEqualTo(date("2025-06-11"));
    }

    @Test
    void unknownDetainee_transferNamingNoDetainee_isReportedWithBatchAndId() {
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-404", Basis.YOUNG)));

        assertThat(validate(record).violations()).containsExactly(new Violation("UNKNOWN_DETAINEE", Severity.ERROR,
                List.of("B1", "UA-404"), "INTEGRITY", "UNKNOWN_DETAINEE-01 transfer names no known detainee",
                "batch B1 transfers UA-404, who is not a known detainee"));
    }

    @Test
    void unknownParty_detaineeHeldByAPartyNotInTheAgreement_isReported() {
        ExchangeRecord record = record(agreement(), List.of(Detainee.of("X-1", "XX")));

        assertThat(validate(record).violations()).containsExactly(unknownParty(
                "UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement", "X-1",
                "detainee X-1: heldBy \"XX\" is not a party to the agreement (UA, RU)"));
    }

    @Test
    void unknownParty_bothFieldsUnknown_isOneViolationNamingBoth() {
        ExchangeRecord record = record(agreement(), List.of(Detainee.of("X-1", "XX").withReturnTo("YY")));

        assertThat(validate(record).violations()).containsExactly(unknownParty(
                "UNKNOWN_PARTY-01 detainee held by or returned to a party not in the agreement", "X-1",
                "detainee X-1: heldBy \"XX\" and returnTo \"YY\" are not parties to the agreement (UA, RU)"));
    }

    @Test
    void unknownParty_returnToUnknown_isReported() {
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1").withReturnTo("GE")));

        assertThat(validate(record).violations()).extracting(Violation::message).containsExactly(
                "detainee UA-1: returnTo \"GE\" is not a party to the agreement (UA, RU)");
    }

    @Test
    void unknownParty_remainsFromOrToAnUnknownParty_isReported() {
        ExchangeRecord record = record(agreement(), List.of())
                .withRemains(List.of(new Remains("R1", date("2025-06-11"), "RU", "XX", 3)));

        assertThat(validate(record).violations()).containsExactly(unknownParty(
                "UNKNOWN_PARTY-02 remains handed over from or to a party not in the agreement", "R1",
                "remains R1: to \"XX\" is not a party to the agreement (UA, RU)"));
    }

    @Test
    void duplicateTransfer_detaineeInTwoBatches_isOneViolation() {
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1")),
                batch("B2", "2025-06-10", release("UA-1", Basis.OTHER)),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)));

        assertThat(validate(record).violations()).containsExactly(new Violation("DUPLICATE_TRANSFER",
                Severity.ERROR, List.of("UA-1"), "INTEGRITY",
                "DUPLICATE_TRANSFER-01 detainee named in more than one transfer",
                "UA-1 is named in 2 transfers (batches B1, B2)"));
    }

    @Test
    void duplicateTransfer_identicalTransfersInOneBatch_areCounted() {
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1")),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-1", Basis.OTHER),
                        release("UA-1", Basis.OTHER)));

        assertThat(validate(record).violations()).extracting(Violation::message)
                .containsExactly("UA-1 is named in 3 transfers (batches B1)");
    }

    @Test
    void duplicateTransfer_thousandsOfCopiesOfOneId_isOneViolation() {
        // Judged once per id: driven by each transfer, this took minutes (found by the reader fuzz).
        Transfer[] copies = new Transfer[4_000];
        java.util.Arrays.fill(copies, release("UA-1", Basis.OTHER));
        ExchangeRecord record = record(agreement(), List.of(heldByRu("UA-1")), batch("B1", "2025-06-09", copies));

        assertThat(validate(record).violations()).extracting(Violation::message)
                .containsExactly("UA-1 is named in 4000 transfers (batches B1)");
    }

    @Test
    void duplicateTransfer_unknownDetaineeNamedTwice_isReportedBesideUnknownDetainee() {
        ExchangeRecord record = record(agreement(), List.of(),
                batch("B1", "2025-06-09", release("UA-9", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-9", Basis.OTHER)));

        assertThat(validate(record).violations()).extracting(Violation::code, Violation::subjects).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DUPLICATE_TRANSFER", List.of("UA-9")),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_DETAINEE", List.of("B1", "UA-9")),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_DETAINEE", List.of("B2", "UA-9")));
    }
}
