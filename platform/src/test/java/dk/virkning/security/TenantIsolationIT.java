package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatusImport;
import dk.virkning.support.MunicipalIdp;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import dk.virkning.tenant.TenantContext;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access rules, proved over HTTP: a foreign municipality's staff see nothing (404, as if it did
 * not exist), provider staff see only programs their organisation delivers, investors never reach
 * tenant paths, roles gate every operation, and row-level security holds even for plain SQL.
 */
class TenantIsolationIT extends PlatformIT {

    @Autowired
    protected DataSource dataSource;

    private String home;
    private String foreign;
    private Organisation provider;
    private Organisation investor;
    private Program program;
    private Participant participant;
    private StatusImport imported;
    private Statement statement;

    @BeforeEach
    void world() throws Exception {
        home = scenario.municipality();
        foreign = scenario.municipality();
        provider = scenario.organisation(OrganisationType.PROVIDER);
        investor = scenario.organisation(OrganisationType.INVESTOR);
        program = scenario.nk1Program(home, provider, List.of(investor), 10);
        participant = scenario.enroll(home, program, "010190-1234", "2024-W01");
        imported = new RegisterApi(client(tokens.admin(home)))
                .importStatuses(home, program.getId(), "2024-W01", "2024-W13", "cpr,week,code\n010190-1234,,\n");
        statement = new SettlementsApi(client(tokens.admin(home)))
                .runSettlement(
                        home,
                        program.getId(),
                        new SettlementRequest().period("2024-Q1").issue(true));
    }

    /** Every tenant-scoped endpoint, aimed at the home municipality's resources. */
    private List<String[]> tenantEndpoints() {
        String p = "/api/v1/municipalities/" + home + "/programs";
        String one = p + "/" + program.getId();
        return List.of(
                new String[] {"GET", "/api/v1/municipalities/" + home, null, null},
                new String[] {"GET", p, null, null},
                new String[] {"POST", p, "application/json", "{}"},
                new String[] {"GET", one, null, null},
                new String[] {"GET", one + "/participants", null, null},
                new String[] {
                    "POST",
                    one + "/participants",
                    "application/json",
                    "{\"cpr\":\"0202021234\",\"targetGroup\":\"MENTAL_ILLNESS\",\"startWeek\":\"2024-W02\",\"referral\":{\"referredOn\":\"2023-12-20\"},\"consent\":{\"givenOn\":\"2023-12-22\"}}"
                },
                new String[] {"GET", one + "/participants/" + participant.getId(), null, null},
                new String[] {"GET", one + "/status-imports", null, null},
                new String[] {
                    "POST",
                    one + "/status-imports?coverageFrom=2024-W01&coverageTo=2024-W02",
                    "text/csv",
                    "cpr,week,code\n"
                },
                new String[] {"GET", one + "/status-imports/" + imported.getId(), null, null},
                new String[] {"GET", one + "/statements", null, null},
                new String[] {"POST", one + "/statements", "application/json", "{\"period\":\"2024-Q2\"}"},
                new String[] {"GET", one + "/statements/" + statement.getId(), null, null});
    }

    @Test
    void everyTenantEndpointAnswersNotFoundToAnotherMunicipalitysStaff() throws Exception {
        for (String token : List.of(tokens.admin(foreign), tokens.caseworker(foreign))) {
            for (String[] e : tenantEndpoints()) {
                HttpResponse<String> response = send(e[0], e[1], token, e[2], e[3]);
                assertThat(response.statusCode()).as(e[0] + " " + e[1]).isEqualTo(404);
                // The problem echoes the caller's own path as its instance, but no data of the resource.
                assertThat(response.body()).doesNotContain("NK1 test", "MENTAL_ILLNESS", "statementHash");
            }
        }
    }

    @Test
    void everyTenantEndpointAnswersNotFoundToTokensOfAnotherMunicipalitysOwnIssuer() throws Exception {
        MunicipalIdp idp = MunicipalIdp.get();
        String issuerId = "isolation-" + foreign;
        HttpResponse<String> registered = send(
                "POST",
                "/api/v1/identity-issuers",
                tokens.operator(),
                "application/json",
                """
                {"issuerUri":"%s","municipalityId":"%s","audience":"%s","rolesClaim":"groups",
                 "roleMapping":{"admin":"MUNICIPALITY_ADMIN","sb":"CASEWORKER"}}
                """
                        .formatted(idp.issuer(issuerId), foreign, MunicipalIdp.AUDIENCE));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        for (String group : List.of("admin", "sb")) {
            // Even claiming the home municipality as its tenant.
            String token =
                    idp.token(issuerId, "person-" + group, java.util.Map.of("groups", List.of(group), "tenant", home));
            for (String[] e : tenantEndpoints()) {
                HttpResponse<String> response = send(e[0], e[1], token, e[2], e[3]);
                assertThat(response.statusCode())
                        .as(group + " " + e[0] + " " + e[1])
                        .isEqualTo(404);
                assertThat(response.body()).doesNotContain("NK1 test", "MENTAL_ILLNESS", "statementHash");
            }
        }
    }

    @Test
    void foreignMunicipalityPathWithOwnResourceIdsIsNotFoundEither() throws Exception {
        // The token's municipality in a foreign path: the path and the token must agree.
        HttpResponse<String> response = send(
                "GET",
                "/api/v1/municipalities/" + foreign + "/programs/" + program.getId(),
                tokens.admin(home),
                null,
                null);
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void investorsAndUnknownMunicipalitiesNeverReachTenantPaths() throws Exception {
        for (String[] e : tenantEndpoints()) {
            assertThat(send(e[0], e[1], tokens.investorAnalyst(investor.getId()), e[2], e[3])
                            .statusCode())
                    .as(e[0] + " " + e[1])
                    .isEqualTo(404);
        }
        assertThat(send("GET", "/api/v1/municipalities/nowhere/programs", tokens.admin("nowhere"), null, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorized() throws Exception {
        for (String[] e : tenantEndpoints()) {
            assertThat(send(e[0], e[1], null, e[2], e[3]).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> forged = send("GET", "/api/v1/municipalities", "eyJhbGciOiJub25lIn0.e30.", null, null);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void providerStaffSeeOnlyProgramsTheirOrganisationDelivers() throws Exception {
        String own = tokens.providerStaff(provider.getId());
        assertThat(new ProgramsApi(client(own)).listPrograms(home, 0, 50).getItems())
                .extracting(Program::getId)
                .containsExactly(program.getId());
        assertThat(send("GET", participantPath(), own, null, null).statusCode()).isEqualTo(200);

        Organisation other = scenario.organisation(OrganisationType.PROVIDER);
        String stranger = tokens.providerStaff(other.getId());
        assertThat(new ProgramsApi(client(stranger)).listPrograms(home, 0, 50).getItems())
                .isEmpty();
        for (String[] e : tenantEndpoints().subList(3, tenantEndpoints().size())) {
            assertThat(send(e[0], e[1], stranger, e[2], e[3]).statusCode())
                    .as(e[0] + " " + e[1])
                    .isIn(403, 404);
            assertThat(send(e[0], e[1], stranger, e[2], e[3]).body())
                    .doesNotContain("NK1 test", "MENTAL_ILLNESS", "statementHash");
        }
    }

    @Test
    void rolesGateOperations() throws Exception {
        String one = "/api/v1/municipalities/" + home + "/programs/" + program.getId();
        // Caseworkers neither create programs, import statuses nor settle. The bodies are valid:
        // bean validation of a body runs before method security.
        String validProgram = "{\"name\":\"x\",\"providerId\":\"" + provider.getId()
                + "\",\"pluginId\":\"sundinvest-nk1\",\"pluginVersion\":\"" + Scenario.FIRST_PARTY_VERSION
                + "\",\"terms\":{},"
                + "\"startDate\":\"2024-01-01\",\"capacity\":5}";
        assertThat(send(
                                "POST",
                                "/api/v1/municipalities/" + home + "/programs",
                                tokens.caseworker(home),
                                "application/json",
                                validProgram)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                one + "/status-imports?coverageFrom=2024-W01&coverageTo=2024-W02",
                                tokens.caseworker(home),
                                "text/csv",
                                "cpr,week,code\n")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                one + "/statements",
                                tokens.caseworker(home),
                                "application/json",
                                "{\"period\":\"2024-Q2\"}")
                        .statusCode())
                .isEqualTo(403);
        // The operator runs the platform but reads no participant.
        assertThat(send("GET", one + "/participants", tokens.operator(), null, null)
                        .statusCode())
                .isEqualTo(403);
        // Municipality staff cannot create municipalities or organisations.
        assertThat(send(
                                "POST",
                                "/api/v1/municipalities",
                                tokens.admin(home),
                                "application/json",
                                "{\"id\":\"zz\",\"name\":\"Z\",\"municipalityCode\":\"999\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/api/v1/organisations",
                                tokens.admin(home),
                                "application/json",
                                "{\"name\":\"Z\",\"type\":\"PROVIDER\"}")
                        .statusCode())
                .isEqualTo(403);
        // Investors read aggregates only.
        assertThat(send("GET", "/api/v1/investor/statements", tokens.admin(home), null, null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void investorsSeeOnlyStatementsOfProgramsTheyFund() throws Exception {
        assertThat(new InvestorApi(client(tokens.investorAnalyst(investor.getId())))
                        .listInvestorStatements(0, 50)
                        .getItems())
                .extracting(s -> s.getId())
                .containsExactly(statement.getId());
        Organisation other = scenario.organisation(OrganisationType.INVESTOR);
        String stranger = tokens.investorAnalyst(other.getId());
        assertThat(new InvestorApi(client(stranger))
                        .listInvestorStatements(0, 50)
                        .getItems())
                .isEmpty();
        assertThat(send("GET", "/api/v1/investor/statements/" + statement.getId(), stranger, null, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void rowLevelSecurityHidesEveryTenantRowFromAPlainQueryOfTheApplicationsDataSource() {
        // No tenant context: every transaction carries the empty setting.
        assertThat(countAs(TenantContext.NO_TENANT, "SELECT count(*) FROM program"))
                .isZero();
        assertThat(countAs(TenantContext.NO_TENANT, "SELECT count(*) FROM participant"))
                .isZero();
        assertThat(countAs(TenantContext.NO_TENANT, "SELECT count(*) FROM weekly_status"))
                .isZero();
        assertThat(countAs(TenantContext.NO_TENANT, "SELECT count(*) FROM statement"))
                .isZero();
        assertThat(countAs(foreign, "SELECT count(*) FROM participant")).isZero();
        assertThat(countAs(home, "SELECT count(*) FROM participant")).isEqualTo(1);
        assertThat(countAs(home, "SELECT count(*) FROM statement")).isEqualTo(1);
    }

    /** The views other features join through (issue 13) keep the tables' row-level security. */
    @Test
    void thePublishedViewsShowAForeignTenantNothing() {
        for (String view : List.of("participant_published", "participant_order_published", "program_published")) {
            assertThat(countAs(TenantContext.NO_TENANT, "SELECT count(*) FROM " + view))
                    .as(view)
                    .isZero();
            assertThat(countAs(foreign, "SELECT count(*) FROM " + view))
                    .as(view)
                    .isZero();
            assertThat(countAs(home, "SELECT count(*) FROM " + view)).as(view).isEqualTo(1);
        }
        assertThat(countAs(
                        foreign, "SELECT count(*) FROM participant_published WHERE id = '" + participant.getId() + "'"))
                .isZero();
        assertThat(countAs(home, "SELECT count(*) FROM participant_order_published WHERE ordinal = 0"))
                .isEqualTo(1);
    }

    @Test
    void aSessionSettingMadeByHandIsOverriddenInEveryTransaction() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SELECT set_config('virkning.tenant', '" + home + "', false)");
            try {
                assertThat(count(c, "SELECT count(*) FROM participant")).isZero();
                c.setAutoCommit(false);
                assertThat(count(c, "SELECT count(*) FROM participant")).isZero();
                c.rollback();
            } finally {
                // Behind a pooler the session would keep it for other clients: taken back by hand.
                c.setAutoCommit(true);
                c.createStatement().execute("SELECT set_config('virkning.tenant', '', false)");
            }
        }
    }

    /**
     * The setting belongs to the transaction, not to the checkout: a connection kept across a tenant
     * switch carries the new tenant in its next transaction, and rolling back to a savepoint that was
     * the transaction's first step does not undo the setting.
     */
    @Test
    void eachTransactionCarriesTheTenantOfItsOwnStartAndSurvivesASavepointRollback() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            as(home, () -> {
                var savepoint = c.setSavepoint();
                assertThat(setting(c)).isEqualTo(home);
                c.rollback(savepoint);
                assertThat(setting(c)).isEqualTo(home);
                assertThat(count(c, "SELECT count(*) FROM participant")).isEqualTo(1);
                c.commit();
            });
            as(foreign, () -> {
                assertThat(setting(c)).isEqualTo(foreign);
                assertThat(count(c, "SELECT count(*) FROM participant")).isZero();
                c.rollback();
            });
        }
    }

    @Test
    void rowLevelSecurityRefusesWritingARowForAnotherTenant() {
        as(foreign, () -> {
            try (Connection c = dataSource.getConnection()) {
                var insert = c.prepareStatement("INSERT INTO register_code_mapping VALUES (?, 'X1', 'CASH_BENEFIT')");
                insert.setString(1, home);
                org.assertj.core.api.Assertions.assertThatThrownBy(insert::executeUpdate)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
        });
    }

    @Test
    void everyReadOfAParticipantIsAccessLoggedWithWhoReadIt() throws Exception {
        assertThat(send("GET", participantPath(), tokens.caseworker(home), null, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", participantPath(), tokens.providerStaff(provider.getId()), null, null)
                        .statusCode())
                .isEqualTo(200);
        // A refused read is no read: the foreign caseworker leaves no trace on the citizen.
        assertThat(send("GET", participantPath(), tokens.caseworker(foreign), null, null)
                        .statusCode())
                .isEqualTo(404);
        try (Connection c = dataSource.getConnection()) {
            var query = c.prepareStatement("SELECT actor FROM audit_event WHERE resource_type = 'participant'"
                    + " AND resource_id = ? AND action = 'READ' ORDER BY id");
            query.setString(1, participant.getId().toString());
            List<String> actors = new java.util.ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    actors.add(rs.getString(1));
                }
            }
            assertThat(actors).containsExactly(home + "-caseworker", "staff-" + provider.getId());
        }
    }

    private String participantPath() {
        return "/api/v1/municipalities/" + home + "/programs/" + program.getId() + "/participants/"
                + participant.getId();
    }

    /** Plain JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void as(String tenant, SqlWork work) {
        TenantContext.runAs(tenant, () -> {
            try {
                work.run();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** One query through the application's data source, in a transaction as {@code tenant}. */
    private long countAs(String tenant, String sql) {
        return TenantContext.callAs(tenant, () -> {
            try (Connection c = dataSource.getConnection()) {
                return count(c, sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    protected static String setting(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(current_setting('virkning.tenant', true), '')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    protected static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
