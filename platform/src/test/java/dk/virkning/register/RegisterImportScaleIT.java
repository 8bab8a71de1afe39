package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.virkning.client.ApiClient;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.StatusImportReport;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.TestDatabase;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A wide file of many persons and three years of weeks, generated on the fly and sent as a stream
 * through the HTTP endpoint: every person-week is written and counted. Sized by
 * {@code -Dregister.scale.persons} (default 2,000 x 156 weeks; the benchmark runs 100,000). Logs the
 * throughput beside a raw COPY of the same rows, for comparison.
 */
class RegisterImportScaleIT extends PlatformIT {

    private static final Logger log = LoggerFactory.getLogger(RegisterImportScaleIT.class);
    private static final int PERSONS = Integer.getInteger("register.scale.persons", 2000);
    private static final int WEEKS = 156;

    @Autowired
    private Pseudonymizer pseudonymizer;

    private final UUID[] participantIds = new UUID[PERSONS];

    @Test
    void aLargeWideFileIsStreamedAndWrittenWhole() throws Exception {
        String municipality = scenario.municipality();
        Program program =
                scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        enroll(municipality, program.getId());

        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/municipalities/" + municipality
                        + "/programs/" + program.getId()
                        + "/status-imports/upload?coverageFrom=2022-W01&coverageTo=2024-W52"))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + tokens.admin(municipality))
                .POST(HttpRequest.BodyPublishers.ofInputStream(WideFile::new))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - started) / 1e9;

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        ObjectMapper json = ApiClient.createDefaultObjectMapper();
        StatusImportReport report = json.readValue(r.body(), StatusImportReport.class);
        long personWeeks = (long) PERSONS * WEEKS;
        assertThat(report.getRows()).isEqualTo(PERSONS);
        assertThat(report.getPersonWeeks()).isEqualTo(personWeeks);
        assertThat(report.getChangedWeeks()).isEqualTo(personWeeks);
        try (Connection c = tenantConnection(municipality)) {
            PreparedStatement q = c.prepareStatement(
                    "SELECT count(*), count(*) FILTER (WHERE status = 'SICKNESS_BENEFIT') FROM weekly_status"
                            + " WHERE program_id = ?");
            q.setObject(1, program.getId());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(personWeeks);
                assertThat(rs.getLong(2)).isEqualTo(WideFile.sicknessWeeks());
            }
        }
        double[] copy = rawCopySeconds(municipality, program.getId(), report.getId());
        log.info(
                "Register import of {} persons x {} weeks = {} person-weeks: {} s ({} person-weeks/s); raw COPY of"
                        + " the same rows into an indexed copy of weekly_status: logged {} s (ratio {}),"
                        + " temporary {} s (ratio {})",
                PERSONS,
                WEEKS,
                personWeeks,
                String.format("%.2f", importSeconds),
                String.format("%.0f", personWeeks / importSeconds),
                String.format("%.2f", copy[0]),
                String.format("%.2f", copy[0] / importSeconds),
                String.format("%.2f", copy[1]),
                String.format("%.2f", copy[1] / importSeconds));
    }

    private void enroll(String municipality, UUID program) throws Exception {
        try (Connection c = tenantConnection(municipality)) {
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO participant (id, tenant_id, program_id,"
                            + " pseudonym, target_group, start_week, enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            for (int p = 0; p < PERSONS; p++) {
                participantIds[p] = UUID.randomUUID();
                insert.setObject(1, participantIds[p]);
                insert.setString(2, municipality);
                insert.setObject(3, program);
                insert.setString(
                        4, pseudonymizer.pseudonymise(municipality, cpr(p)).value());
                insert.setString(5, "MENTAL_ILLNESS");
                insert.setObject(6, LocalDate.of(2022, 1, 3));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.setString(8, "scale-test");
                insert.addBatch();
                if (p % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /**
     * COPY of the same person-weeks, generated as they are sent, into an indexed copy of
     * weekly_status, the baseline: a logged table (what the import's INSERT writes to) and a
     * temporary one (no WAL); rolled back after.
     */
    private double[] rawCopySeconds(String municipality, UUID program, UUID importId) throws Exception {
        try (Connection c = tenantConnection(municipality)) {
            c.setAutoCommit(false);
            // A bulk baseline, like the import itself: not under the API's default statement limit.
            c.createStatement().execute("SET LOCAL statement_timeout = '30min'");
            c.setNetworkTimeout(Runnable::run, 0);
            double[] seconds = new double[2];
            String[] tables = {"raw_copy_logged", "raw_copy_temp"};
            c.createStatement().execute("CREATE TABLE raw_copy_logged (LIKE weekly_status INCLUDING ALL)");
            c.createStatement().execute("CREATE TEMPORARY TABLE raw_copy_temp (LIKE weekly_status INCLUDING ALL)");
            for (int i = 0; i < 2; i++) {
                long started = System.nanoTime();
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY " + tables[i] + " FROM STDIN",
                                new CopyRows("\t" + municipality + "\t" + program + "\t", "\t" + importId + "\n"),
                                1 << 16);
                seconds[i] = (System.nanoTime() - started) / 1e9;
            }
            c.rollback();
            return seconds;
        }
    }

    /** The import's person-weeks as COPY text rows, generated as they are read. */
    private final class CopyRows extends GeneratedStream {

        private final String middle;
        private final String end;
        private int person = -1;

        CopyRows(String middle, String end) {
            this.middle = middle;
            this.end = end;
        }

        @Override
        boolean advance() {
            if (person + 1 >= PERSONS) {
                return false;
            }
            person++;
            StringBuilder rows = new StringBuilder();
            for (int w = 0; w < WEEKS; w++) {
                String code = WideFile.code(person, w);
                rows.append(participantIds[person])
                        .append('\t')
                        .append(LocalDate.of(2022, 1, 3).plusWeeks(w));
                rows.append(middle)
                        .append(code.isEmpty() ? "SELF_SUPPORTING" : code)
                        .append(end);
            }
            chunk = rows.toString().getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }

    private Connection tenantConnection(String municipality) throws Exception {
        Connection c = TestDatabase.connectionAs(municipality);
        return c;
    }

    private static String cpr(int p) {
        return String.format("%010d", 1_000_000_000L + p);
    }

    /** The file, generated as it is read: a person's row is made only when the reader gets to it. */
    private static final class WideFile extends GeneratedStream {

        private int person = -1;

        WideFile() {
            StringBuilder header = new StringBuilder("cpr");
            for (int w = 0; w < WEEKS; w++) {
                header.append(String.format(",y_%02d%02d", 22 + w / 52, w % 52 + 1));
            }
            chunk = header.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
        }

        static String code(int person, int week) {
            int x = (person * 31 + week * 7) % 10;
            return x < 2 ? "SICKNESS_BENEFIT" : x < 3 ? "CASH_BENEFIT" : "";
        }

        static long sicknessWeeks() {
            long n = 0;
            for (int p = 0; p < PERSONS; p++) {
                for (int w = 0; w < WEEKS; w++) {
                    n += code(p, w).equals("SICKNESS_BENEFIT") ? 1 : 0;
                }
            }
            return n;
        }

        @Override
        boolean advance() {
            if (person + 1 >= PERSONS) {
                return false;
            }
            person++;
            StringBuilder row = new StringBuilder(cpr(person));
            for (int w = 0; w < WEEKS; w++) {
                row.append(',').append(code(person, w));
            }
            chunk = row.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }

    /** A stream made chunk by chunk as it is read: {@link #advance()} sets the next chunk. */
    private abstract static class GeneratedStream extends InputStream {

        byte[] chunk = new byte[0];
        int position;

        /** Makes the next chunk; false at the end. */
        abstract boolean advance();

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= chunk.length && !advance()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }
    }
}
