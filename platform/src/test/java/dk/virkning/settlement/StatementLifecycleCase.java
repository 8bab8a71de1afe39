package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementStatus;
import dk.virkning.spi.IsoWeek;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The world of the statement lifecycle tests: an NK1 program of one municipality with one
 * participant and register data, and the calls and checks the tests share.
 *
 * <p>The cohort is one NK1 participant from 2024-W01, on benefit in W01..W04 and self-supporting
 * after: 2024-Q1 (13 weeks) earns 0.6 * 3000 * (0.8 * 13 - 4) = 1800 * 6.4 = 11520.00 and 2024-Q2
 * (26 weeks) 1800 * (0.8 * 26 - 4) = 1800 * 16.8 = 30240.00.
 */
abstract class StatementLifecycleCase extends PlatformIT {

    static final String CPR = "0101901111";

    String m;
    Organisation provider;
    Program program;
    SettlementsApi admin;
    String base;

    @BeforeEach
    void world() throws Exception {
        m = scenario.municipality();
        provider = scenario.organisation(OrganisationType.PROVIDER);
        program = scenario.nk1Program(m, provider, List.of(), 5);
        scenario.enroll(m, program, CPR, "2024-W01");
        importBenefitWeeks(1, 4, "2024-W26");
        admin = new SettlementsApi(client(tokens.admin(m)));
        base = "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/statements";
    }

    Statement draft(String quarter) throws ApiException {
        return admin.runSettlement(m, program.getId(), new SettlementRequest().period(quarter));
    }

    Statement issue(String quarter) throws ApiException {
        return admin.runSettlement(
                m, program.getId(), new SettlementRequest().period(quarter).issue(true));
    }

    HttpResponse<String> post(Statement s, String action, String body) throws Exception {
        return send(
                "POST",
                base + "/" + s.getId() + action,
                tokens.admin(m),
                body == null ? null : "application/json",
                body);
    }

    StatementStatus status(Statement s) throws ApiException {
        return admin.getStatement(m, program.getId(), s.getId()).getStatus();
    }

    List<Statement> statements() throws ApiException {
        return admin.listStatements(m, program.getId(), 0, 50).getItems();
    }

    static String currentQuarter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    void importBenefitWeeks(int from, int to, String coverageTo) throws ApiException {
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = from; w <= to; w++) {
            csv.append(CPR).append(',').append(new IsoWeek(2024, w)).append(",SICKNESS_BENEFIT\n");
        }
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", coverageTo, csv.toString());
    }

    List<String> auditActions(UUID statement) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection c = TestDatabase.connectionAs(m)) {
            PreparedStatement ps = c.prepareStatement(
                    "SELECT action, actor, tenant_id FROM audit_event WHERE resource_type = 'statement'"
                            + " AND resource_id = ? ORDER BY id");
            ps.setString(1, statement.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo(m + "-admin");
                    assertThat(rs.getString(3)).isEqualTo(m);
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }

    static void assertProblem(HttpResponse<String> r, int status, String slugOrText) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"type\":\"urn:virkning:problem:").containsIgnoringCase(slugOrText);
        assertThat(r.body()).doesNotContain("Exception", "SQL", "dk.virkning");
    }
}
