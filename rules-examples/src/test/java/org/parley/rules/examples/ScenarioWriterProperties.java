package org.parley.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.json.ScenarioException;
import org.parley.rules.json.ScenarioReader;
import org.parley.rules.model.CustomTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParameterType;
import org.parley.rules.model.TermDeclaration;
import org.parley.rules.model.TermParameter;
import org.parley.rules.testkit.ParleyGen;
import org.parley.rules.testkit.ScenarioWriter;
import org.parley.rules.testkit.Tries;

/** The testkit's scenario writer writes what the command line's reader reads back, fact for fact. */
class ScenarioWriterProperties {

    @Test
    void everyGeneratedRecord_readsBackEqual() {
        ScenarioReader reader = new ScenarioReader();
        qt().withExamples(Tries.orDefault(300)).forAll(ParleyGen.records())
                .checkAssert(record -> {
                    String scenario = ScenarioWriter.write(record);
                    try {
                        assertThat(reader.read(scenario)).isEqualTo(record);
                    } catch (ScenarioException e) {
                        throw new AssertionError("the reader rejected\n" + scenario + "\n" + e.getMessage(), e);
                    }
                });
    }

    @Test
    void customTermsAndEscapes_readBackEqual() throws Exception {
        ExchangeRecord record = new ScenarioReader().read(java.nio.file.Path.of(
                "src/main/resources/scenarios/istanbul-2025-06-violations.json"));
        // A custom term's parameters are those its rule file declares; a map is no parameter type.
        CustomTerm custom = new CustomTerm("BATCH_LIMIT", Map.of("max", 2L, "note", "a \"quoted\"\n\\ line",
                "parties", List.of("UA", "RU")));
        ExchangeRecord withCustom = record.withAgreement(record.agreement().withTerm(custom)
                .withTitle("tab\there \u2028 and \u0001"));
        ScenarioReader reader = new ScenarioReader(List.of(new TermDeclaration("BATCH_LIMIT", "a limit", List.of(
                new TermParameter("max", ParameterType.INTEGER, List.of(), true, Optional.empty(), "the most"),
                new TermParameter("note", ParameterType.STRING, List.of(), false, Optional.empty(), "a note"),
                new TermParameter("parties", ParameterType.STRING_LIST, List.of(), false, Optional.empty(),
                        "who")))));

        assertThat(reader.read(ScenarioWriter.write(withCustom))).isEqualTo(withCustom);
        assertThat(reader.read(ScenarioWriter.write(record))).isEqualTo(record);
    }
}
