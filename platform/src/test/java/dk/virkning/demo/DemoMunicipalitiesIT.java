package dk.virkning.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.CoursePackage;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatusImport;
import dk.virkning.support.PlatformIT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The start command's demo shows all four municipalities: each has its program of the seeds with
 * participants, register statuses and issued statements that verify, read through the API with that
 * municipality's own token; another municipality sees none of it; and seeding again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "virkning.demo.enabled=true")
class DemoMunicipalitiesIT extends PlatformIT {

    @Autowired
    private DemoSeeder seeder;

    @Autowired
    private DemoCapital capital;

    @Test
    void everyMunicipalityHasItsProgramWithParticipantsStatusesAndVerifiedStatements() throws Exception {
        for (DemoProgram demo : DemoPrograms.ALL) {
            String m = demo.municipality().key;
            String admin = tokens.admin(m);
            Program program = demoProgram(admin, demo);
            assertThat(program.getPluginId()).as(m).isEqualTo(demo.pluginId());
            assertThat(program.getEnrolled()).as(m).isEqualTo(demo.cohort().size());

            List<Participant> participants = new ParticipantsApi(client(tokens.caseworker(m)))
                    .listParticipants(m, program.getId(), null, null, null, null, null, 0, 200)
                    .getItems();
            assertThat(participants).as(m).hasSize(demo.cohort().size());

            List<StatusImport> imports = new RegisterApi(client(admin))
                    .listStatusImports(m, program.getId(), 0, 10)
                    .getItems();
            assertThat(imports).as(m).singleElement().satisfies(i -> {
                assertThat(i.getCoverageFrom()).isEqualTo(demo.cohort().first().toString());
                assertThat(i.getCoverageTo()).isEqualTo(demo.cohort().last().toString());
                assertThat(i.getPersonsCovered()).isEqualTo(demo.cohort().size());
            });

            List<Statement> statements = statements(admin, demo, program.getId());
            assertThat(statements)
                    .as(m)
                    .extracting(s -> s.getPeriod().getLabel())
                    .containsExactlyElementsOf(newestFirst(demo.quarters()));
            assertThat(statements)
                    .as(m + ": the newest awaits the municipality's decision, the others are approved")
                    .extracting(s -> s.getStatus().getValue())
                    .containsExactly("ISSUED", "APPROVED", "APPROVED", "APPROVED");
            Statement newest = statements.get(0);
            assertThat(newest.getParticipants()).as(m).isEqualTo(demo.cohort().size());
            assertThat(new java.math.BigDecimal(newest.getEarned())).as(m).isPositive();
            assertThat(new SettlementsApi(client(admin))
                            .verifyStatement(m, program.getId(), newest.getId())
                            .getMatches())
                    .as(m + ": the newest statement recomputes to the same hash")
                    .isTrue();
        }
    }

    @Test
    void aMunicipalitySeesNoneOfAnotherMunicipalitysDemo() throws Exception {
        Program koebenhavn = demoProgram(tokens.admin("koebenhavn"), DemoPrograms.KOEBENHAVN);
        String hedensted = tokens.admin("hedensted");

        assertThatThrownBy(() -> new ProgramsApi(client(hedensted)).listPrograms("koebenhavn", 0, 50))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isIn(403, 404));
        assertThat(new ProgramsApi(client(hedensted))
                        .listPrograms("hedensted", 0, 50).getItems().stream().map(Program::getId))
                .doesNotContain(koebenhavn.getId());
    }

    @Test
    void copenhagenShowsTheRecommendedPackageAndTheCaseworkersChoice() throws Exception {
        String caseworker = tokens.caseworker("koebenhavn");
        Program program = demoProgram(tokens.admin("koebenhavn"), DemoPrograms.KOEBENHAVN);
        List<CoursePackage> packages = new ArrayList<>();
        for (Participant p : new ParticipantsApi(client(caseworker))
                .listParticipants("koebenhavn", program.getId(), null, null, null, null, null, 0, 200)
                .getItems()) {
            packages.add(new CoursePackagesApi(client(caseworker))
                    .getCoursePackage("koebenhavn", program.getId(), p.getId()));
        }
        assertThat(packages)
                .extracting(CoursePackage::getRecommendedPackage)
                .contains("P1", "P2", "P3", "P4", "P5", "P6");
        assertThat(packages).allSatisfy(c -> assertThat(c.getChosenCourse()).isNotNull());
        assertThat(packages)
                .filteredOn(c -> !c.getChosenCourse().equals(c.getRecommendedCourse()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getOverrideReason()).isNotBlank());
        assertThat(packages).anySatisfy(c -> assertThat(c.getCompletedOn()).isNotNull());
    }

    @Test
    void seedingAgainChangesNothing() throws Exception {
        List<String> before = snapshot();

        seeder.seed();
        capital.seed();

        assertThat(snapshot()).isEqualTo(before);
    }

    /** Per municipality: its programs, enrolment, imports and statements with their status and hash. */
    private List<String> snapshot() throws Exception {
        List<String> all = new ArrayList<>();
        for (DemoProgram demo : DemoPrograms.ALL) {
            String m = demo.municipality().key;
            String admin = tokens.admin(m);
            for (Program p :
                    new ProgramsApi(client(admin)).listPrograms(m, 0, 200).getItems()) {
                all.add(m + " program " + p.getId() + " " + p.getName() + " enrolled " + p.getEnrolled());
            }
            Program program = demoProgram(admin, demo);
            new RegisterApi(client(admin))
                    .listStatusImports(m, program.getId(), 0, 50)
                    .getItems()
                    .forEach(i -> all.add(m + " import " + i.getId() + " " + i.getPersonWeeks()));
            statements(admin, demo, program.getId())
                    .forEach(s ->
                            all.add(m + " statement " + s.getId() + " " + s.getStatus() + " " + s.getStatementHash()));
        }
        return all;
    }

    private static List<String> newestFirst(List<String> quarters) {
        List<String> reversed = new ArrayList<>(quarters);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private Program demoProgram(String admin, DemoProgram demo) throws ApiException {
        return new ProgramsApi(client(admin))
                .listPrograms(demo.municipality().key, 0, 200).getItems().stream()
                        .filter(p -> p.getName().equals(demo.name()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no demo program in " + demo.municipality().key));
    }

    private List<Statement> statements(String admin, DemoProgram demo, UUID program) throws ApiException {
        return new SettlementsApi(client(admin))
                .listStatements(demo.municipality().key, program, 0, 50)
                .getItems();
    }
}
