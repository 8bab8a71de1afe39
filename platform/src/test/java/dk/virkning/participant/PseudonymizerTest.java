package dk.virkning.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.virkning.shared.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class PseudonymizerTest {

    private static final String CPR = "010190-1234";
    private static final String HEDENSTED = "0766";
    private static final String HOLBAEK = "0316";

    private final Pseudonymizer pseudonymizer = pseudonymizer("secret");

    @Test
    void theSameCprInTheSameMunicipalityGivesTheSamePseudonym() {
        Pseudonym first = pseudonymizer.pseudonymise(HEDENSTED, CPR);
        Pseudonym second = pseudonymizer("secret").pseudonymise(HEDENSTED, CPR);

        assertThat(first).isEqualTo(second);
        assertThat(first.value()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theHyphenDoesNotMatter() {
        assertThat(pseudonymizer.pseudonymise(HEDENSTED, "0101901234"))
                .isEqualTo(pseudonymizer.pseudonymise(HEDENSTED, CPR));
    }

    @Test
    void anotherMunicipalityGivesAnotherPseudonym() {
        assertThat(pseudonymizer.pseudonymise(HOLBAEK, CPR)).isNotEqualTo(pseudonymizer.pseudonymise(HEDENSTED, CPR));
    }

    @Test
    void anotherSecretGivesAnotherPseudonym() {
        assertThat(pseudonymizer("another secret").pseudonymise(HEDENSTED, CPR))
                .isNotEqualTo(pseudonymizer.pseudonymise(HEDENSTED, CPR));
    }

    @Test
    void anotherCprGivesAnotherPseudonym() {
        assertThat(pseudonymizer.pseudonymise(HEDENSTED, "010190-1235"))
                .isNotEqualTo(pseudonymizer.pseudonymise(HEDENSTED, CPR));
    }

    @Test
    void thePseudonymIsAnHmacUnderAnHmacDerivedMunicipalityKey() throws Exception {
        // Pinned: stored participants are found by their pseudonym, so the derivation must never change.
        byte[] municipalityKey = hmac("secret".getBytes(StandardCharsets.UTF_8), "municipality:" + HEDENSTED);
        String expected = HexFormat.of().formatHex(hmac(municipalityKey, "0101901234"));

        assertThat(pseudonymizer.pseudonymise(HEDENSTED, CPR).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "12345",
                "010190123",
                "01019012345",
                "010190-12345",
                "01-0190-1234",
                "010190--1234",
                "0101901234 ",
                " 0101901234",
                "01019O1234",
                "abcdefghij"
            })
    void anInvalidCprIsABadRequest(String cpr) {
        ProblemException e =
                catchThrowableOfType(ProblemException.class, () -> pseudonymizer.pseudonymise(HEDENSTED, cpr));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.slug()).isEqualTo("invalid-cpr");
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field())
                .isEqualTo("cpr"));
        if (cpr != null && !cpr.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(cpr.trim());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "2512851111", "311299-9999", "000000-0000"})
    void theCprDigitsNeverAppearInThePseudonym(String cpr) {
        String digits = cpr.replace("-", "");
        String pseudonym = pseudonymizer.pseudonymise(HEDENSTED, cpr).value();

        assertThat(pseudonym)
                .doesNotContain(digits)
                .doesNotContain(digits.substring(0, 6))
                .doesNotContain(cpr);
        assertThat(new Pseudonym(pseudonym).toString()).doesNotContain(digits);
    }

    @Test
    void aCprIsTenDigitsWithAnOptionalHyphenAfterTheSixth() {
        assertThat(Pseudonymizer.isCpr("0101901234")).isTrue();
        assertThat(Pseudonymizer.isCpr("010190-1234")).isTrue();
        assertThat(Pseudonymizer.isCpr("0101-901234")).isFalse();
        assertThat(Pseudonymizer.isCpr("٠١٠١٩٠١٢٣٤")).isFalse();
        assertThat(Pseudonymizer.isCpr(null)).isFalse();
    }

    private static Pseudonymizer pseudonymizer(String secret) {
        try {
            return new Pseudonymizer(new PseudonymProperties(secret), java.util.Optional.empty());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
