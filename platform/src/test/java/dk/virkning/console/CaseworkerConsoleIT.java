package dk.virkning.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ActionPlansApi;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.model.ActivityRecord;
import dk.virkning.client.model.FollowUp;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Referral;
import dk.virkning.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A caseworker signs in on the worklist, opens a participant (named by pseudonymous id only),
 * records a WHO-5 measurement and sees its score, is refused a phase the model does not have with
 * the API's message, and signs out. They write the action plan (refused without barriers, then a
 * first and a second version), assign a team member, and in a Copenhagen program choose another
 * package than the recommended one (refused without a reason), complete an activity and a
 * follow-up it planned and the course.
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
        browser.press(By.cssSelector("a[href$='/participants/" + participant.getId() + "']"));
        assertThat(browser.heading())
                .startsWith("Deltager " + participant.getId().toString().substring(0, 8));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("0202902222");
        assertThat(browser.driver().getPageSource()).doesNotContain("0202902222");
        browser.check("caseworker-participant");

        setDate(By.id("takenOn"), LocalDate.of(2024, 1, 10));
        int[] answers = {3, 4, 2, 5, 3};
        for (int i = 0; i < answers.length; i++) {
            WebElement item = browser.driver().findElement(By.id("item" + (i + 1)));
            item.sendKeys(String.valueOf(answers[i]));
        }
        browser.press(By.xpath("//button[text()='Registrér WHO-5']"));
        // Raw 17 of 25, the index 68 of 100.
        assertThat(browser.text(By.id("who5-score"))).contains("68").contains("17");
        browser.check("caseworker-who5-recorded");

        browser.driver().findElement(By.id("phase")).sendKeys("NO-SUCH-PHASE");
        setDate(By.id("on"), LocalDate.of(2024, 2, 1));
        browser.press(By.xpath("//button[text()='Skift fase']"));
        assertThat(browser.text(By.cssSelector(".alert.error"))).isNotBlank();
        browser.check("caseworker-phase-refused");

        browser.signOut();
    }

    @Test
    void aCaseworkerWritesTheActionPlanAndAssignsTheTeam() throws Exception {
        String municipality = consoleMunicipality();
        Program program = scenario.nk1Program(
                municipality,
                scenario.organisation(OrganisationType.PROVIDER),
                List.of(scenario.organisation(OrganisationType.INVESTOR)),
                5);
        Participant participant = scenario.enroll(municipality, program, "0303903333", "2024-W01");

        browser.go(participantPath(municipality, program, participant));
        browser.signIn(CONSOLE_CASEWORKER, PERSON_PASSWORD);
        assertThat(browser.text(By.id("action-plan"))).contains("Ingen handleplan endnu.");
        assertThat(browser.text(By.id("participant-status"))).isEqualTo("Aktiv");

        // A plan without barriers: the API's refusal next to the field, the steps as typed, nothing written.
        browser.driver().findElement(By.id("step1")).sendKeys("Afklarende samtale med psykolog");
        browser.press(By.xpath("//button[text()='Gem handleplan']"));
        assertThat(browser.text(By.id("barriers-error"))).isNotBlank();
        assertThat(browser.driver().findElement(By.id("barrier1")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("step1")).getAttribute("value"))
                .isEqualTo("Afklarende samtale med psykolog");
        assertThat(browser.text(By.id("action-plan"))).contains("Ingen handleplan endnu.");
        assertThat(new ActionPlansApi(client(tokens.caseworker(municipality)))
                        .listActionPlans(municipality, program.getId(), participant.getId()))
                .isEmpty();
        browser.check("caseworker-plan-refused");

        browser.driver().findElement(By.id("barrier1")).sendKeys("Angst i sociale situationer");
        browser.driver().findElement(By.id("barrier2")).sendKeys("Usikker økonomi");
        browser.driver().findElement(By.id("stepBarrier1")).sendKeys("Angst i sociale situationer");
        setDate(By.id("stepDue1"), LocalDate.of(2024, 2, 16));
        browser.driver().findElement(By.id("step2")).sendKeys("Virksomhedspraktik 10 timer om ugen");
        browser.press(By.xpath("//button[text()='Gem handleplan']"));
        // The page's text in the failure message: the API's refusal, had there been one.
        assertThat(browser.text(By.tagName("main"))).contains("Handleplanen er gemt");
        assertThat(browser.text(By.id("plan-version"))).startsWith("Version 1");
        assertThat(browser.text(By.id("plan-barriers"))).contains("Usikker økonomi");
        assertThat(browser.driver().findElements(By.cssSelector("#plan-steps tbody tr")))
                .hasSize(2);
        // The editor starts from the current plan: a new version replaces it, the old one is kept.
        browser.driver().findElement(By.id("step3")).sendKeys("Jobsamtale");
        browser.press(By.xpath("//button[text()='Gem handleplan']"));
        assertThat(browser.text(By.id("plan-version"))).startsWith("Version 2");
        assertThat(browser.driver().findElements(By.cssSelector("#plan-steps tbody tr")))
                .hasSize(3);
        browser.check("caseworker-plan-saved");

        // A team member without a start day is refused with the message beside the date.
        browser.driver().findElement(By.id("member")).sendKeys("konsol.staff");
        browser.press(By.xpath("//button[text()='Tilknyt medarbejder']"));
        assertThat(browser.text(By.id("teamFrom-error"))).isNotBlank();
        assertThat(browser.driver().findElements(By.id("team"))).isEmpty();
        browser.check("caseworker-team-refused");
        browser.driver().findElement(By.id("member")).sendKeys("konsol.staff");
        setDate(By.id("teamFrom"), LocalDate.of(2024, 1, 8));
        browser.press(By.xpath("//button[text()='Tilknyt medarbejder']"));
        assertThat(browser.text(By.id("team"))).contains("Job consultant").contains("konsol.staff");
        assertThat(browser.text(By.cssSelector(".timeline"))).contains("Handleplan lavet");
        browser.check("caseworker-team-assigned");

        browser.signOut();
    }

    @Test
    void aCopenhagenCaseworkerChoosesAnotherPackageWithAReasonAndCompletesItsActivities() throws Exception {
        String municipality = consoleMunicipality();
        Program program = scenario.program(
                municipality,
                scenario.organisation(OrganisationType.PROVIDER),
                "copenhagen-course-packages",
                copenhagenTerms(),
                LocalDate.of(2024, 1, 1),
                10);
        Participant participant = new ParticipantsApi(client(tokens.caseworker(municipality)))
                .enrollParticipant(
                        municipality,
                        program.getId(),
                        Scenario.consenting()
                                .cpr("0404904444")
                                .targetGroup("SICKNESS_BENEFIT")
                                .startWeek("2024-W01")
                                .referral(new Referral()
                                        .referredOn(LocalDate.of(2023, 12, 20))
                                        .visitationCategory("1")
                                        .expectedLongerThanThreeMonths(false)
                                        .healthUnclear(false)
                                        .socialProblems(false)
                                        .seriousIllness(false)
                                        .permanentlyReducedCapacity(false)
                                        .primaryBarrier(Referral.PrimaryBarrierEnum.MENTAL)));

        browser.go(participantPath(municipality, program, participant));
        browser.signIn(CONSOLE_CASEWORKER, PERSON_PASSWORD);
        assertThat(browser.text(By.id("package-recommendation"))).contains("P1").contains("WORKPLACE_MENTAL_BASIC");
        browser.check("caseworker-package-recommended");

        // Another package than the recommendation, without a reason: refused beside the reason.
        new Select(browser.driver().findElement(By.id("packageCode"))).selectByValue("P2");
        new Select(browser.driver().findElement(By.id("courseCode"))).selectByValue("WORKPLACE_PHYSICAL_BASIC");
        setDate(By.id("startedOn"), LocalDate.of(2024, 1, 8));
        browser.press(By.xpath("//button[text()='Vælg pakke og forløb']"));
        assertThat(browser.text(By.id("reason-error"))).isNotBlank();
        assertThat(browser.driver().findElements(By.id("package-chosen"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("activities"))).isEmpty();
        browser.check("caseworker-package-refused");

        new Select(browser.driver().findElement(By.id("packageCode"))).selectByValue("P2");
        new Select(browser.driver().findElement(By.id("courseCode"))).selectByValue("WORKPLACE_PHYSICAL_BASIC");
        setDate(By.id("startedOn"), LocalDate.of(2024, 1, 8));
        browser.driver().findElement(By.id("reason")).sendKeys("Lægens erklæring peger på fysiske gener");
        browser.press(By.xpath("//button[text()='Vælg pakke og forløb']"));
        assertThat(browser.text(By.id("package-chosen"))).contains("P2").contains("WORKPLACE_PHYSICAL_BASIC");
        assertThat(browser.text(By.id("package-override"))).contains("fysiske gener");
        browser.check("caseworker-package-chosen");

        // The package planned its activities and follow-ups; one of each is recorded, a day in the future refused.
        ActivityRecord activity = new ActivitiesApi(client(tokens.caseworker(municipality)))
                .listActivities(municipality, program.getId(), participant.getId())
                .get(0);
        setDate(By.id("done-" + activity.getId()), LocalDate.now().plusDays(20));
        browser.press(By.cssSelector("#activity-" + activity.getId() + " button"));
        assertThat(browser.text(By.id("done-error"))).isNotBlank();
        assertThat(browser.text(By.id("activity-" + activity.getId()))).contains("Planlagt");
        browser.check("caseworker-activity-refused");
        setDate(By.id("done-" + activity.getId()), LocalDate.of(2024, 2, 1));
        browser.press(By.cssSelector("#activity-" + activity.getId() + " button"));
        assertThat(browser.text(By.id("activity-" + activity.getId())))
                .contains("Udført")
                .doesNotContain("Planlagt");
        assertThat(browser.driver().findElements(By.id("done-" + activity.getId())))
                .isEmpty();

        FollowUp followUp = new ActivitiesApi(client(tokens.caseworker(municipality)))
                .listFollowUps(municipality, program.getId(), participant.getId())
                .get(0);
        assertThat(browser.text(By.id("follow-up-" + followUp.getId())))
                .contains("Tilbagevendende aktivitet")
                .contains("Planlagt");
        setDate(By.id("held-" + followUp.getId()), LocalDate.of(2024, 2, 5));
        browser.press(By.cssSelector("#follow-up-" + followUp.getId() + " button"));
        assertThat(browser.text(By.id("follow-up-" + followUp.getId())))
                .contains("Holdt")
                .doesNotContain("Planlagt");
        assertThat(browser.driver().findElements(By.id("held-" + followUp.getId())))
                .isEmpty();

        setDate(By.id("packageDoneOn"), LocalDate.of(2024, 3, 1));
        browser.press(By.xpath("//button[text()='Registrér forløbet som gennemført']"));
        assertThat(browser.text(By.tagName("main"))).contains("Forløbet er registreret som gennemført");
        assertThat(browser.text(By.id("package-completed"))).contains("2024");
        assertThat(browser.driver().findElements(By.id("packageDoneOn"))).isEmpty();
        browser.check("caseworker-package-completed");

        browser.signOut();
    }

    private static String participantPath(String municipality, Program program, Participant participant) {
        return "/console/municipalities/" + municipality + "/programs/" + program.getId() + "/participants/"
                + participant.getId();
    }

    /** Copenhagen's price list and bonus as in the course-package tests. */
    private static Map<String, Object> copenhagenTerms() {
        return Map.of(
                "priceList",
                Map.of(
                        "WORKPLACE_MENTAL_BASIC", 8000,
                        "WORKPLACE_MENTAL_EXTENDED", 16000,
                        "WORKPLACE_PHYSICAL_BASIC", 9000,
                        "WORKPLACE_PHYSICAL_EXTENDED", 18000,
                        "INTERDISCIPLINARY_BASIC", 20000,
                        "INTERDISCIPLINARY_EXTENDED", 30000),
                "startShare",
                0.5,
                "recoveryBonus",
                5000,
                "bonusWeeksShort",
                12,
                "bonusWeeksLong",
                26);
    }

    /**
     * A date field's value, set as the form sends it (ISO): headless Chromium shows date fields in
     * its own locale's order whatever the page's language, so typed digits would land in the wrong
     * parts.
     */
    private void setDate(By field, LocalDate date) {
        WebElement input = browser.driver().findElement(field);
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }
}
