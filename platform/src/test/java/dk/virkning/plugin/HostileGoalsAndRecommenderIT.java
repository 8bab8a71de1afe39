package dk.virkning.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.model.ConsentGiven;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.ParticipantCreate;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Referral;
import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The hostile plugin's effect-goal evaluator and course recommender attack as its formula does
 * ({@link HostileContainmentIT}). They run in the same sandboxed hosts: an attack fails only its own
 * request, with a problem detail and nothing of the machine in it, while another municipality is
 * served at the same time, and no host or child outlives the call.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "virkning.plugins.directory=target/test-plugins",
            "virkning.plugins.formula-timeout=5s",
            "virkning.plugins.host.heap=256m"
        })
class HostileGoalsAndRecommenderIT extends PlatformIT {

    private static final String SECRET = "the-platform-secret-" + UUID.randomUUID();
    private static Path secretFile;

    @Autowired
    private HostPool hosts;

    @BeforeAll
    static void aSecretTheHostMustNotSee() throws Exception {
        secretFile = Files.createTempFile("virkning-secret", ".txt");
        Files.writeString(secretFile, SECRET, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EXIT", "SPIN", "ALLOCATE", "THREADS", "FORK", "HUGE_TEXT"})
    void anAttackFromTheEffectGoalEvaluatorFailsOnlyItsOwnDashboard(String behaviour) throws Exception {
        String m = scenario.municipality();
        Program program = scenario.fixtureProgram(m, "hostile-plugin", Map.of("behaviour", behaviour));
        String bystander = scenario.municipality();
        Program honest = scenario.fixtureProgram(bystander, "hostile-plugin", Map.of("behaviour", "BEHAVE"));

        CompletableFuture<HttpResponse<String>> alongside =
                CompletableFuture.supplyAsync(() -> get(goals(bystander, honest), tokens.admin(bystander)));
        HttpResponse<String> r = get(goals(m, program), tokens.admin(m));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("urn:virkning:problem:").doesNotContain("Exception", "dk.virkning", "xxxxxxxxxx");
        HttpResponse<String> other = alongside.get();
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("\"G1\"");
        HostProcesses.assertNothingOutlivesTheCall(hosts);
    }

    @Test
    void theEffectGoalEvaluatorReadsNoFileOfTheMachine() throws Exception {
        String m = scenario.municipality();
        Program program = scenario.fixtureProgram(
                m, "hostile-plugin", Map.of("behaviour", "READ_FILE", "path", secretFile.toString()));
        HttpResponse<String> r = get(goals(m, program), tokens.admin(m));
        assertThat(r.body()).doesNotContain(SECRET);
        if (r.statusCode() == 200) {
            assertThat(r.body()).contains("failed");
        } else {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EXIT", "SPIN", "ALLOCATE", "THREADS", "FORK", "HUGE_TEXT"})
    void anAttackFromTheCourseRecommenderFailsOnlyItsOwnRecommendation(String behaviour) throws Exception {
        String m = scenario.municipality();
        String attacked = coursePackage(m, behaviour);
        String bystander = scenario.municipality();
        String honest = coursePackage(bystander, "BEHAVE");

        CompletableFuture<HttpResponse<String>> alongside =
                CompletableFuture.supplyAsync(() -> get(honest, tokens.caseworker(bystander)));
        HttpResponse<String> r = get(attacked, tokens.caseworker(m));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body())
                .contains("urn:virkning:problem:no-recommendation")
                .doesNotContain("Exception", "dk.virkning", "xxxxxxxxxx");
        HttpResponse<String> other = alongside.get();
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("behaved");
        HostProcesses.assertNothingOutlivesTheCall(hosts);
    }

    @Test
    void theCourseRecommenderSeesNoEnvironment() throws Exception {
        String m = scenario.municipality();
        HttpResponse<String> r = get(coursePackage(m, "LIST_ENV"), tokens.caseworker(m));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"recommendationReason\":\"{}\"").doesNotContain("PATH=", "VIRKNING");
    }

    /** The course-package path of a participant of a new hostile program whose referral names the attack. */
    private String coursePackage(String m, String behaviour) throws Exception {
        Program program = scenario.fixtureProgram(m, "hostile-plugin", Map.of("behaviour", "BEHAVE"));
        ParticipantCreate create = new ParticipantCreate()
                .cpr("0202900000")
                .targetGroup("ANYONE")
                .startWeek("2024-W01")
                .referral(new Referral().referredOn(LocalDate.of(2023, 12, 20)).visitationCategory(behaviour))
                .consent(new ConsentGiven().givenOn(LocalDate.of(2023, 12, 22)));
        Participant p = new dk.virkning.client.api.ParticipantsApi(client(tokens.caseworker(m)))
                .enrollParticipant(m, program.getId(), create);
        return "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/participants/" + p.getId()
                + "/course-package";
    }

    private static String goals(String m, Program program) {
        return "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/effect-goals";
    }

    private HttpResponse<String> get(String path, String token) {
        try {
            return send("GET", path, token, null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
