package dk.virkning.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.client.ApiClient;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.RegisterCode;
import dk.virkning.client.model.RegisterCodeMapping;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The world of the register import tests: a program with two participants and a code mapping, the
 * upload through the streaming endpoint, and what the database holds afterwards.
 */
abstract class RegisterImportCase extends PlatformIT {

    static final String ANNA = "0101901111";
    static final String BO = "0202902222";
    static final String STRANGER = "0303903333";
    static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

    final HttpClient http = HttpClient.newHttpClient();
    String municipality;
    Program program;
    UUID annaId;
    UUID boId;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        program = scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        annaId = scenario.enroll(municipality, program, ANNA, "2024-W01").getId();
        boId = scenario.enroll(municipality, program, BO, "2024-W03").getId();
        new RegisterApi(client(tokens.admin(municipality), java.util.Map.of("If-Match", "*")))
                .putRegisterCodeMapping(
                        municipality,
                        new RegisterCodeMapping()
                                .codes(List.of(
                                        new RegisterCode().sourceCode("SDP").status("SICKNESS_BENEFIT"),
                                        new RegisterCode().sourceCode("KTH").status("CASH_BENEFIT"))));
    }

    HttpResponse<String> upload(String query, String body) throws Exception {
        return upload(query, bytes(body));
    }

    HttpResponse<String> upload(String query, byte[] body) throws Exception {
        return upload(
                "/api/v1/municipalities/" + municipality + "/programs/" + program.getId() + "/status-imports/upload?"
                        + query,
                tokens.admin(municipality),
                body);
    }

    HttpResponse<String> upload(String path, String token, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Map<String, String> sorted(Map<String, String> map) {
        return new TreeMap<>(map);
    }

    /** The program's weekly statuses, keyed "anna|bo monday". */
    Map<String, String> weeks() throws Exception {
        return query(false);
    }

    /** As {@link #weeks()}, with the import that set each week. */
    Map<String, String> weeksWithImport() throws Exception {
        return query(true);
    }

    Map<String, String> query(boolean withImport) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var q = c.prepareStatement(
                    "SELECT participant_id, week, status, import_id FROM weekly_status WHERE program_id = ?");
            q.setObject(1, program.getId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID participant = rs.getObject(1, UUID.class);
                    String who = participant.equals(annaId) ? "anna" : participant.equals(boId) ? "bo" : "?";
                    out.put(
                            who + " " + rs.getDate(2).toLocalDate(),
                            rs.getString(3) + (withImport ? " " + rs.getString(4) : ""));
                }
            }
        }
        return out;
    }

    int importCount() throws Exception {
        return new RegisterApi(client(tokens.admin(municipality)))
                .listStatusImports(municipality, program.getId(), 0, 50)
                .getItems()
                .size();
    }
}
