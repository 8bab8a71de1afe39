package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A caseworker signs in on the worklist, opens a participant (named by pseudonymous id only),
 * records a WHO-5 measurement and sees its score, is refused a phase the model does not have with
 * the API's message, and signs out.
 */
class CaseworkerConsoleIT extends ConsoleBrowserIT {

    @Test
    void aCaseworkerRecordsWho5AndSeesTheScore() throws Exception {
        String municipality = consoleMunicipality();
        Program program = scenario.nk1Program(
                municipality,
                scenario.organisation(OrganisationType.PROVIDER),
                List.of(scenario.organisation(OrganisationType.INVESTOR)),
                5);
        Participant participant = scenario.enroll(municipality, program, "0202902222", "2024-W01");

        browser.go("/console");
        browser.signIn(CONSOLE_CASEWORKER, PERSON_PASSWORD);
        assertThat(browser.heading()).isEqualTo("Arbejdsliste");
        browser.check("caseworker-worklist");

        browser.go("/console/municipalities/" + municipality + "/programs/" + program.getId());
        browser.driver()
                .findElement(By.cssSelector("a[href$='/participants/" + participant.getId() + "']"))
                .click();
        assertThat(browser.heading())
                .startsWith("Deltager " + participant.getId().toString().substring(0, 8));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("0202902222");
        assertThat(browser.driver().getPageSource()).doesNotContain("0202902222");
        browser.check("caseworker-participant");

        browser.driver().findElement(By.id("takenOn")).sendKeys(danishDate(LocalDate.of(2024, 1, 10)));
        int[] answers = {3, 4, 2, 5, 3};
        for (int i = 0; i < answers.length; i++) {
            WebElement item = browser.driver().findElement(By.id("item" + (i + 1)));
            item.sendKeys(String.valueOf(answers[i]));
        }
        browser.driver()
                .findElement(By.xpath("//button[text()='Registrér WHO-5']"))
                .click();
        // Raw 17 of 25, the index 68 of 100.
        assertThat(browser.text(By.id("who5-score"))).contains("68").contains("17");
        browser.check("caseworker-who5-recorded");

        browser.driver().findElement(By.id("phase")).sendKeys("NO-SUCH-PHASE");
        browser.driver().findElement(By.id("on")).sendKeys(danishDate(LocalDate.of(2024, 2, 1)));
        browser.driver().findElement(By.xpath("//button[text()='Skift fase']")).click();
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        browser.check("caseworker-phase-refused");

        browser.signOut();
    }

    /** What a Danish date field takes from the keyboard: day, month, year. */
    static String danishDate(LocalDate date) {
        return String.format("%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
