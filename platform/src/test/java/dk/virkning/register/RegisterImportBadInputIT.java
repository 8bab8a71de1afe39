package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad register files through the API: each is refused whole with its bad lines named (line and
 * column), and nothing is written.
 */
class RegisterImportBadInputIT extends RegisterImportCase {

    static Stream<Arguments> badFiles() {
        String wide = "cpr,y_2401,y_2402\n";
        String lng = "cpr,week,code\n";
        return Stream.of(
                Arguments.of(
                        "unknown code (wide)",
                        bytes(wide + ANNA + ",SDP,\n" + BO + ",,XYZ\n"),
                        3,
                        "unknown code 'XYZ'"),
                Arguments.of("unknown code (long)", bytes(lng + ANNA + ",2024-W01,XYZ\n"), 2, "unknown code 'XYZ'"),
                Arguments.of(
                        "week outside coverage (wide)",
                        bytes("cpr,y_2401,y_2409\n" + ANNA + ",SDP,\n"),
                        1,
                        "outside the declared coverage"),
                Arguments.of(
                        "week outside coverage (long)",
                        bytes(lng + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W09,SDP\n"),
                        3,
                        "outside the declared coverage"),
                Arguments.of(
                        "malformed week (wide)", bytes("cpr,y_2401,y_24x2\n" + ANNA + ",,\n"), 1, "not a week column"),
                Arguments.of("malformed week (long)", bytes(lng + ANNA + ",2024-5,SDP\n"), 2, "not an ISO week"),
                Arguments.of(
                        "person not in the program (wide)",
                        bytes(wide + ANNA + ",,\n" + STRANGER + ",SDP,\n"),
                        3,
                        "not a participant"),
                Arguments.of(
                        "person not in the program (long)",
                        bytes(lng + STRANGER + ",2024-W01,SDP\n"),
                        2,
                        "not a participant"),
                Arguments.of(
                        "duplicate row (wide)",
                        bytes(wide + ANNA + ",SDP,\n" + BO + ",,\n" + ANNA + ",,\n"),
                        4,
                        "duplicate row"),
                Arguments.of(
                        "duplicate row (long)",
                        bytes(lng + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W01,KTH\n"),
                        3,
                        "duplicate row"),
                Arguments.of(
                        "encoding error",
                        concat(bytes(wide + ANNA + ",SDP,\n" + BO + ",K"), new byte[] {(byte) 0xC3, '(', ',', '\n'}),
                        3,
                        "not valid UTF-8"),
                Arguments.of("wrong field count", bytes(wide + ANNA + ",SDP\n"), 2, "expected 3 fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsBadLineAndWritesNothing(String name, byte[] file, int line, String reason)
            throws Exception {
        HttpResponse<String> good =
                upload("coverageFrom=2024-W01&coverageTo=2024-W04", "cpr,y_2401\n" + ANNA + ",KTH\n");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        Map<String, String> before = weeksWithImport();

        HttpResponse<String> r = upload("coverageFrom=2024-W01&coverageTo=2024-W04", file);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:virkning:problem:invalid-import");
        assertThat(problem.get("detail").asText()).contains("1 bad line").contains("nothing was imported");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("line").asLong()).isEqualTo(line);
        assertThat(problem.get("errors").get(0).get("message").asText()).contains(reason);
        assertThat(r.body()).doesNotContain(STRANGER).doesNotContain(ANNA);
        assertThat(weeksWithImport()).isEqualTo(before);
        assertThat(importCount()).isEqualTo(1);
    }

    @Test
    void everyBadLineOfAFileIsReportedWithItsColumn() throws Exception {
        HttpResponse<String> r = upload(
                "coverageFrom=2024-W01&coverageTo=2024-W04",
                "cpr,y_2401,y_2402\n" + ANNA + ",XX,YY\n" + STRANGER + ",,\n" + ANNA + ",,\n");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("y_2401");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("y_2402");
        assertThat(errors.get(2).get("line").asLong()).isEqualTo(3);
        assertThat(errors.get(3).get("line").asLong()).isEqualTo(4);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("3 bad line");
        assertThat(importCount()).isZero();
        assertThat(weeks()).isEmpty();
    }
}
