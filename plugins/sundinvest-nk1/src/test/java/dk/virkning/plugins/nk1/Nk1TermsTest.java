package dk.virkning.plugins.nk1;

import static dk.virkning.plugins.nk1.Nk1Fixtures.Q4_2024;
import static dk.virkning.plugins.nk1.Nk1Fixtures.context;
import static dk.virkning.plugins.nk1.Nk1Fixtures.demoTerms;
import static dk.virkning.plugins.nk1.Nk1Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.testkit.TermsFile;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NK1's terms as JSON, read the way the platform reads them. The formula and the model's schema must
 * agree: what one refuses, the other refuses too, so a program cannot be created with terms that its
 * first settlement run then rejects.
 */
class Nk1TermsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(new Nk1InterventionModel().describe().termsSchema());

    static Stream<Arguments> invalidTerms() {
        return Stream.of(
                Arguments.of("baselineBenefitShare", null),
                Arguments.of("weeklyNetCost", null),
                Arguments.of("measurementWeeks", null),
                Arguments.of("savingsShare", null),
                Arguments.of("maxTotalPayment", null),
                Arguments.of("baselineBenefitShare", new BigDecimal("1.01")),
                Arguments.of("baselineBenefitShare", new BigDecimal("-0.1")),
                Arguments.of("savingsShare", new BigDecimal("1.5")),
                Arguments.of("weeklyNetCost", new BigDecimal("-1")),
                Arguments.of("weeklyNetCost", "3000"),
                Arguments.of("maxTotalPayment", new BigDecimal("-0.01")),
                Arguments.of("measurementWeeks", 0),
                Arguments.of("measurementWeeks", 521),
                Arguments.of("measurementWeeks", new BigDecimal("52.5")),
                Arguments.of("measurementWeeks", "52"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidTerms")
    void theFormulaRefusesAnInvalidTermNamingIt(String term, Object value) throws Exception {
        String json = json(term, value);
        assertThatThrownBy(() -> new Nk1PaymentFormula()
                        .evaluate(context(TermsFile.parse(json), Q4_2024, participant("p1", "SSSS"))))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("invalid NK1 terms")
                .hasMessageContaining("'" + term + "'");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidTerms")
    void theSchemaRefusesTheSameInvalidTerm(String term, Object value) throws Exception {
        assertThat(SCHEMA.validate(JSON.readTree(json(term, value)))).isNotEmpty();
    }

    static Stream<Arguments> boundaryTerms() {
        return Stream.of(
                Arguments.of("baselineBenefitShare", 0),
                Arguments.of("baselineBenefitShare", 1),
                Arguments.of("savingsShare", 0),
                Arguments.of("savingsShare", 1),
                Arguments.of("weeklyNetCost", 0),
                Arguments.of("maxTotalPayment", 0),
                Arguments.of("measurementWeeks", 1),
                Arguments.of("measurementWeeks", 520));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("boundaryTerms")
    void theFormulaAndTheSchemaAcceptTermsOnTheBoundary(String term, Object value) throws Exception {
        String json = json(term, value);
        assertThat(SCHEMA.validate(JSON.readTree(json))).isEmpty();
        assertThat(new Nk1PaymentFormula()
                        .evaluate(context(TermsFile.parse(json), Q4_2024, participant("p1", "SSDD")))
                        .earned()
                        .signum())
                .isNotNegative();
    }

    /** The demo terms as JSON with one term replaced, or removed when {@code value} is null. */
    private static String json(String term, Object value) throws Exception {
        return JSON.writeValueAsString(demoTerms(term, value));
    }
}
