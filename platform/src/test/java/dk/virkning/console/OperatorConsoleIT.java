package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The platform operator signs in on the municipalities, organisations and identity providers, opens
 * an organisation's signing keys, and signs out; sent to sign in from a deep link, they come back
 * to it.
 */
class OperatorConsoleIT extends ConsoleBrowserIT {

    @Test
    void theOperatorSeesMunicipalitiesOrganisationsAndSigningKeys() throws Exception {
        browser.go("/console");
        browser.signIn("operator.person", DEMO_PASSWORD);
        assertThat(browser.heading()).isEqualTo("Drift");
        assertThat(browser.text(By.id("municipalities")))
                .contains("Norddjurs Kommune")
                .contains("Hedensted Kommune");
        // The first page, sorted by name: a demo organisation that sorts before the tests' own.
        assertThat(browser.text(By.id("organisations"))).contains("Den Sociale Kapitalfond Effekt");
        browser.check("operator-overview");

        browser.driver()
                .findElement(
                        By.xpath("//table[@id='organisations']//a[contains(text(),'Den Sociale Kapitalfond Effekt')]"))
                .click();
        assertThat(browser.heading()).contains("Den Sociale Kapitalfond Effekt");
        browser.check("operator-organisation");

        browser.signOut();
        browser.check("operator-signed-out");
    }

    @Test
    void aPersonWhoseSessionExpiredSignsInAgainAndComesBackToThePage() throws Exception {
        browser.go("/console");
        browser.signIn("operator.person", DEMO_PASSWORD);
        assertThat(browser.heading()).isEqualTo("Drift");
        // The session ends (expired, or the server restarted): the cookies are gone.
        browser.driver().manage().deleteAllCookies();

        browser.go("/console/operator?lang=en");
        browser.signIn("operator.person", DEMO_PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).contains("/console/operator");
        assertThat(browser.heading()).isEqualTo("Operations");
    }
}
