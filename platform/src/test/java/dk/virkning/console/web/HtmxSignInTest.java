package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmxSignInTest {

    @Test
    void thePageIsReloadedByItsPathOnly() {
        assertThat(HtmxSignIn.samePage("http://virkning.test/console/investor/portfolio?lang=en"))
                .isEqualTo("/console/investor/portfolio?lang=en");
    }

    @Test
    void neverAnotherSiteOrAPathOutsideTheConsole() {
        assertThat(HtmxSignIn.samePage("https://evil.example/steal")).isEqualTo("/console");
        assertThat(HtmxSignIn.samePage("//evil.example/console")).isEqualTo("/console");
        assertThat(HtmxSignIn.samePage(null)).isEqualTo("/console");
        assertThat(HtmxSignIn.samePage("not a uri")).isEqualTo("/console");
    }
}
