package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.model.Program;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementDispute;
import dk.virkning.client.model.StatementStatus;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statement lifecycle's refusals through the API: conflicting decisions, a dispute without a
 * proper reason, decisions on a statement that is no longer the latest, and periods that cannot be
 * settled; each answers its problem detail and changes nothing.
 */
class StatementRefusalsIT extends StatementLifecycleCase {

    @Test
    void approvingADraftIssuingTwiceAndDecidingTwiceAreConflicts() throws Exception {
        Statement draft = draft("2024-Q1");
        assertProblem(post(draft, "/approval", null), 409, "statement-not-issued");
        assertProblem(post(draft, "/dispute", "{\"reason\":\"no\"}"), 409, "statement-not-issued");
        assertThat(status(draft)).isEqualTo(StatementStatus.DRAFT);

        admin.issueStatement(m, program.getId(), draft.getId());
        assertProblem(post(draft, "/issue", null), 409, "statement-not-draft");
        assertProblem(
                send("DELETE", base + "/" + draft.getId() + "/draft", tokens.admin(m), null, null),
                409,
                "statement-not-draft");
        // A second issue of the same period, directly or through a new draft.
        assertProblem(
                send("POST", base, tokens.admin(m), "application/json", "{\"period\":\"2024-Q1\",\"issue\":true}"),
                409,
                "period-settled");
        assertProblem(
                send("POST", base, tokens.admin(m), "application/json", "{\"period\":\"2024-Q1\"}"),
                409,
                "period-settled");

        admin.approveStatement(m, program.getId(), draft.getId());
        assertProblem(post(draft, "/approval", null), 409, "statement-decided");
        assertProblem(post(draft, "/dispute", "{\"reason\":\"late\"}"), 409, "statement-decided");
        assertThat(status(draft)).isEqualTo(StatementStatus.APPROVED);
        assertThat(statements()).hasSize(1);
        assertThat(auditActions(draft.getId())).containsExactly("SETTLE_DRAFT", "ISSUE", "APPROVE");
    }

    @Test
    void aDisputeNeedsAReasonOfAtMostAThousandCharacters() throws Exception {
        Statement q1 = issue("2024-Q1");
        for (String body : List.of(
                "{\"reason\":\"   \"}",
                "{\"reason\":\"\"}",
                "{}",
                "{\"reason\":\"" + "x".repeat(1001) + "\"}",
                "{\"reason\":\"ok\",\"extra\":1}")) {
            HttpResponse<String> r = post(q1, "/dispute", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.body()).contains("urn:virkning:problem:");
        }
        assertThat(status(q1)).isEqualTo(StatementStatus.ISSUED);
        assertThat(auditActions(q1.getId())).containsExactly("SETTLE_DRAFT", "ISSUE");
    }

    @Test
    void onlyTheLatestStatementCanBeDisputedAndAStaleDraftCannotBeIssued() throws Exception {
        Statement q1 = issue("2024-Q1");
        Statement q2draft = draft("2024-Q2");
        // Disputing Q1 changes what is settled, so the Q2 draft (which deducts Q1) is stale.
        admin.disputeStatement(m, program.getId(), q1.getId(), new StatementDispute().reason("wrong weeks"));
        assertProblem(post(q2draft, "/issue", null), 409, "stale-draft");
        assertThat(status(q2draft)).isEqualTo(StatementStatus.DRAFT);

        // Recomputed, it deducts nothing and issues.
        Statement q2 = admin.issueStatement(m, program.getId(), draft("2024-Q2").getId());
        assertThat(q2.getPreviouslySettled()).isEqualTo("0.00");
        assertThat(q2.getDue()).isEqualTo("30240.00");

        Statement q3 = issue("2024-Q3");
        assertProblem(post(q2, "/dispute", "{\"reason\":\"too late\"}"), 409, "statement-not-latest");
        assertThat(status(q2)).isEqualTo(StatementStatus.ISSUED);
        assertThat(q3.getStatus()).isEqualTo(StatementStatus.ISSUED);
    }

    @Test
    void periodsWithoutDataOrNotEndedAreRefused() throws Exception {
        Program empty = scenario.nk1Program(m, provider, List.of(), 5);
        scenario.enroll(m, empty, CPR, "2024-W01");
        String emptyBase = "/api/v1/municipalities/" + m + "/programs/" + empty.getId();
        assertProblem(
                send(
                        "POST",
                        emptyBase + "/statements",
                        tokens.admin(m),
                        "application/json",
                        "{\"period\":\"2024-Q1\"}"),
                422,
                "no-data");
        assertProblem(
                send("GET", emptyBase + "/statement-forecast?period=2024-Q1", tokens.admin(m), null, null),
                422,
                "no-data");
        String current = currentQuarter();
        assertProblem(
                send("POST", base, tokens.admin(m), "application/json", "{\"period\":\"" + current + "\"}"),
                422,
                "period-not-ended");
        assertThat(statements()).isEmpty();
    }
}
