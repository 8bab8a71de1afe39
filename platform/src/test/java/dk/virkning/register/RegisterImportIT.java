package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.CoverageScope;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatusImportReport;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The streaming register import through the API: wide and long files, every kind of bad input
 * (refused whole, each bad line named, nothing written), idempotency, tenant isolation, and a
 * correction that flows into the next settlement statement.
 */
class RegisterImportIT extends RegisterImportCase {

    @Autowired
    private RequestMappingHandlerAdapter mvc;

    @Test
    void aWideFileWritesEveryCoveredWeekFromEachStartWithEmptyCellsSelfSupporting() throws Exception {
        HttpResponse<String> r = upload(
                "coverageFrom=2024-W01&coverageTo=2024-W06",
                "cpr,y_2401,y_2402,y_2403,y_2404\n" + ANNA + ",SDP,SDP,,KTH\n" + BO + ",,,SDP,\n");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        StatusImportReport report = JSON.readValue(r.body(), StatusImportReport.class);
        assertThat(report.getFormat()).isEqualTo("WIDE");
        assertThat(report.getRows()).isEqualTo(2);
        assertThat(report.getCoverageScope()).isEqualTo(CoverageScope.LISTED);
        assertThat(report.getPersonsCovered()).isEqualTo(2);
        assertThat(report.getPersonWeeks()).isEqualTo(6 + 4);
        assertThat(report.getPersonsChanged()).isEqualTo(2);
        assertThat(report.getChangedWeeks()).isEqualTo(10);
        assertThat(report.getBadRowCount()).isZero();
        assertThat(report.getBadRows()).isEmpty();
        assertThat(report.getContentSha256()).hasSize(64);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/status-imports/" + report.getId()));
        assertThat(weeks())
                .containsExactlyEntriesOf(sorted(Map.of(
                        "anna 2024-01-01", "SICKNESS_BENEFIT",
                        "anna 2024-01-08", "SICKNESS_BENEFIT",
                        "anna 2024-01-15", "SELF_SUPPORTING",
                        "anna 2024-01-22", "CASH_BENEFIT",
                        "anna 2024-01-29", "SELF_SUPPORTING",
                        "anna 2024-02-05", "SELF_SUPPORTING",
                        "bo 2024-01-15", "SICKNESS_BENEFIT",
                        "bo 2024-01-22", "SELF_SUPPORTING",
                        "bo 2024-01-29", "SELF_SUPPORTING",
                        "bo 2024-02-05", "SELF_SUPPORTING")));
        StatusImportReport again = new RegisterApi(client(tokens.admin(municipality)))
                .getStatusImportReport(municipality, program.getId(), report.getId());
        assertThat(again.getChangedWeeks()).isEqualTo(10);
        assertThat(again.getFormat()).isEqualTo("WIDE");
        assertThat(again.getContentSha256()).isEqualTo(report.getContentSha256());
    }

    @Test
    void anUploadReachesTheImportAsAStreamNotABufferedByteArray() {
        HttpMessageConverter<?> chosen = mvc.getMessageConverters().stream()
                .filter(c -> c.canRead(Resource.class, MediaType.parseMediaType("text/csv; charset=UTF-8")))
                .findFirst()
                .orElseThrow();
        assertThat(chosen).isInstanceOf(StreamingCsvBodyConverter.class);
    }

    @Test
    void aLongFileStreamsTooAndALaterImportCountsOnlyTheWeeksItChanged() throws Exception {
        HttpResponse<String> first = upload(
                "coverageFrom=2024-W01&coverageTo=2024-W04&format=LONG",
                "cpr,week,code\n" + ANNA + ",2024-W02,SDP\n" + BO + ",,\n");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        StatusImportReport one = JSON.readValue(first.body(), StatusImportReport.class);
        assertThat(one.getFormat()).isEqualTo("LONG");
        assertThat(one.getPersonsCovered()).isEqualTo(2);
        assertThat(one.getPersonWeeks()).isEqualTo(4 + 2);
        assertThat(one.getChangedWeeks()).isEqualTo(6);

        HttpResponse<String> second =
                upload("coverageFrom=2024-W01&coverageTo=2024-W04", "cpr,week,code\n" + ANNA + ",2024-W03,SDP\n");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        StatusImportReport two = JSON.readValue(second.body(), StatusImportReport.class);
        assertThat(two.getPersonsCovered()).as("only Anna is listed").isEqualTo(1);
        assertThat(two.getPersonWeeks()).isEqualTo(4);
        assertThat(two.getPersonsChanged()).isEqualTo(1);
        assertThat(two.getChangedWeeks())
                .as("W02 back to self-supporting, W03 on benefit")
                .isEqualTo(2);
        assertThat(weeks())
                .containsEntry("anna 2024-01-08", "SELF_SUPPORTING")
                .containsEntry("anna 2024-01-15", "SICKNESS_BENEFIT")
                .hasSize(6);
    }

    @Test
    void theSameFileTwiceIsANoOpThatReportsTheFirstImport() throws Exception {
        String file = "cpr,y_2401,y_2402\n" + ANNA + ",SDP,\n" + BO + ",,\n";
        HttpResponse<String> first = upload("coverageFrom=2024-W01&coverageTo=2024-W02", file);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        Map<String, String> before = weeksWithImport();

        HttpResponse<String> second = upload("coverageFrom=2024-W01&coverageTo=2024-W02", file);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(JSON.readValue(second.body(), StatusImportReport.class).getId())
                .isEqualTo(
                        JSON.readValue(first.body(), StatusImportReport.class).getId());
        assertThat(weeksWithImport()).isEqualTo(before);
        assertThat(importCount()).isEqualTo(1);
        // The same bytes with another coverage are another import.
        assertThat(upload("coverageFrom=2024-W01&coverageTo=2024-W03", file).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anotherMunicipalitySeesNothingOfTheImports() throws Exception {
        HttpResponse<String> r = upload("coverageFrom=2024-W01&coverageTo=2024-W02", "cpr,y_2401\n" + ANNA + ",SDP\n");
        UUID importId = JSON.readValue(r.body(), StatusImportReport.class).getId();
        String other = scenario.municipality();
        String otherAdmin = tokens.admin(other);
        String home = "/api/v1/municipalities/" + municipality + "/programs/" + program.getId() + "/status-imports";
        String foreign = "/api/v1/municipalities/" + other + "/programs/" + program.getId() + "/status-imports";

        assertThat(send("GET", home + "/" + importId + "/report", otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", foreign + "/" + importId + "/report", otherAdmin, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(
                                foreign + "/upload?coverageFrom=2024-W01&coverageTo=2024-W02",
                                otherAdmin,
                                bytes("cpr,y_2401\n"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(home + "/upload?coverageFrom=2024-W01&coverageTo=2024-W02", otherAdmin, bytes("cpr,y_2401\n"))
                        .statusCode())
                .isEqualTo(404);
        // A caseworker of the municipality may not import.
        assertThat(upload(
                                home + "/upload?coverageFrom=2024-W01&coverageTo=2024-W02",
                                tokens.caseworker(municipality),
                                bytes("cpr,y_2401\n"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(importCount()).isEqualTo(1);
    }

    @Test
    void aCorrectionOfEarlierWeeksShowsInTheNextStatementAsACredit() throws Exception {
        SettlementsApi settlements = new SettlementsApi(client(tokens.admin(municipality)));
        // Q1 for Anna: 4 benefit weeks, then 9 self-supporting. Bo: self-supporting from W03 (11 weeks).
        // NK1: (9*0.8 - 4*0.2 + 11*0.8) * 3000 * 0.6 = 27360.00
        StringBuilder q1 = new StringBuilder("cpr");
        for (int w = 1; w <= 13; w++) {
            q1.append(String.format(",y_24%02d", w));
        }
        String header = q1.toString();
        q1.append('\n')
                .append(ANNA)
                .append(",SDP,SDP,SDP,SDP")
                .append(",".repeat(9))
                .append('\n')
                .append(BO)
                .append(",".repeat(13))
                .append('\n');
        assertThat(upload("coverageFrom=2024-W01&coverageTo=2024-W13", q1.toString())
                        .statusCode())
                .isEqualTo(201);
        Statement first = settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period("2024-Q1").issue(true));
        assertThat(first.getEarned()).isEqualTo("27360.00");

        // The register corrects Q1: Bo was on sickness benefit in W03..W13 (Anna's row is as before).
        StringBuilder correction = new StringBuilder(header).append('\n');
        correction.append(ANNA).append(",SDP,SDP,SDP,SDP").append(",".repeat(9)).append('\n');
        correction.append(BO).append(",,").append(",SDP".repeat(11)).append('\n');
        HttpResponse<String> corrected = upload("coverageFrom=2024-W01&coverageTo=2024-W13", correction.toString());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        StatusImportReport report = JSON.readValue(corrected.body(), StatusImportReport.class);
        assertThat(report.getChangedWeeks()).as("Bo's 11 weeks, none of Anna's").isEqualTo(11);
        // Q2: both on benefit all quarter.
        StringBuilder q2 = new StringBuilder("cpr");
        for (int w = 14; w <= 26; w++) {
            q2.append(String.format(",y_24%02d", w));
        }
        q2.append('\n').append(ANNA).append(",SDP".repeat(13)).append('\n');
        q2.append(BO).append(",SDP".repeat(13)).append('\n');
        assertThat(upload("coverageFrom=2024-W14&coverageTo=2024-W26", q2.toString())
                        .statusCode())
                .isEqualTo(201);
        Statement second = settlements.runSettlement(
                municipality,
                program.getId(),
                new SettlementRequest().period("2024-Q2").issue(true));

        // Cumulative to Q2: Anna 9*0.8 - 17*0.2 = 3.8; Bo (corrected) -24*0.2 = -4.8; total -1.0,
        // floored at 0.00. Without the correction Bo would give 11*0.8 - 13*0.2 = 6.2 and Q2 would
        // earn 10 * 1800 = 18000.00: the corrected Q1 weeks are what the next statement sees.
        assertThat(second.getEarned()).isEqualTo("0.00");
        assertThat(second.getPreviouslySettled()).isEqualTo("27360.00");
        assertThat(second.getDue()).isEqualTo("-27360.00");
        assertThat(second.getPreviousStatementId()).isEqualTo(first.getId());
    }
}
