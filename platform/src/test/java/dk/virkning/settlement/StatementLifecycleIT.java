package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementDispute;
import dk.virkning.client.model.StatementStatus;
import dk.virkning.spi.IsoWeek;
import dk.virkning.support.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statement lifecycle through the API: draft, issue, approve or dispute, corrections as new
 * statements, the forecast, who may decide and what the database lets move. The refusals are in
 * {@link StatementRefusalsIT}.
 *
 * <p>The cohort is one NK1 participant from 2024-W01, on benefit in W01..W04 and self-supporting
 * after: 2024-Q1 (13 weeks) earns 0.6 * 3000 * (0.8 * 13 - 4) = 1800 * 6.4 = 11520.00 and 2024-Q2
 * (26 weeks) 1800 * (0.8 * 26 - 4) = 1800 * 16.8 = 30240.00.
 */
class StatementLifecycleIT extends StatementLifecycleCase {

    @Test
    void aDraftIsIssuedThenApprovedAndEveryStepRecordsWhoAndWhen() throws Exception {
        Statement draft = draft("2024-Q1");
        assertThat(draft.getStatus()).isEqualTo(StatementStatus.DRAFT);
        assertThat(draft.getEarned()).isEqualTo("11520.00");
        assertThat(draft.getStatementHash()).hasSize(64);
        assertThat(draft.getCreatedBy()).isEqualTo(m + "-admin");
        assertThat(draft.getIssuedAt()).isNull();
        assertThat(draft.getForecast()).isFalse();

        Statement issued = admin.issueStatement(m, program.getId(), draft.getId());
        assertThat(issued.getStatus()).isEqualTo(StatementStatus.ISSUED);
        assertThat(issued.getIssuedBy()).isEqualTo(m + "-admin");
        assertThat(issued.getIssuedAt()).isNotNull();
        // Issuing changes the state, never the content: the hash is the draft's.
        assertThat(issued.getStatementHash()).isEqualTo(draft.getStatementHash());

        Statement approved = admin.approveStatement(m, program.getId(), draft.getId());
        assertThat(approved.getStatus()).isEqualTo(StatementStatus.APPROVED);
        assertThat(approved.getDecidedBy()).isEqualTo(m + "-admin");
        assertThat(approved.getDecidedAt()).isNotNull();
        assertThat(admin.verifyStatement(m, program.getId(), draft.getId()).getMatches())
                .isTrue();
        assertThat(auditActions(draft.getId())).containsExactly("SETTLE_DRAFT", "ISSUE", "APPROVE");
    }

    @Test
    void aDisputedStatementSettlesNothingAndACorrectionForTheSamePeriodFollowsIt() throws Exception {
        Statement q1 = issue("2024-Q1");
        Statement disputed = admin.disputeStatement(
                m, program.getId(), q1.getId(), new StatementDispute().reason("  Weeks W05..W08 were sick leave  "));
        assertThat(disputed.getStatus()).isEqualTo(StatementStatus.DISPUTED);
        assertThat(disputed.getDisputeReason()).isEqualTo("Weeks W05..W08 were sick leave");
        assertThat(auditActions(q1.getId())).containsExactly("SETTLE_DRAFT", "ISSUE", "DISPUTE");

        // The register corrects W01..W13: benefit W01..W08. Q1 again: 1800 * (10.4 - 8) = 4320.00.
        // The disputed statement settled nothing, so nothing is deducted; it stays in the hash chain.
        importBenefitWeeks(1, 8, "2024-W13");
        Statement correction = issue("2024-Q1");
        assertThat(correction.getEarned()).isEqualTo("4320.00");
        assertThat(correction.getPreviouslySettled()).isEqualTo("0.00");
        assertThat(correction.getDue()).isEqualTo("4320.00");
        assertThat(correction.getPreviousStatementId()).isEqualTo(q1.getId());
        assertThat(correction.getPreviousStatementHash()).isEqualTo(q1.getStatementHash());

        // Q2 deducts the correction, not the disputed statement: 1800 * (20.8 - 8) = 23040.00,
        // due 23040.00 - 4320.00 = 18720.00.
        Statement q2 = issue("2024-Q2");
        assertThat(q2.getPreviouslySettled()).isEqualTo("4320.00");
        assertThat(q2.getDue()).isEqualTo("18720.00");
        assertThat(q2.getPreviousStatementId()).isEqualTo(correction.getId());
        assertThat(admin.listStatements(m, program.getId(), 0, 10).getItems())
                .extracting(Statement::getStatus)
                .containsExactlyInAnyOrder(StatementStatus.ISSUED, StatementStatus.ISSUED, StatementStatus.DISPUTED);
    }

    @Test
    void aDraftIsRecomputedInPlaceOrDiscarded() throws Exception {
        Statement first = draft("2024-Q1");
        importBenefitWeeks(1, 8, "2024-W13");
        Statement second = draft("2024-Q1");
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getEarned()).isEqualTo("4320.00");
        // A changed input changes the input hash and so the statement hash.
        assertThat(second.getInputSha256()).isNotEqualTo(first.getInputSha256());
        assertThat(second.getStatementHash()).isNotEqualTo(first.getStatementHash());
        assertThat(send("GET", base + "/" + first.getId(), tokens.admin(m), null, null)
                        .statusCode())
                .isEqualTo(404);

        assertThat(send("DELETE", base + "/" + second.getId() + "/draft", tokens.admin(m), null, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(statements()).isEmpty();
        assertThat(auditActions(second.getId())).containsExactly("SETTLE_DRAFT", "DISCARD_DRAFT");
    }

    @Test
    void investorsSeeIssuedStatementsNeverDrafts() throws Exception {
        Organisation investor = scenario.organisation(OrganisationType.INVESTOR);
        Program funded = scenario.nk1Program(m, provider, List.of(investor), 5);
        scenario.enroll(m, funded, CPR, "2024-W01");
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, funded.getId(), "2024-W01", "2024-W13", "cpr,week,code\n" + CPR + ",,\n");
        Statement draft = admin.runSettlement(m, funded.getId(), new SettlementRequest().period("2024-Q1"));
        String analyst = tokens.investorAnalyst(investor.getId());
        assertThat(send("GET", "/api/v1/investor/statements/" + draft.getId(), analyst, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/investor/statements", analyst, null, null)
                        .body())
                .doesNotContain(draft.getId().toString());
        admin.issueStatement(m, funded.getId(), draft.getId());
        assertThat(send("GET", "/api/v1/investor/statements/" + draft.getId(), analyst, null, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/investor/statements", analyst, null, null)
                        .body())
                .contains(draft.getId().toString());
    }

    @Test
    void aForecastComputesWithoutStoringAnything() throws Exception {
        String forecastPath = "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/statement-forecast";
        Statement forecast = admin.forecastStatement(m, program.getId(), "2024-Q1");
        assertThat(forecast.getForecast()).isTrue();
        assertThat(forecast.getStatus()).isEqualTo(StatementStatus.FORECAST);
        assertThat(forecast.getEarned()).isEqualTo("11520.00");
        assertThat(statements()).isEmpty();

        // An ended quarter forecasts exactly what its draft will be made of.
        Statement draft = draft("2024-Q1");
        assertThat(draft.getInputSha256()).isEqualTo(forecast.getInputSha256());
        assertThat(draft.getEarned()).isEqualTo(forecast.getEarned());
        admin.issueStatement(m, program.getId(), draft.getId());

        // The current quarter: up to the last ended ISO week; Q1 is deducted.
        LocalDate lastSunday =
                IsoWeek.of(LocalDate.now(ZoneOffset.UTC)).monday().minusDays(1);
        String current = currentQuarter();
        HttpResponse<String> raw = send("GET", forecastPath + "?period=" + current, tokens.admin(m), null, null);
        if (lastSunday.isBefore(
                LocalDate.parse(current.substring(0, 4) + "-01-01").plusMonths(3L * (current.charAt(6) - '1')))) {
            // In the first days of a quarter no week of it has ended yet.
            assertProblem(raw, 422, "period-not-started");
        } else {
            Statement now = admin.forecastStatement(m, program.getId(), current);
            assertThat(now.getForecast()).isTrue();
            assertThat(now.getPeriod().getLabel()).isEqualTo(current);
            assertThat(now.getPeriod().getLastDay()).isEqualTo(lastSunday);
            assertThat(now.getPreviouslySettled()).isEqualTo("11520.00");
        }
        assertThat(statements()).hasSize(1);

        // A quarter with no ended week yet, and a malformed one.
        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        assertProblem(
                send("GET", forecastPath + "?period=" + year + "-Q4", tokens.admin(m), null, null),
                422,
                "period-not-started");
        assertProblem(send("GET", forecastPath + "?period=2024-Q9", tokens.admin(m), null, null), 400, "period");
        // Provider staff may forecast their program too.
        assertThat(send("GET", forecastPath + "?period=2024-Q2", tokens.providerStaff(provider.getId()), null, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(statements()).hasSize(1);
    }

    @Test
    void onlyTheMunicipalitysAdminDecidesAndOtherMunicipalitiesSeeNothing() throws Exception {
        Statement q1 = issue("2024-Q1");
        Statement q2 = draft("2024-Q2");
        Organisation investor = scenario.organisation(OrganisationType.INVESTOR);
        String foreign = scenario.municipality();
        List<String[]> decisions = List.of(
                new String[] {"POST", base + "/" + q1.getId() + "/approval", null},
                new String[] {"POST", base + "/" + q1.getId() + "/dispute", "{\"reason\":\"no\"}"},
                new String[] {"POST", base + "/" + q2.getId() + "/issue", null},
                new String[] {"DELETE", base + "/" + q2.getId() + "/draft", null});
        for (String[] d : decisions) {
            String type = d[2] == null ? null : "application/json";
            assertThat(send(d[0], d[1], tokens.providerStaff(provider.getId()), type, d[2])
                            .statusCode())
                    .as("provider " + d[1])
                    .isEqualTo(403);
            assertThat(send(d[0], d[1], tokens.caseworker(m), type, d[2]).statusCode())
                    .as("caseworker " + d[1])
                    .isEqualTo(403);
            assertThat(send(d[0], d[1], tokens.investorAnalyst(investor.getId()), type, d[2])
                            .statusCode())
                    .as("investor " + d[1])
                    .isEqualTo(404);
            HttpResponse<String> r = send(d[0], d[1], tokens.admin(foreign), type, d[2]);
            assertThat(r.statusCode()).as("foreign " + d[1]).isEqualTo(404);
            assertThat(r.body()).doesNotContain("statementHash", "NK1 test");
        }
        HttpResponse<String> r = send(
                "GET",
                "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/statement-forecast?period=2024-Q2",
                tokens.admin(foreign),
                null,
                null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("statementHash");
        assertThat(status(q1)).isEqualTo(StatementStatus.ISSUED);
        assertThat(status(q2)).isEqualTo(StatementStatus.DRAFT);
    }

    @Test
    void theDatabaseLetsOnlyTheStateOfAnIssuedStatementMove() throws Exception {
        Statement q1 = issue("2024-Q1");
        try (Connection c = TestDatabase.connectionAs(m)) {
            for (String sql : List.of(
                    "UPDATE statement SET status = 'APPROVED', decided_at = now(), decided_by = 'x', due = 0"
                            + " WHERE id = ?",
                    "UPDATE statement SET status = 'DRAFT' WHERE id = ?",
                    "UPDATE statement SET issued_by = 'someone else' WHERE id = ?",
                    "DELETE FROM statement_line WHERE statement_id = ?",
                    "DELETE FROM statement WHERE id = ?")) {
                PreparedStatement ps = c.prepareStatement(sql);
                ps.setObject(1, q1.getId());
                assertThatThrownBy(ps::executeUpdate)
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("immutable");
            }
        }
        Statement now = admin.getStatement(m, program.getId(), q1.getId());
        assertThat(now.getDue()).isEqualTo("11520.00");
        assertThat(now.getStatus()).isEqualTo(StatementStatus.ISSUED);
        assertThat(now.getLines()).hasSize(q1.getLines().size());
    }
}
