package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Provider staff sign in on their plugins with versions and availability, upload a version whose
 * signature does not verify and are shown the API's refusal (nothing installed), and sign out.
 */
class ProviderConsoleIT extends ConsoleBrowserIT {

    @Test
    void providerStaffSeeTheirPluginsAndAreRefusedAnUnsignedVersion() throws Exception {
        browser.go("/console");
        browser.signIn("sundinvest.staff", DEMO_PASSWORD);
        assertThat(browser.heading()).isEqualTo("Plugins");
        assertThat(browser.text(By.id("plugins"))).contains("sundinvest-nk1");
        browser.check("provider-plugins");
        int versions = browser.driver()
                .findElements(By.cssSelector("#plugins tbody tr"))
                .size();

        Path jar = Files.createTempFile("not-a-plugin-", ".jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 0, 0});
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(jar.toAbsolutePath().toString());
        browser.driver().findElement(By.id("signature")).sendKeys("bm90IGEgc2lnbmF0dXJl");
        browser.driver().findElement(By.xpath("//button[text()='Upload']")).click();
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("#plugins tbody tr")))
                .hasSize(versions);
        browser.check("provider-upload-refused");
        Files.delete(jar);

        browser.signOut();
    }
}
