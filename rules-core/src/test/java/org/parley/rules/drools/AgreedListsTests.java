package org.parley.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.rules.drools.Fixtures.RU;
import static org.parley.rules.drools.Fixtures.UA;
import static org.parley.rules.drools.Fixtures.agreement;
import static org.parley.rules.drools.Fixtures.batch;
import static org.parley.rules.drools.Fixtures.heldByRu;
import static org.parley.rules.drools.Fixtures.heldByUa;
import static org.parley.rules.drools.Fixtures.record;
import static org.parley.rules.drools.Fixtures.release;
import static org.parley.rules.drools.Fixtures.validate;
import static org.parley.rules.drools.Fixtures.violations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rules.model.Severity;
import org.parley.rules.ValidationReport;
import org.parley.rules.Violation;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Basis;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.ExchangeRecord;

class AgreedListsTests {

    private static final String NOT_LISTED = "NOT_ON_LIST-01 released but not on the list of the party they return to";
    private static final String NO_PARTY = "NOT_ON_LIST-02 released with no party to return to";
    private static final AgreedListsTerm LISTS = new AgreedListsTerm();

    /** UA-n are held by RU (so returned to UA), RU-n are held by UA (so returned to RU). */
    private static final List<Detainee> PEOPLE = List.of(heldByRu("UA-1"), heldByRu("UA-2"), heldByUa("RU-1"));

    private static Violation notListed(String detainee, String message) {
        return new Violation("NOT_ON_LIST", Severity.ERROR, List.of(detainee), "AGREED_LISTS", NOT_LISTED, message);
    }

    private static Violation noParty(String detainee, String message) {
        return new Violation("NOT_ON_LIST", Severity.ERROR, List.of(detainee), "AGREED_LISTS", NO_PARTY, message);
    }

    @Test
    void agreedLists_onTheListOfThePartyTheyReturnTo_isCompliant() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(UA, "UA-1", "UA-2"), DetaineeList.of(RU, "RU-1")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void agreedLists_onTheOtherPartysListOnly_isAnError() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(UA, "RU-1"), DetaineeList.of(RU, "UA-1")));

        ValidationReport report = validate(record);

        assertThat(report.violations()).containsExactly(
                notListed("RU-1", "RU-1 was released on 2025-06-09 but is on no list requested by RU"),
                notListed("UA-1", "UA-1 was released on 2025-06-09 but is on no list requested by UA"));
        assertThat(report.isCompliant()).isFalse();
    }

    @Test
    void agreedLists_onAnyOfSeveralListsOfTheParty_isEnough() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("UA-2", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(UA, "UA-1"), DetaineeList.of(UA, "UA-2")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void agreedLists_noListsAtAll_everyReleasedDetaineeIsReported() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)),
                batch("B2", "2025-06-10", release("UA-2", Basis.OTHER)));

        assertThat(validate(record).violations()).containsExactly(
                notListed("RU-1", "RU-1 was released on 2025-06-09 but is on no list requested by RU"),
                notListed("UA-1", "UA-1 was released on 2025-06-09 but is on no list requested by UA"),
                notListed("UA-2", "UA-2 was released on 2025-06-10 but is on no list requested by UA"));
    }

    @Test
    void agreedLists_detaineeNotReleased_isNotChecked() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(UA, "UA-1")));

        assertThat(validate(record).violations()).isEmpty();
    }

    @Test
    void agreedLists_explicitReturnTo_decidesWhoseListCounts() {
        ExchangeRecord record = record(agreement(LISTS),
                List.of(heldByRu("RU-X").withReturnTo(RU), heldByRu("RU-Y").withReturnTo(RU)),
                batch("B1", "2025-06-09", release("RU-X", Basis.OTHER), release("RU-Y", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(RU, "RU-X"), DetaineeList.of(UA, "RU-Y")));

        assertThat(validate(record).violations()).containsExactly(
                notListed("RU-Y", "RU-Y was released on 2025-06-09 but is on no list requested by RU"));
    }

    @Test
    void agreedLists_heldByNoPartyWithoutReturnTo_isReportedAsHavingNoPartyToReturnTo() {
        ExchangeRecord record = record(agreement(LISTS), List.of(Detainee.of("XX-1", "XX")),
                batch("B1", "2025-06-09", release("XX-1", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(UA, "XX-1"), DetaineeList.of(RU, "XX-1")));

        ValidationReport report = validate(record);

        assertThat(report.byCode("NOT_ON_LIST")).containsExactly(noParty("XX-1",
                "XX-1 was released on 2025-06-09 but has no known party to return to, so no list covers them"));
        assertThat(report.byCode("UNKNOWN_PARTY")).extracting(Violation::subjects).containsExactly(List.of("XX-1"));
    }

    @Test
    void agreedLists_heldByNoPartyWithReturnTo_isCheckedAgainstThatPartysList() {
        ExchangeRecord record = record(agreement(LISTS),
                List.of(Detainee.of("XX-1", "XX").withReturnTo(UA), Detainee.of("XX-2", "XX").withReturnTo(UA)),
                batch("B1", "2025-06-09", release("XX-1", Basis.OTHER), release("XX-2", Basis.OTHER)))
                .withLists(List.of(DetaineeList.of(UA, "XX-1")));

        assertThat(violations(record, "NOT_ON_LIST")).containsExactly(
                notListed("XX-2", "XX-2 was released on 2025-06-09 but is on no list requested by UA"));
    }

    @Test
    void agreedLists_releaseInAUnilateralBatch_isChecked() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)).asUnilateral());

        assertThat(validate(record).violations()).containsExactly(
                notListed("UA-1", "UA-1 was released on 2025-06-09 but is on no list requested by UA"));
    }

    @Test
    void agreedLists_detaineeReleasedTwice_isReportedOnceWithTheFirstDate() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B2", "2025-06-10", release("UA-1", Basis.OTHER)),
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER)));

        assertThat(violations(record, "NOT_ON_LIST")).containsExactly(
                notListed("UA-1", "UA-1 was released on 2025-06-09 but is on no list requested by UA"));
    }

    @Test
    void agreedLists_unknownDetainee_isLeftToTheIntegrityCheck() {
        ExchangeRecord record = record(agreement(LISTS), PEOPLE,
                batch("B1", "2025-06-09", release("GHOST", Basis.OTHER)));

        assertThat(validate(record).violations()).extracting(Violation::code).containsExactly("UNKNOWN_DETAINEE");
    }

    @Test
    void agreedLists_termNotListed_isNotChecked() {
        ExchangeRecord record = record(agreement(), PEOPLE,
                batch("B1", "2025-06-09", release("UA-1", Basis.OTHER), release("RU-1", Basis.OTHER)));

        assertThat(validate(record).violations()).isEmpty();
    }
}
