package org.parley.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.RemainsTerm;

class ParleyRandomTests {

    private static List<ExchangeRecord> records(long seed, int n) {
        ParleyRandom random = ParleyRandom.withSeed(seed);
        List<ExchangeRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(random.record());
        }
        return records;
    }

    @Test
    void sameSeed_givesTheSameRecords_anotherSeedOthers() {
        assertThat(records(42, 20)).isEqualTo(records(42, 20)).isNotEqualTo(records(43, 20));
    }

    @Test
    void seededCompliantRecordsAndMutations_meanWhatTheySay() {
        ParleyRandom random = ParleyRandom.withSeed(7);
        ReferenceOracle oracle = new ReferenceOracle();
        int mutated = 0;
        for (int i = 0; i < 200; i++) {
            ExchangeRecord compliant = random.compliantRecord();
            ReportAssert.assertThat(oracle.validate(compliant)).hasNoViolations();
            Optional<Mutation> mutation = random.mutation(compliant);
            if (mutation.isPresent()) {
                mutated++;
                ReportAssert.assertThat(oracle.validate(mutation.get().record())).describedAs("%s", mutation.get())
                        .hasOnly(mutation.get().expected());
            }
        }
        assertThat(mutated).isEqualTo(200);
    }

    @Test
    void compliantRecord_forAnAgreementWhoseRemainsNoPartyCanHandOver_isRefused() {
        Agreement agreement = Agreement.of("ag-1", LocalDate.parse("2025-06-02"), Party.of("UA"), Party.of("RU"),
                new RemainsTerm("XX", 10, LocalDate.parse("2025-06-20")));

        assertThat(CompliantRecords.canComply(agreement)).isFalse();
        assertThatThrownBy(() -> ParleyRandom.withSeed(1).compliantRecord(agreement))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no record complies with agreement ag-1: its REMAINS term commits XX, who is not a party to it");
    }
}
