package dk.virkning.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keyOrderDoesNotMatterAtAnyDepth() {
        Map<String, Object> innerAb = new LinkedHashMap<>();
        innerAb.put("a", 1);
        innerAb.put("b", 2);
        Map<String, Object> innerBa = new LinkedHashMap<>();
        innerBa.put("b", 2);
        innerBa.put("a", 1);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("z", innerAb);
        first.put("m", "x");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("m", "x");
        second.put("z", innerBa);

        assertThat(CanonicalJson.write(first)).isEqualTo(CanonicalJson.write(second));
        assertThat(CanonicalJson.write(first)).isEqualTo("{\"m\":\"x\",\"z\":{\"a\":1,\"b\":2}}");
    }

    @Test
    void equalNumbersInDifferentNotationsAreWrittenAlike() {
        String integer = CanonicalJson.write(Map.of("rate", 3000));
        assertThat(CanonicalJson.write(Map.of("rate", new BigDecimal("3000.00"))))
                .isEqualTo(integer);
        assertThat(CanonicalJson.write(Map.of("rate", new BigDecimal("3.0E3")))).isEqualTo(integer);
        assertThat(CanonicalJson.write(Map.of("rate", 3.0E3))).isEqualTo(integer);
        assertThat(CanonicalJson.write(Map.of("rate", 3000L))).isEqualTo(integer);
        assertThat(integer).isEqualTo("{\"rate\":3000}");
    }

    @Test
    void numbersAreWrittenPlainWithoutTrailingZeros() {
        assertThat(CanonicalJson.write(new BigDecimal("0.800"))).isEqualTo("0.8");
        assertThat(CanonicalJson.write(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(CanonicalJson.write(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(CanonicalJson.write(new BigDecimal("-12.50"))).isEqualTo("-12.5");
    }

    @Test
    void differentNumbersStayDifferent() {
        assertThat(CanonicalJson.write(new BigDecimal("0.80")))
                .isNotEqualTo(CanonicalJson.write(new BigDecimal("0.08")));
        assertThat(CanonicalJson.write(30)).isNotEqualTo(CanonicalJson.write(300));
    }

    @Test
    void stringsAreQuotedAndEscaped() {
        assertThat(CanonicalJson.write("say \"hi\"\\ now\n\r\t" + (char) 1))
                .isEqualTo("\"say \\\"hi\\\"\\\\ now\\n\\r\\t\\u0001\"");
        assertThat(CanonicalJson.write("Ærø")).isEqualTo("\"Ærø\"");
    }

    @Test
    void mapKeysAreEscapedToo() {
        assertThat(CanonicalJson.write(Map.of("a\"b", true))).isEqualTo("{\"a\\\"b\":true}");
    }

    @Test
    void listsKeepTheirOrder() {
        assertThat(CanonicalJson.write(List.of(3, 1, 2))).isEqualTo("[3,1,2]");
        assertThat(CanonicalJson.write(List.of(3, 1, 2))).isNotEqualTo(CanonicalJson.write(List.of(1, 2, 3)));
        assertThat(CanonicalJson.write(List.of(Map.of("b", 1, "a", 2), "x"))).isEqualTo("[{\"a\":2,\"b\":1},\"x\"]");
    }

    @Test
    void nullsAndBooleansAreLiterals() {
        assertThat(CanonicalJson.write(Arrays.asList(null, true, false))).isEqualTo("[null,true,false]");
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("k", null);
        assertThat(CanonicalJson.write(withNull)).isEqualTo("{\"k\":null}");
    }

    @Test
    void outputHasNoWhiteSpace() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", List.of(1, 2));
        nested.put("map", Map.of("x", "y"));
        assertThat(CanonicalJson.write(nested)).doesNotContainAnyWhitespaces();
    }
}
