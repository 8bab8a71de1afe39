package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Locale DA = Locale.forLanguageTag("da");

    @Test
    void danishAmountsHaveDotsForThousandsACommaForDecimalsAndKr() {
        assertThat(Amounts.format("1234567.89", DA)).isEqualTo("1.234.567,89 kr.");
        assertThat(Amounts.format("0", DA)).isEqualTo("0,00 kr.");
        assertThat(Amounts.format("-2500.5", DA)).isEqualTo("-2.500,50 kr.");
    }

    @Test
    void englishAmountsAreInDkkWithCommasForThousands() {
        assertThat(Amounts.format("1234567.89", Locale.ENGLISH)).isEqualTo("DKK 1,234,567.89");
        assertThat(Amounts.format("-2500.5", Locale.ENGLISH)).isEqualTo("-DKK 2,500.50");
    }

    @Test
    void amountsAreRoundedHalfEvenToOere() {
        assertThat(Amounts.format("0.125", DA)).isEqualTo("0,12 kr.");
        assertThat(Amounts.format("0.135", DA)).isEqualTo("0,14 kr.");
    }

    @Test
    void aMissingAmountIsBlank() {
        assertThat(Amounts.format((String) null, DA)).isEmpty();
    }

    @Test
    void decimalsUseTheLocalesSeparators() {
        assertThat(Amounts.decimal("1.0556", 2, DA)).isEqualTo("1,06");
        assertThat(Amounts.decimal("12345.5", 1, Locale.ENGLISH)).isEqualTo("12,345.5");
    }
}
