package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An investor analyst signs in on the portfolio (figures in Danish kroner, the cash flows as a
 * chart with a table), is refused a capital transaction without an amount, reads the statements
 * and downloads one, switches to English, and signs out.
 */
class InvestorConsoleIT extends ConsoleBrowserIT {

    @Test
    void anAnalystReadsThePortfolioAndTheStatementsAndDownloadsOne() throws Exception {
        browser.go("/console");
        browser.signIn("effekt.analyst", DEMO_PASSWORD);
        assertThat(browser.heading()).isEqualTo("Portefølje");
        assertThat(browser.text(By.id("portfolio"))).contains("Norddjurs");
        assertThat(browser.text(By.id("total-net"))).endsWith(" kr.");
        assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg rect")))
                .isNotEmpty();
        browser.check("investor-portfolio");

        browser.press(By.xpath("//button[text()='Registrér']"));
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        browser.check("investor-transaction-refused");

        browser.click("Opgørelser");
        assertThat(browser.heading()).isEqualTo("Opgørelser");
        String csv = browser.driver()
                .findElement(By.cssSelector("#investor-statements a[href$='/csv']"))
                .getAttribute("href");
        assertThat(browser.fetchStatus("GET", csv)).isEqualTo(200);
        String pdf = browser.driver()
                .findElement(By.cssSelector("#investor-statements a[href$='/pdf']"))
                .getAttribute("href");
        assertThat(browser.fetchStatus("GET", pdf)).isEqualTo(200);
        browser.check("investor-statements");

        browser.press(By.cssSelector("#investor-statements tbody tr a"));
        assertThat(browser.heading()).startsWith("Opgørelse ");
        browser.check("investor-statement");

        browser.click("English");
        assertThat(browser.heading()).startsWith("Statement ");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.driver().getPageSource()).contains("DKK ");
        browser.check("investor-statement-english");

        browser.signOut();
    }
}
