package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.CoverageScope;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.PendingOutcome;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.RegisterCode;
import dk.virkning.client.model.RegisterCodeMapping;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementLine;
import dk.virkning.client.model.StatusImportReport;
import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What per-person coverage means for settlement: a person-level gap stays unknown, so its outcome
 * is pending while the others settle; and a statement issued on weeks an import wrote before
 * per-person coverage still verifies after new imports.
 */
class RegisterGapSettlementIT extends PlatformIT {

    private static final String ANNA = "0101901111";
    private static final String BO = "0202902222";
    private static final String Q1 = "coverageFrom=2024-W01&coverageTo=2024-W13";
    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    @Autowired
    private DataSource dataSource;

    private String municipality;
    private Program program;
    private RegisterWorld world;
    private UUID anna;
    private UUID bo;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        program = scenario.program(
                municipality,
                scenario.organisation(OrganisationType.PROVIDER),
                "marselisborg-jobcoach",
                Map.of(
                        "ratePerWeek", Map.of("SICKNESS_BENEFIT", 2500, "JOB_CLARIFICATION", 3000),
                        "measurementWeeks", 104,
                        "qualifyingRunWeeks", 4,
                        "capPerParticipant", 150000),
                LocalDate.of(2024, 1, 1),
                5);
        world = new RegisterWorld(baseUri(), municipality, program.getId(), dataSource);
        anna = scenario.enrollIn(municipality, program, ANNA, "SICKNESS_BENEFIT", "2024-W01")
                .getId();
        bo = scenario.enrollIn(municipality, program, BO, "SICKNESS_BENEFIT", "2024-W01")
                .getId();
        world.name(anna, "anna");
        world.name(bo, "bo");
        new RegisterApi(client(tokens.admin(municipality), Map.of("If-Match", "*")))
                .putRegisterCodeMapping(
                        municipality,
                        new RegisterCodeMapping()
                                .codes(List.of(
                                        new RegisterCode().sourceCode("NODATA").status("UNKNOWN"))));
    }

    @Test
    void aPersonLevelGapStaysUnknownAndItsOutcomePendingWhileTheOthersSettle() throws Exception {
        // Both self-supporting all quarter; then the register says it has no data for Bo in W03..W06.
        assertThat(upload("cpr,week,code\n" + ANNA + ",,\n" + BO + ",,\n").statusCode())
                .isEqualTo(201);
        StringBuilder gap = new StringBuilder("cpr,week,code\n");
        for (int w = 3; w <= 6; w++) {
            gap.append(BO).append(String.format(",2024-W%02d,NODATA%n", w));
        }
        HttpResponse<String> r = upload(gap.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(JSON.readValue(r.body(), StatusImportReport.class).getChangedWeeks())
                .isEqualTo(4);

        // Marselisborg, 2024-Q1 (k = 0..12), 2500 a qualifying self-supporting week:
        //   Anna: one run k = 0..12 (13 >= 4)                                 -> 32500.00
        //   Bo: k = 0..1 is a run of 2 followed by unknown weeks: open, pending; k = 2..5 unknown,
        //     never paid; k = 6..12 a run of 7 >= 4                           -> 17500.00
        //   earned = 50000.00. Without the gap Bo would earn 32500.00 too.
        Statement q1 = new SettlementsApi(client(tokens.admin(municipality)))
                .runSettlement(municipality, program.getId(), new SettlementRequest().period("2024-Q1"));
        assertThat(q1.getEarned()).isEqualTo("50000.00");
        assertThat(q1.getLines().stream()
                        .filter(l -> "SELF_SUPPORTING_WEEKS".equals(l.getOutcome()))
                        .collect(Collectors.toMap(StatementLine::getParticipantId, StatementLine::getAmount)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(anna, "32500.00", bo, "17500.00"));
        assertThat(q1.getPending()).singleElement().satisfies(p -> {
            assertThat(p.getParticipantId()).isEqualTo(bo);
            assertThat(p.getOutcome()).isEqualTo("SELF_SUPPORTING_WEEKS");
        });
        assertThat(q1.getPending()).extracting(PendingOutcome::getParticipantId).doesNotContain(anna);
    }

    @Test
    void aStatementIssuedOnWeeksOfAnImportBeforePerPersonCoverageStillVerifies() throws Exception {
        // The weeks as the old code path wrote them: one PROGRAM-wide import, every participant's
        // covered week self-supporting unless the file said else, changed persons not counted.
        UUID old = UUID.randomUUID();
        world.execute(
                "INSERT INTO status_import (id, tenant_id, program_id, format, content_sha256, coverage_from,"
                        + " coverage_to, row_count, coverage_scope, persons_covered, person_weeks, changed_weeks,"
                        + " imported_at, imported_by) VALUES (?, ?, ?, 'LONG', ?, ?, ?, 3, 'PROGRAM', 2, 26, 26, ?,"
                        + " 'admin')",
                old,
                municipality,
                program.getId(),
                "0".repeat(64),
                Date.valueOf("2024-01-01"),
                Date.valueOf("2024-03-25"),
                Timestamp.from(Instant.parse("2024-04-02T08:00:00Z")));
        for (int k = 0; k < 13; k++) {
            LocalDate monday = LocalDate.of(2024, 1, 1).plusWeeks(k);
            for (UUID p : List.of(anna, bo)) {
                String status = p.equals(bo) && k < 3 ? "SICKNESS_BENEFIT" : "SELF_SUPPORTING";
                world.execute(
                        "INSERT INTO weekly_status (participant_id, week, tenant_id, program_id, status, import_id)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        p,
                        Date.valueOf(monday),
                        municipality,
                        program.getId(),
                        status,
                        old);
            }
        }
        // What register-6 made of weeks written before it: the participants' timelines.
        world.execute("SELECT virkning_status_timelines_from_weeks(?)", program.getId());
        assertThat(world.timelineMismatches()).isEmpty();
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(municipality)));
        // Anna 13 weeks (32500.00), Bo k = 3..12, 10 weeks (25000.00).
        Statement q1 = settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(q1.getEarned()).isEqualTo("57500.00");
        StatusImportReport oldReport = new RegisterApi(client(tokens.admin(municipality)))
                .getStatusImportReport(municipality, program.getId(), old);
        assertThat(oldReport.getCoverageScope()).isEqualTo(CoverageScope.PROGRAM);
        assertThat(oldReport.getPersonsCovered()).isEqualTo(2);
        assertThat(oldReport.getPersonsChanged()).isNull();

        // A per-person correction afterwards: Anna was on benefit in W01.
        assertThat(upload("cpr,week,code\n" + ANNA + ",2024-W01,SICKNESS_BENEFIT\n")
                        .statusCode())
                .isEqualTo(201);

        assertThat(settlements
                        .verifyStatement(municipality, program.getId(), q1.getId())
                        .getMatches())
                .isTrue();
        assertThat(world.statusesOf("bo")).hasSize(13).containsEntry("2024-01-22", "SELF_SUPPORTING");
        // The next statement sees the correction for Anna only: k = 1..12, 12 weeks (30000.00).
        Statement q2 =
                settlements.runSettlement(municipality, program.getId(), new SettlementRequest().period("2024-Q2"));
        assertThat(q2.getLines().stream()
                        .filter(l -> "SELF_SUPPORTING_WEEKS".equals(l.getOutcome()))
                        .collect(Collectors.toMap(StatementLine::getParticipantId, StatementLine::getAmount)))
                .containsEntry(anna, "30000.00")
                .containsEntry(bo, "25000.00");
    }

    private HttpResponse<String> upload(String body) throws Exception {
        return world.upload(tokens.admin(municipality), Q1, body);
    }
}
