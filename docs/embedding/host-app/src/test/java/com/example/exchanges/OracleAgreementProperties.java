package com.example.exchanges;

import java.nio.file.Path;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.PropertyTest;
import org.parley.rules.testkit.RecordProperty;
import org.parley.rules.testkit.ReferenceOracle;
import org.parley.rules.testkit.ReportAssert;

/** Our rule files beside the built-in ones must leave the built-in terms as the contract says. */
class OracleAgreementProperties {

    static final Validator validator = Validators.builder()
            .addRules(Path.of("src/main/resources/rules")).build();
    static final Validator oracle = new ReferenceOracle();

    @PropertyTest
    void ourRulesLeaveTheBuiltInTermsAlone() {
        RecordProperty.forAll(ParleyGen.records())
                .check(record -> ReportAssert.assertThat(validator.validate(record))
                        .isSameReportAs(oracle.validate(record)));
    }
}
