package org.parley.rules.drools;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parley.rules.ValidationReport;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.Violation;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Batch;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.Party;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;

/** Shared builders for the rule tests: one validator, short names for dates and facts. */
final class Fixtures {

    /** Compiled once for all tests: the validator is thread-safe and stateless. */
    static final Validator VALIDATOR = Validators.newValidator();

    static final String UA = "UA";
    static final String RU = "RU";
    static final LocalDate SIGNED_ON = date("2025-06-02");

    private Fixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** An agreement between UA and RU signed on 2025-06-02 with the given terms. */
    static Agreement agreement(Term... terms) {
        return Agreement.of("ag-1", SIGNED_ON, new Party(UA, "Ukraine"), new Party(RU, "Russia"), terms);
    }

    /** A detainee held by RU (so returned to UA). */
    static Detainee heldByRu(String id) {
        return Detainee.of(id, RU);
    }

    /** A detainee held by UA (so returned to RU). */
    static Detainee heldByUa(String id) {
        return Detainee.of(id, UA);
    }

    static Transfer release(String detainee, Basis basis) {
        return Transfer.of(detainee, basis);
    }

    static Transfer release(String detainee, Basis basis, String atIso) {
        return Transfer.of(detainee, basis, at(atIso));
    }

    static Batch batch(String id, String dateIso, Transfer... transfers) {
        return Batch.of(id, date(dateIso), transfers);
    }

    static ExchangeRecord record(Agreement agreement, List<Detainee> detainees, Batch... batches) {
        return ExchangeRecord.of(agreement).withDetainees(detainees).withBatches(List.of(batches));
    }

    static ValidationReport validate(ExchangeRecord record) {
        return VALIDATOR.validate(record);
    }

    /** The violations of one code, for tests that look at one term. */
    static List<Violation> violations(ExchangeRecord record, String code) {
        return validate(record).byCode(code);
    }
}
