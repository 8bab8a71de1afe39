package dk.virkning.investor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.InvestorApi;
import dk.virkning.client.api.InvestorPortfolioApi;
import dk.virkning.client.model.InvestorStatement;
import dk.virkning.client.model.PendingKind;
import dk.virkning.client.model.Portfolio;
import dk.virkning.client.model.PortfolioProgram;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregated statements, suppression, isolation and both downloads, for investors and municipalities. */
class InvestorStatementsIT extends InvestorWorld {

    @Test
    void statementsAreAggregatedAcrossMunicipalitiesAndSmallCellsSuppressed() throws Exception {
        // 11520.00 + 4 × 18720.00 = 86400.00; 11520.00 + 2 × 18720.00 = 48960.00
        assertThat(largeQ1.getDue()).isEqualTo("86400.00");
        assertThat(smallQ1.getDue()).isEqualTo("48960.00");

        List<InvestorStatement> seen = new InvestorApi(client(analyst(investor)))
                .listInvestorStatements(0, 50)
                .getItems();

        assertThat(seen).extracting(InvestorStatement::getMunicipalityId).containsExactlyInAnyOrder(north, south);
        InvestorStatement northern = only(seen, north);
        assertThat(northern.getParticipants()).isEqualTo(5);
        assertThat(northern.getStatus()).isEqualTo(dk.virkning.client.model.StatementStatus.ISSUED);
        assertThat(northern.getParticipantsSuppressed()).isFalse();
        assertThat(northern.getOutcomes()).singleElement().satisfies(o -> {
            assertThat(o.getOutcome()).isEqualTo("SAVINGS");
            assertThat(o.getParticipants()).isEqualTo(5);
            assertThat(o.getAmount()).isEqualTo("86400.00");
            assertThat(o.getSuppressed()).isFalse();
        });
        InvestorStatement southern = only(seen, south);
        assertThat(southern.getParticipants()).isNull();
        assertThat(southern.getParticipantsSuppressed()).isTrue();
        assertThat(southern.getOutcomes()).singleElement().satisfies(o -> {
            assertThat(o.getSuppressed()).isTrue();
            assertThat(o.getParticipants()).isNull();
            assertThat(o.getAmount()).isNull();
        });
        // Every window has 39 of 52 weeks unknown: 1800 * 0.8 * 39 = 56160.00 open per person. Five
        // persons are shown (5 * 56160 = 280800.00), three are suppressed, in the list (summed by the
        // database) and on the statement (summed from its lines) alike.
        InvestorStatement northernAlone =
                new InvestorApi(client(analyst(investor))).getInvestorStatement(northern.getId());
        for (InvestorStatement s : List.of(northern, northernAlone)) {
            assertThat(s.getOpenAmounts()).singleElement().satisfies(o -> {
                assertThat(o.getKind()).isEqualTo(PendingKind.WEEKLY_PAYMENT);
                assertThat(o.getParticipants()).isEqualTo(5);
                assertThat(o.getAmount()).isEqualTo("280800.00");
                assertThat(o.getUnbounded()).isZero();
                assertThat(o.getSuppressed()).isFalse();
            });
        }
        InvestorStatement southernAlone =
                new InvestorApi(client(analyst(investor))).getInvestorStatement(southern.getId());
        for (InvestorStatement s : List.of(southern, southernAlone)) {
            assertThat(s.getOpenAmounts()).singleElement().satisfies(o -> {
                assertThat(o.getSuppressed()).isTrue();
                assertThat(o.getParticipants()).isNull();
                assertThat(o.getAmount()).isNull();
                assertThat(o.getUnbounded()).isNull();
            });
        }
        String raw = get("/api/v1/investor/statements", analyst(investor)).body();
        assertNoParticipantIn(raw);

        // The co-investor sees only the northern program; the stranger neither.
        assertThat(new InvestorApi(client(analyst(coInvestor)))
                        .listInvestorStatements(0, 50)
                        .getItems())
                .extracting(InvestorStatement::getId)
                .containsExactly(largeQ1.getId());
        assertThat(new InvestorApi(client(analyst(stranger)))
                        .listInvestorStatements(0, 50)
                        .getItems())
                .isEmpty();
    }

    @Test
    void otherInvestorsAndMunicipalStaffCannotReachTheLedgerOrTheDocuments() throws Exception {
        assertThat(record(analyst(investor), small, "DRAWDOWN", "2024-01-01", "1000", null)
                        .statusCode())
                .isEqualTo(201);
        String foreign = analyst(stranger);
        assertThat(get(capitalPath(small), foreign).statusCode()).isEqualTo(404);
        assertThat(record(foreign, small, "DRAWDOWN", "2024-01-01", "5", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/investor/statements/" + smallQ1.getId() + "/pdf", foreign)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/investor/statements/" + smallQ1.getId() + "/csv", foreign)
                        .statusCode())
                .isEqualTo(404);
        Portfolio theirs = new InvestorPortfolioApi(client(foreign)).getPortfolio();
        assertThat(theirs.getPrograms())
                .extracting(PortfolioProgram::getProgramId)
                .containsExactly(strangers.getId());
        assertThat(theirs.getTotals().getCapitalDrawn()).isEqualTo("0.00");

        // Municipal staff are no investors: 403 on every investor path.
        for (String token : List.of(tokens.caseworker(south), tokens.admin(south))) {
            assertThat(get("/api/v1/investor/portfolio", token).statusCode()).isEqualTo(403);
            assertThat(get(capitalPath(small), token).statusCode()).isEqualTo(403);
            assertThat(record(token, small, "DRAWDOWN", "2024-01-01", "5", null).statusCode())
                    .isEqualTo(403);
            assertThat(get("/api/v1/investor/statements/" + smallQ1.getId() + "/csv", token)
                            .statusCode())
                    .isEqualTo(403);
        }
        // The full statement: not for the caseworker (403), not for another municipality (404),
        // not for an investor (404: investors never enter tenant paths).
        String full =
                "/api/v1/municipalities/" + south + "/programs/" + small.getId() + "/statements/" + smallQ1.getId();
        assertThat(get(full + "/csv", tokens.caseworker(south)).statusCode()).isEqualTo(403);
        assertThat(get(full + "/pdf", tokens.admin(north)).statusCode()).isEqualTo(404);
        assertThat(get(
                                "/api/v1/municipalities/" + north + "/programs/" + small.getId() + "/statements/"
                                        + smallQ1.getId() + "/csv",
                                tokens.admin(north))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(full + "/csv", analyst(investor)).statusCode()).isEqualTo(404);
        assertThat(get(full + "/csv", tokens.admin(south)).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvestorDownloadsTheAggregatedStatementAsCsvAndPdf() throws Exception {
        String mine = analyst(investor);

        HttpResponse<byte[]> csv = download("/api/v1/investor/statements/" + smallQ1.getId() + "/csv", mine);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("filename=\"statement-" + south + "-2024-Q1-")
                .endsWith(".csv\"");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<String[]> rows = parse(text);
        assertThat(rows.get(0)).containsExactly("section", "item", "value", "participants", "suppressed");
        assertThat(row(rows, "due")).containsExactly("STATEMENT", "due", "48960.00", "", "false");
        assertThat(row(rows, "participants")).containsExactly("STATEMENT", "participants", "", "", "true");
        assertThat(row(rows, "SAVINGS")).containsExactly("OUTCOME", "SAVINGS", "", "", "true");
        assertThat(row(rows, "program")[2]).isEqualTo("NK1 test");
        assertNoParticipantIn(text);

        List<String[]> northRows = parse(new String(
                download("/api/v1/investor/statements/" + largeQ1.getId() + "/csv", mine)
                        .body(),
                StandardCharsets.UTF_8));
        assertThat(row(northRows, "SAVINGS")).containsExactly("OUTCOME", "SAVINGS", "86400.00", "5", "false");
        assertThat(row(northRows, "participants")).containsExactly("STATEMENT", "participants", "", "5", "false");

        HttpResponse<byte[]> pdf = download("/api/v1/investor/statements/" + largeQ1.getId() + "/pdf", mine);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"statement-" + north + "-2024-Q1-")
                .endsWith(".pdf\"");
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText)
                .contains("NK1 test")
                .contains("2024-Q1")
                .contains("86400.00")
                .contains("SAVINGS")
                .contains(largeQ1.getStatementHash());
        assertNoParticipantIn(pdfText);
        String smallPdf = pdfText(download("/api/v1/investor/statements/" + smallQ1.getId() + "/pdf", mine)
                .body());
        assertThat(smallPdf).contains("48960.00").contains("suppressed").doesNotContain("11520.00");
        assertNoParticipantIn(smallPdf);
    }

    @Test
    void theMunicipalityDownloadsEveryLineWithPseudonymsOnly() throws Exception {
        String path =
                "/api/v1/municipalities/" + north + "/programs/" + large.getId() + "/statements/" + largeQ1.getId();

        HttpResponse<byte[]> csv = download(path + "/csv", tokens.admin(north));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"statement-" + north + "-2024-Q1-");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        List<String[]> rows = parse(text);
        assertThat(rows.get(0))
                .containsExactly("section", "lineNo", "participantId", "outcome", "description", "quantity", "amount");
        assertThat(rows)
                .filteredOn(r -> r[0].equals("STATEMENT") && r[3].equals("due"))
                .singleElement()
                .satisfies(r -> assertThat(r[6]).isEqualTo("86400.00"));
        List<String[]> earned = rows.stream().filter(r -> r[0].equals("EARNED")).toList();
        assertThat(earned)
                .extracting(r -> r[6])
                .containsExactlyInAnyOrder("11520.00", "18720.00", "18720.00", "18720.00", "18720.00");
        assertThat(earned)
                .extracting(r -> r[2])
                .containsExactlyInAnyOrderElementsOf(participants.subList(0, 5).stream()
                        .map(p -> p.getId().toString())
                        .toList());
        assertThat(text).doesNotContain("0101801000").doesNotContain("010180-1000");

        HttpResponse<byte[]> pdf = download(path + "/pdf", tokens.admin(north));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText).contains("86400.00").contains("11520.00").contains("NK1 test");
        assertThat(pdfText.split("18720\\.00", -1)).hasSize(5);
        assertThat(pdfText).doesNotContain("010180");
    }

    // --- helpers ---
}
