package org.parley.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.rules.MatchedFact.Origin;

class MatchedFactTests {

    @Test
    void toString_listsTheFieldsInOrder_absentOnesAsAbsent() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("id", Optional.of("UA-1"));
        fields.put("name", Optional.empty());
        fields.put("heldBy", Optional.of("RU"));

        MatchedFact fact = new MatchedFact("Detainee", Origin.RECORD, fields);

        assertThat(fact).hasToString("Detainee[id=UA-1, name=absent, heldBy=RU]");
        assertThat(fact.field("heldBy")).contains("RU");
        assertThat(fact.field("name")).isEmpty();
        assertThat(fact.field("nothing")).isEmpty();
        assertThat(fact.fields().keySet()).containsExactly("id", "name", "heldBy");
    }

    @Test
    void theFields_areCopiedAndCannotBeChanged() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("$total", Optional.of("3000000000"));
        MatchedFact fact = new MatchedFact("computed", Origin.COMPUTED, fields);
        fields.put("$other", Optional.of("1"));

        assertThat(fact.fields()).containsOnlyKeys("$total");
        assertThatThrownBy(() -> fact.fields().put("x", Optional.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullsAndABlankKind() {
        Map<String, Optional<String>> nullValue = new LinkedHashMap<>();
        nullValue.put("id", null);

        assertThatThrownBy(() -> new MatchedFact(" ", Origin.RECORD, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("kind must not be blank");
        assertThatThrownBy(() -> new MatchedFact("Detainee", null, Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("origin");
        assertThatThrownBy(() -> new MatchedFact("Detainee", Origin.RECORD, nullValue))
                .isInstanceOf(NullPointerException.class).hasMessage("field id");
    }
}
