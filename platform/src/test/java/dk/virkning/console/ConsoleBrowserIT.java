package dk.virkning.console;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.model.MunicipalityCreate;
import dk.virkning.support.PlatformIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the console's browser tests: the demo's people and data (the same application context as
 * the other demo tests), the tests' own municipality for tasks that write, and a fresh browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "virkning.demo.enabled=true")
abstract class ConsoleBrowserIT extends PlatformIT {

    static final String DEMO_PASSWORD = "demo-password";

    protected ConsoleBrowser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = ConsoleBrowser.open(port, ISSUER);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** The browser tests' own municipality, whose admin and caseworker PlatformIT configures. */
    protected String consoleMunicipality() throws ApiException {
        try {
            new MunicipalitiesApi(client(tokens.operator()))
                    .createMunicipality(new MunicipalityCreate()
                            .id(CONSOLE_MUNICIPALITY)
                            .name("Konsolby Kommune")
                            .municipalityCode("399"));
        } catch (ApiException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
        return CONSOLE_MUNICIPALITY;
    }
}
