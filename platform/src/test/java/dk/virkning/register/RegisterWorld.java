package dk.virkning.register;

import dk.virkning.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Uploads to one program's register import and reads its weekly statuses straight from the table,
 * for the full-stack register tests.
 */
final class RegisterWorld {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUri;
    private final String municipality;
    private final UUID program;
    private final DataSource dataSource;
    private final Map<UUID, String> names = new TreeMap<>();

    RegisterWorld(String baseUri, String municipality, UUID program, DataSource dataSource) {
        this.baseUri = baseUri;
        this.municipality = municipality;
        this.program = program;
        this.dataSource = dataSource;
    }

    /** Names a participant in {@link #weeks()}. */
    void name(UUID participant, String name) {
        names.put(participant, name);
    }

    HttpResponse<String> upload(String token, String query, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + "/api/v1/municipalities/" + municipality
                        + "/programs/" + program + "/status-imports/upload?" + query))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The program's weekly statuses, keyed "name monday", valued "status import". */
    Map<String, String> weeks() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var q = c.prepareStatement(
                    "SELECT participant_id, week, status, import_id FROM weekly_status WHERE program_id = ?");
            q.setObject(1, program);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String who = names.getOrDefault(rs.getObject(1, UUID.class), "?");
                    out.put(who + " " + rs.getDate(2).toLocalDate(), rs.getString(3) + " " + rs.getString(4));
                }
            }
        }
        return out;
    }

    /** Just the statuses of {@link #weeks()} of one person. */
    Map<String, String> statusesOf(String name) throws Exception {
        Map<String, String> out = new TreeMap<>();
        weeks().forEach((key, value) -> {
            if (key.startsWith(name + " ")) {
                out.put(key.substring(name.length() + 1), value.substring(0, value.indexOf(' ')));
            }
        });
        return out;
    }

    /** Runs SQL as the application, inside the municipality's tenant. */
    void execute(String sql, Object... args) throws Exception {
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var statement = c.prepareStatement(sql);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
