package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void readsNumbersAsExactDecimals() {
        Terms terms = new Terms(Map.of("a", new BigDecimal("0.80"), "b", 3000, "c", 52L, "d", 0.1));
        assertThat(terms.decimal("a")).isEqualTo(new BigDecimal("0.80"));
        assertThat(terms.decimal("b")).isEqualByComparingTo("3000");
        assertThat(terms.integer("c")).isEqualTo(52);
        // a double goes through its shortest decimal text, not its binary expansion 0.1000000000000000055…
        assertThat(terms.decimal("d")).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void aWholeNumberWrittenWithDecimalsIsAnInteger() {
        assertThat(new Terms(Map.of("weeks", new BigDecimal("52.0"))).integer("weeks"))
                .isEqualTo(52);
    }

    @Test
    void refusesMissingOrMistypedTermsNamingThem() {
        Map<String, Object> values = new HashMap<>();
        values.put("text", "52");
        values.put("fraction", new BigDecimal("1.5"));
        values.put("huge", new BigDecimal("1e12"));
        values.put("nothing", null);
        values.put("list", List.of(1));
        Terms terms = new Terms(values);
        assertThatThrownBy(() -> terms.decimal("missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'missing'");
        assertThatThrownBy(() -> terms.decimal("text")).hasMessageContaining("'text'");
        assertThatThrownBy(() -> terms.decimal("nothing")).hasMessageContaining("'nothing'");
        assertThatThrownBy(() -> terms.integer("fraction")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> terms.integer("huge")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> terms.object("list")).hasMessageContaining("'list'");
        assertThatThrownBy(() -> terms.object("missing")).hasMessageContaining("'missing'");
    }

    @Test
    void nestedObjectsAreTermsToo() {
        Terms terms = new Terms(Map.of("rate", Map.of("SICKNESS_BENEFIT", 2500, "JOB_CLARIFICATION", 3000)));
        assertThat(terms.object("rate").decimal("SICKNESS_BENEFIT")).isEqualByComparingTo("2500");
        assertThat(terms.object("rate").decimal("JOB_CLARIFICATION")).isEqualByComparingTo("3000");
    }

    @Test
    void isNotChangedByLaterChangesToTheMapItWasMadeFrom() {
        Map<String, Object> values = new HashMap<>(Map.of("a", 1));
        Terms terms = new Terms(values);
        values.put("a", 2);
        assertThat(terms.integer("a")).isEqualTo(1);
        assertThatThrownBy(() -> terms.values().put("b", 3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsTheOrderOfItsTermsAndComparesByValue() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("z", 1);
        values.put("a", 2);
        assertThat(new Terms(values).values().keySet()).containsExactly("z", "a");
        assertThat(new Terms(values)).isEqualTo(new Terms(Map.of("a", 2, "z", 1)));
    }
}
