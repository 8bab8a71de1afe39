package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.IdentityIssuersApi;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.model.Municipality;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The platform operator signs in on the municipalities, organisations and identity providers, opens
 * an organisation's signing keys, and signs out; sent to sign in from a deep link, they come back
 * to it. They create a municipality and an organisation (each refused first with the API's
 * message beside the field) and are refused an identity provider the platform cannot reach.
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

        browser.press(By.xpath("//table[@id='organisations']//a[contains(text(),'Den Sociale Kapitalfond Effekt')]"));
        assertThat(browser.heading()).contains("Den Sociale Kapitalfond Effekt");
        browser.check("operator-organisation");

        browser.signOut();
        browser.check("operator-signed-out");
    }

    @Test
    void theOperatorCreatesAMunicipalityAndAnOrganisationAndIsRefusedAnIssuerItCannotReach() throws Exception {
        // Every page: the suite's shared database holds several hundred municipalities.
        Set<String> codes = new HashSet<>();
        MunicipalitiesApi municipalities = new MunicipalitiesApi(client(tokens.operator()));
        for (int page = 0; ; page++) {
            List<Municipality> items =
                    municipalities.listMunicipalities(page, 100).getItems();
            if (items.isEmpty()) {
                break;
            }
            items.forEach(m -> codes.add(m.getMunicipalityCode()));
        }
        // 900..999: the codes the shared test scenario leaves to tests that choose their own.
        String code = IntStream.rangeClosed(900, 998)
                .mapToObj(String::valueOf)
                .filter(c -> !codes.contains(c))
                .findFirst()
                .orElseThrow();
        String key = "opret" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
        browser.go("/console/operator");
        browser.signIn("operator.person", DEMO_PASSWORD);

        // A code of two digits: the API's message beside the field, the rest as typed, nothing created.
        type("m-id", key);
        type("m-name", "Opretby Kommune");
        type("m-code", "12");
        browser.press(By.xpath("//button[text()='Opret kommune']"));
        assertThat(browser.text(By.id("m-code-error"))).isNotBlank();
        assertThat(browser.driver().findElement(By.id("m-id")).getAttribute("value"))
                .isEqualTo(key);
        assertThat(browser.text(By.id("municipalities"))).doesNotContain(key);
        browser.check("operator-municipality-refused");
        browser.driver().findElement(By.id("m-code")).clear();
        type("m-code", code);
        browser.press(By.xpath("//button[text()='Opret kommune']"));
        assertThat(browser.text(By.cssSelector(".alert.success"))).contains("Kommunen er oprettet");
        assertThat(browser.text(By.id("municipalities"))).contains(key).contains("Opretby Kommune");

        // Listed by name, a page of 100: a name early in the alphabet is on the first page.
        String organisation = "Aktieselskabet Opret " + key;
        type("o-name", organisation);
        new Select(browser.driver().findElement(By.id("o-type"))).selectByValue("INVESTOR");
        type("o-cvr", "123");
        browser.press(By.xpath("//button[text()='Opret organisation']"));
        assertThat(browser.text(By.id("o-cvr-error"))).isNotBlank();
        assertThat(browser.text(By.id("organisations"))).doesNotContain(organisation);
        browser.driver().findElement(By.id("o-cvr")).clear();
        browser.press(By.xpath("//button[text()='Opret organisation']"));
        assertThat(browser.text(By.id("organisations"))).contains(organisation).contains("Investor");
        browser.check("operator-organisation-created");

        // An issuer whose discovery document cannot be fetched is refused on save.
        int issuers = new IdentityIssuersApi(client(tokens.operator()))
                .listIdentityIssuers()
                .size();
        new Select(browser.driver().findElement(By.id("i-owner"))).selectByVisibleText("Opretby Kommune");
        type("i-issuerUri", "http://127.0.0.1:9/realms/opret");
        type("i-audience", "virkning");
        type("i-rolesClaim", "roles");
        type("i-roleMapping", "sagsbehandler=CASEWORKER");
        browser.press(By.xpath("//button[text()='Registrér identitetsudbyder']"));
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        assertThat(browser.driver().findElement(By.id("i-issuerUri")).getAttribute("value"))
                .isEqualTo("http://127.0.0.1:9/realms/opret");
        assertThat(new IdentityIssuersApi(client(tokens.operator())).listIdentityIssuers())
                .hasSize(issuers);
        browser.check("operator-issuer-refused");

        browser.signOut();
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
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
