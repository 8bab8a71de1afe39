package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.RegisterCode;
import dk.virkning.client.model.RegisterCodeMapping;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The municipality's register code mapping through the API: replace, read, refusals, audit, isolation. */
class RegisterCodeMappingIT extends PlatformIT {

    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    /** These tests are not about concurrent edits: they replace whatever version is current. */
    private static final java.util.Map<String, String> ANY_VERSION = java.util.Map.of("If-Match", "*");

    private String municipality;
    private String path;
    private RegisterApi register;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        path = "/api/v1/municipalities/" + municipality + "/register-code-mapping";
        register = new RegisterApi(client(tokens.admin(municipality), ANY_VERSION));
    }

    @Test
    void anAdminReplacesAndReadsTheMappingAndTheChangeIsAudited() throws Exception {
        assertThat(register.getRegisterCodeMapping(municipality).getCodes()).isEmpty();

        RegisterCodeMapping saved = register.putRegisterCodeMapping(
                municipality,
                new RegisterCodeMapping()
                        .codes(List.of(
                                new RegisterCode().sourceCode(" SDP ").status("SICKNESS_BENEFIT"),
                                new RegisterCode().sourceCode("774").status("FLEX_JOB"),
                                new RegisterCode().sourceCode("ÅB").status("SELF_SUPPORTING"))));

        assertThat(saved.getCodes())
                .extracting(RegisterCode::getSourceCode, RegisterCode::getStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("774", "FLEX_JOB"),
                        org.assertj.core.groups.Tuple.tuple("SDP", "SICKNESS_BENEFIT"),
                        org.assertj.core.groups.Tuple.tuple("ÅB", "SELF_SUPPORTING"));
        assertThat(register.getRegisterCodeMapping(municipality)).isEqualTo(saved);

        register.putRegisterCodeMapping(
                municipality,
                new RegisterCodeMapping()
                        .codes(List.of(new RegisterCode().sourceCode("K").status("CASH_BENEFIT"))));
        assertThat(register.getRegisterCodeMapping(municipality).getCodes())
                .extracting(RegisterCode::getSourceCode)
                .containsExactly("K");
        assertThat(auditDetails()).hasSize(2).last().asString().contains("replaced 3 code(s) with 1");
    }

    @Test
    void unknownOrUnknownStatusesAndBadCodesAreRefusedAndNothingChanges() throws Exception {
        register.putRegisterCodeMapping(
                municipality,
                new RegisterCodeMapping()
                        .codes(List.of(new RegisterCode().sourceCode("SDP").status("SICKNESS_BENEFIT"))));
        String body = "{\"codes\":["
                + "{\"sourceCode\":\"A\",\"status\":\"NO_DATA\"},"
                + "{\"sourceCode\":\"B\",\"status\":\"ON_HOLIDAY\"},"
                + "{\"sourceCode\":\"C\",\"status\":\"CASH_BENEFIT\"},"
                + "{\"sourceCode\":\"C\",\"status\":\"FLEX_JOB\"},"
                + "{\"sourceCode\":\"a,b\",\"status\":\"FLEX_JOB\"},"
                + "{\"sourceCode\":\"FLEX_JOB\",\"status\":\"CASH_BENEFIT\"},"
                + "{\"sourceCode\":\" \",\"status\":\"CASH_BENEFIT\"}]}";

        HttpResponse<String> r = send("PUT", path, tokens.admin(municipality), "application/json", body, ANY_VERSION);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:virkning:problem:invalid-code-mapping");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields)
                .containsExactly(
                        "codes[0].status",
                        "codes[1].status",
                        "codes[3].sourceCode",
                        "codes[4].sourceCode",
                        "codes[5].sourceCode",
                        "codes[6].sourceCode");
        assertThat(register.getRegisterCodeMapping(municipality).getCodes())
                .extracting(RegisterCode::getSourceCode)
                .containsExactly("SDP");
        assertThat(auditDetails()).hasSize(1);
    }

    @Test
    void theDatabaseRefusesAMappingToANonCanonicalStatus() throws Exception {
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var insert = c.prepareStatement("INSERT INTO register_code_mapping VALUES (?, 'X1', 'NO_DATA')");
            insert.setString(1, municipality);
            assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("register_code_mapping_status_check");
        }
    }

    @Test
    void onlyTheMunicipalitysOwnAdminSeesOrChangesItsMapping() throws Exception {
        register.putRegisterCodeMapping(
                municipality,
                new RegisterCodeMapping()
                        .codes(List.of(new RegisterCode().sourceCode("SDP").status("SICKNESS_BENEFIT"))));
        String other = scenario.municipality();
        String body = "{\"codes\":[]}";

        assertThat(send("GET", path, tokens.admin(other), null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", path, tokens.admin(other), "application/json", body, ANY_VERSION)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", path, tokens.caseworker(municipality), "application/json", body, ANY_VERSION)
                        .statusCode())
                .isEqualTo(403);
        assertThat(new RegisterApi(client(tokens.admin(other)))
                        .getRegisterCodeMapping(other)
                        .getCodes())
                .isEmpty();
        assertThat(register.getRegisterCodeMapping(municipality).getCodes()).hasSize(1);
    }

    private List<String> auditDetails() throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var q = c.prepareStatement("SELECT detail FROM audit_event WHERE resource_type = 'register_code_mapping'"
                    + " AND resource_id = ? AND action = 'UPDATE' ORDER BY id");
            q.setString(1, municipality);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
        }
        return details;
    }
}
