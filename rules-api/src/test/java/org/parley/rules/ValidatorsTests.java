package org.parley.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidatorsTests {

    @Test
    void newValidator_withNoImplementationOnTheClasspath_saysWhatToAdd() {
        // rules-api's own tests run without rules-core, as a host that forgot it would.
        assertThatThrownBy(Validators::newValidator)
                .isInstanceOf(NoProviderException.class)
                .hasMessage("No Parley validator implementation was found: add org.parley:rules-core "
                        + "to the runtime classpath");
    }
}
