package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IsoWeeksTest {

    @Test
    void anIsoWeekReadsAsUgeInDanishAndWeekInEnglish() {
        assertThat(IsoWeeks.format("2024-W05", Locale.forLanguageTag("da"))).isEqualTo("uge 5 2024");
        assertThat(IsoWeeks.format("2024-W52", Locale.forLanguageTag("da-DK"))).isEqualTo("uge 52 2024");
        assertThat(IsoWeeks.format("2020-W53", Locale.ENGLISH)).isEqualTo("week 53 2020");
    }

    @Test
    void somethingElseIsShownAsItIs() {
        assertThat(IsoWeeks.format("2024-Q1", Locale.ENGLISH)).isEqualTo("2024-Q1");
        assertThat(IsoWeeks.format(null, Locale.ENGLISH)).isEmpty();
    }
}
