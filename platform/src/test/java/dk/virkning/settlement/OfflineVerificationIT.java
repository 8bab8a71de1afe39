package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.PlatformIT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An auditor's procedure (README, "Offline verification"): download an issued statement and its input
 * snapshot through the API, then recompute it without the platform with the plugin host's verify
 * command and the plugin artifact. The recomputation equals the issued statement, and a changed
 * snapshot does not verify.
 */
class OfflineVerificationIT extends PlatformIT {

    private static final String CPR = "0101902222";
    private static final Path HOST_JAR = Path.of("target", "classes", "dk", "virkning", "plugin", "plugin-host.jar");
    private static final Path NK1_JAR = Path.of("target", "plugins", "sundinvest-nk1.jar");

    private String municipality;
    private Program program;

    @BeforeEach
    void world() throws Exception {
        municipality = scenario.municipality();
        program = scenario.nk1Program(municipality, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        scenario.enroll(municipality, program, CPR, "2024-W01");
    }

    @Test
    void aStatementRecomputedOfflineFromItsDownloadedSnapshotEqualsTheIssuedOne() throws Exception {
        Statement q1 = issueQ1();
        Path dir = Files.createTempDirectory(Path.of("target"), "offline-verification");
        Path snapshot = dir.resolve("input.gz");
        Files.write(
                snapshot, download(q1, "/snapshot", tokens.admin(municipality)).body());
        Path statement = dir.resolve("statement.json");
        Files.write(statement, download(q1, "", tokens.admin(municipality)).body());

        Result verified = verify(snapshot, statement);
        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output())
                .contains("input sha256:     " + q1.getInputSha256())
                .contains("earned:           " + q1.getEarned())
                .contains("statement hash:   " + q1.getStatementHash() + " (as issued)")
                .contains("artifact sha256:  " + q1.getPluginSha256() + " (as recorded)")
                .contains(" PENDING WEEKLY_PAYMENT ")
                .contains(" max ")
                .endsWith("VERIFIED\n");

        // One week changed in the frozen input: another input hash, another statement.
        String text = gunzip(Files.readAllBytes(snapshot));
        int week = text.indexOf('[') + 1;
        String changed = text.substring(0, week) + (text.charAt(week) == 'S' ? 'D' : 'S') + text.substring(week + 1);
        Files.write(snapshot, gzip(changed));
        Result tampered = verify(snapshot, statement);
        assertThat(tampered.exit()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("input hash:       differs").endsWith("NOT VERIFIED\n");
    }

    @Test
    void onlyTheMunicipalitysAdminMayDownloadASnapshot() throws Exception {
        Statement q1 = issueQ1();
        assertThat(download(q1, "/snapshot", tokens.caseworker(municipality)).statusCode())
                .isEqualTo(403);
        String other = scenario.municipality();
        assertThat(download(q1, "/snapshot", tokens.admin(other)).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> ok = download(q1, "/snapshot", tokens.admin(municipality));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(gunzip(ok.body())).startsWith("virkning-settlement-input/");
    }

    private Statement issueQ1() throws Exception {
        // 4 benefit weeks then 9 self-supporting: (9*0.8 - 4*0.2) * 3000 * 0.6 = 11520.00
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = 1; w <= 4; w++) {
            csv.append(CPR).append(String.format(",2024-W%02d,SICKNESS_BENEFIT%n", w));
        }
        new RegisterApi(client(tokens.admin(municipality)))
                .importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", csv.toString());
        Statement q1 = new SettlementsApi(client(tokens.admin(municipality)))
                .runSettlement(
                        municipality,
                        program.getId(),
                        new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(q1.getEarned()).isEqualTo("11520.00");
        return q1;
    }

    private HttpResponse<byte[]> download(Statement s, String suffix, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/municipalities/" + municipality
                                        + "/programs/" + program.getId() + "/statements/" + s.getId() + suffix))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Result(int exit, String output) {}

    /** Runs the verify command as an auditor would: a JVM of its own, only the two files and the jar. */
    private static Result verify(Path snapshot, Path statement) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-jar",
                        HOST_JAR.toString(),
                        "verify",
                        snapshot.toString(),
                        NK1_JAR.toString(),
                        statement.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    private static String gunzip(byte[] gz) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
