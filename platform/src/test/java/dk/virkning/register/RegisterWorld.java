package dk.virkning.register;

import dk.virkning.spi.WeeklyStatus;
import dk.virkning.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Where the program's {@code status_timeline} and {@code weekly_status} disagree, as "participant
     * week-index code" in one but not the other (empty when they agree). The timeline's byte is the
     * status's ordinal + 1, 0 for no row.
     */
    List<String> timelineMismatches() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connectionAs(municipality)) {
            var q = c.prepareStatement(
                    """
                    WITH rows AS (
                        SELECT ws.participant_id, (ws.week - p.start_week) / 7 AS k, ws.status
                        FROM weekly_status ws JOIN participant p ON p.id = ws.participant_id
                        WHERE ws.program_id = ? AND ws.week >= p.start_week AND ws.status <> 'UNKNOWN'),
                    bytes AS (
                        SELECT t.participant_id, (t.first_week - p.start_week) / 7 + k.k - 1 AS k, get_byte(t.codes, k.k - 1) AS b
                        FROM status_timeline t JOIN participant p ON p.id = t.participant_id
                        CROSS JOIN LATERAL generate_series(1, length(t.codes)) AS k(k)
                        WHERE t.program_id = ?),
                    codes AS (SELECT participant_id, k, b FROM bytes WHERE b <> 0),
                    expected AS (SELECT participant_id, k, array_position(?::text[], status) AS b FROM rows)
                    (SELECT 'weekly_status ' || participant_id || ' ' || k || ' ' || b FROM expected
                     EXCEPT SELECT 'weekly_status ' || participant_id || ' ' || k || ' ' || b FROM codes)
                    UNION ALL
                    (SELECT 'status_timeline ' || participant_id || ' ' || k || ' ' || b FROM codes
                     EXCEPT SELECT 'status_timeline ' || participant_id || ' ' || k || ' ' || b FROM expected)
                    """);
            q.setObject(1, program);
            q.setObject(2, program);
            q.setArray(
                    3,
                    c.createArrayOf(
                            "text",
                            Arrays.stream(WeeklyStatus.values()).map(Enum::name).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
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
            statement.execute();
        }
    }
}
