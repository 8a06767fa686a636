package org.parley.rules.spring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Category;
import org.parley.rules.model.Condition;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Transfer;

/** The record of the README's embedding example: one AGE_LIMIT and one ALL_FOR_ALL error. */
public final class Records {

    private Records() {
    }

    /** The README's record. */
    public static ExchangeRecord readmeRecord() {
        Agreement agreement = Agreement.of("istanbul-2025-06-02", LocalDate.of(2025, 6, 2),
                new Party("UA", "Ukraine"), new Party("RU", "Russia"),
                new AllForAllTerm(Set.of(Category.SERIOUSLY_WOUNDED), LocalDate.of(2025, 6, 20)),
                AgeLimitTerm.under(25));
        return ExchangeRecord.of(agreement.withAsOf(LocalDate.of(2025, 6, 20)))
                .withDetainees(List.of(
                        Detainee.of("UA-0001", "RU").withCondition(Condition.SERIOUSLY_WOUNDED),
                        Detainee.of("RU-0001", "UA").withBirthDate(LocalDate.of(2000, 5, 30))))
                .withBatches(List.of(
                        Batch.of("B1", LocalDate.of(2025, 6, 9), Transfer.of("RU-0001", Basis.YOUNG))));
    }
}
