package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A municipality admin signs in, opens the program with its effect-goal dashboard, drafts the
 * quarter's statement, issues it, is refused a dispute without a reason, approves it, verifies it,
 * is shown every bad line of a register file, and signs out. A person of another municipality gets
 * the API's 404 as a page.
 */
class MunicipalityAdminConsoleIT extends ConsoleBrowserIT {

    @Test
    void anAdminDraftsIssuesAndApprovesAStatementAndSeesTheBadLinesOfAnImport() throws Exception {
        String municipality = consoleMunicipality();
        Program program = scenario.nk1Program(
                municipality,
                scenario.organisation(OrganisationType.PROVIDER),
                List.of(scenario.organisation(OrganisationType.INVESTOR)),
                5);
        scenario.enroll(municipality, program, "0101901111", "2024-W01");
        new RegisterApi(client(tokens.admin(municipality)))
                // The participant listed without weeks: covered and self-supporting all quarter (an
                // import that lists no one covers no one, and a settlement would have nothing to go on).
                .importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");

        browser.go("/console");
        browser.signIn(CONSOLE_ADMIN, PERSON_PASSWORD);
        assertThat(browser.heading()).isEqualTo("Programmer");
        browser.check("admin-programs");

        browser.press(By.cssSelector("a[href$='/programs/" + program.getId() + "']"));
        assertThat(browser.heading()).isEqualTo(program.getName());
        assertThat(browser.text(By.id("goals-heading"))).isEqualTo("Effektmål");
        browser.check("admin-program");

        browser.driver().findElement(By.id("period")).sendKeys("2024-Q1");
        browser.press(By.xpath("//button[text()='Lav udkast']"));
        assertThat(browser.heading()).isEqualTo("Opgørelse 2024-Q1");
        assertThat(browser.text(By.id("statement-status"))).isEqualTo("Udkast");
        assertThat(browser.driver().getPageSource()).contains(" kr.");
        // 39 of the 52 weeks are not known yet: at most 39 × 1440 = 56160.00 more, as weekly pay
        assertThat(browser.text(By.cssSelector("#open-amounts tbody tr td:first-child")))
                .isEqualTo("Ugebetaling");
        assertThat(browser.text(By.cssSelector("#open-amounts tbody tr td:nth-child(4)")))
                .contains("56.160,00");
        browser.check("admin-statement-draft");

        browser.press(By.xpath("//button[text()='Udsted opgørelsen']"));
        assertThat(browser.text(By.id("statement-status"))).isEqualTo("Udstedt");
        String statementPath = Path.of(
                        java.net.URI.create(browser.driver().getCurrentUrl()).getPath())
                .toString();
        // A form post without the CSRF token is refused and changes nothing.
        assertThat(browser.fetchStatus("POST", statementPath + "/approval")).isEqualTo(403);

        browser.press(By.xpath("//button[text()='Gør indsigelse']"));
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        assertThat(browser.text(By.id("statement-status"))).isEqualTo("Udstedt");
        browser.check("admin-statement-dispute-refused");

        browser.press(By.xpath("//button[text()='Godkend']"));
        assertThat(browser.text(By.id("statement-status"))).isEqualTo("Godkendt");
        browser.click("Genberegn og kontrollér opgørelsen");
        assertThat(browser.text(By.id("verification-result")))
                .isEqualTo("Genberegningen giver præcis den samme opgørelse.");
        browser.check("admin-statement-approved");

        browser.click(program.getName());
        browser.click("Importér en registerfil");
        browser.driver().findElement(By.id("coverageFrom")).sendKeys("2024-W14");
        browser.driver().findElement(By.id("coverageTo")).sendKeys("2024-W15");
        Path bad = Files.createTempFile("bad-register-", ".csv");
        Files.writeString(
                bad,
                "cpr,week,code\n0101901111,2024-W14,NO-SUCH-CODE\n0101901111,2024-W15,ALSO-NO-CODE\n",
                StandardCharsets.UTF_8);
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(bad.toAbsolutePath().toString());
        browser.driver().findElement(By.xpath("//button[text()='Importér']")).click();
        // Every bad line in the table, with its line number; nothing was imported.
        assertThat(browser.waitFor(By.cssSelector("#bad-lines tbody")).findElements(By.tagName("tr")))
                .isNotEmpty();
        assertThat(browser.text(By.cssSelector("#bad-lines tbody tr td:first-child")))
                .matches("\\d+");
        assertThat(browser.text(By.cssSelector("#bad-lines tbody tr td:last-child")))
                .isNotBlank();
        browser.check("admin-import-refused");
        Files.delete(bad);

        browser.click("Kodeoversættelse");
        assertThat(browser.heading()).isEqualTo("Kodeoversættelse");
        browser.check("admin-code-mapping");
        browser.driver().findElement(By.id("sourceCode")).sendKeys("X1");
        browser.driver().findElement(By.id("status")).sendKeys("NO-SUCH-STATUS");
        browser.press(By.xpath("//button[text()='Gem']"));
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        browser.check("admin-code-mapping-refused");

        browser.signOut();
        browser.check("admin-signed-out");
    }

    @Test
    void aPersonOfHedenstedOpeningANorddjursProgramGetsTheApisNotFound() throws Exception {
        Program norddjurs = new ProgramsApi(client(tokens.admin("norddjurs")))
                .listPrograms("norddjurs", 0, 1)
                .getItems()
                .get(0);

        browser.go("/console/municipalities/norddjurs/programs/" + norddjurs.getId());
        browser.signIn("hedensted.admin", DEMO_PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).contains("/programs/" + norddjurs.getId());
        assertThat(browser.text(By.cssSelector(".alert.error"))).contains("404");
        assertThat(browser.driver().getPageSource()).doesNotContain(norddjurs.getName());
        browser.check("foreign-tenant-not-found", 404);
    }
}
