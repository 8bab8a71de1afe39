package dk.virkning.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void readsNumbersAsExactDecimals() {
        Terms terms = new Terms(Map.of("a", new BigDecimal("0.80"), "b", 3000, "c", 52L));
        assertThat(terms.decimal("a")).isEqualByComparingTo("0.8");
        assertThat(terms.decimal("b")).isEqualByComparingTo("3000");
        assertThat(terms.integer("c")).isEqualTo(52);
    }

    @Test
    void refusesMissingOrMistypedTerms() {
        Terms terms = new Terms(Map.of("a", "text", "b", new BigDecimal("1.5")));
        assertThatThrownBy(() -> terms.decimal("missing")).hasMessageContaining("missing");
        assertThatThrownBy(() -> terms.decimal("a")).hasMessageContaining("'a'");
        assertThatThrownBy(() -> terms.integer("b")).hasMessageContaining("whole number");
    }

    @Test
    void nestedObjectsAreTermsToo() {
        Terms terms = new Terms(Map.of("rate", Map.of("SICKNESS_BENEFIT", 2500)));
        assertThat(terms.object("rate").decimal("SICKNESS_BENEFIT")).isEqualByComparingTo("2500");
    }

    @Test
    void isImmutable() {
        Map<String, Object> values = new HashMap<>(Map.of("a", 1));
        Terms terms = new Terms(values);
        values.put("a", 2);
        assertThat(terms.integer("a")).isEqualTo(1);
        assertThatThrownBy(() -> terms.values().put("b", 3)).isInstanceOf(UnsupportedOperationException.class);
    }
}
