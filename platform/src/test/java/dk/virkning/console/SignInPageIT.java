package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The issuer's sign-in page is the platform's own, not Spring Security's generated English one: in
 * Danish by default and in English for an English browser, accessible, under a strict
 * Content-Security-Policy, and a wrong password is said so on the page.
 */
class SignInPageIT extends ConsoleBrowserIT {

    @Test
    void theSignInPageSpeaksDanishIsAccessibleAndSaysAWrongPasswordIsWrong() {
        browser.go("/console");
        browser.waitFor(By.name("username"));
        assertThat(browser.heading()).isEqualTo("Log ind");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("da");
        browser.check("sign-in");

        browser.driver().findElement(By.name("username")).sendKeys("operator.person");
        browser.driver().findElement(By.name("password")).sendKeys("not-the-password");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.waitFor(By.id("login-error")).getText())
                .isEqualTo("Brugernavn eller adgangskode er forkert.");
        browser.check("sign-in-failed");
    }

    @Test
    void anEnglishBrowserGetsItInEnglishUnderAStrictPolicy() throws Exception {
        HttpResponse<String> page =
                send("GET", "/login", null, null, null, Map.of("Accept-Language", "en-GB,en;q=0.9"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"en\">")
                .contains("<h1>Sign in</h1>")
                .contains("name=\"_csrf\"")
                .doesNotContain("<script", "style=");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
    }
}
