package dk.virkning.api;

import static dk.virkning.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Safe retries with Idempotency-Key and optimistic concurrency with ETag/If-Match (issue 11, item 5). */
class RetriesAndConcurrentEditsIT extends PlatformIT {

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheOriginalAnswerAndCreatesNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Retry " + key;
        String body = "{\"name\":\"" + name + "\",\"type\":\"PROVIDER\"}";
        Map<String, String> withKey = Map.of("Idempotency-Key", key);

        HttpResponse<String> first =
                send("POST", "/api/v1/organisations", tokens.operator(), "application/json", body, withKey);
        HttpResponse<String> retry =
                send("POST", "/api/v1/organisations", tokens.operator(), "application/json", body, withKey);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(organisationsNamed(name)).isEqualTo(1);

        String other = "{\"name\":\"" + name + " 2\",\"type\":\"PROVIDER\"}";
        assertProblem(
                send("POST", "/api/v1/organisations", tokens.operator(), "application/json", other, withKey),
                409,
                "different request");
        assertThat(organisationsNamed(name + " 2")).isZero();
    }

    @Test
    void keysAreScopedToTheCallerAndMustBeWellFormed() throws Exception {
        String key = UUID.randomUUID().toString();
        String m1 = scenario.municipality();
        String m2 = scenario.municipality();
        String p1 = "/api/v1/municipalities/" + m1 + "/programs";
        String p2 = "/api/v1/municipalities/" + m2 + "/programs";
        // The same key in two municipalities (two callers): each answer is its own (422 there: no provider).
        String body = "{\"name\":\"x\",\"providerId\":\"" + UUID.randomUUID() + "\",\"investorIds\":[],"
                + "\"pluginId\":\"sundinvest-nk1\",\"pluginVersion\":\"" + Scenario.FIRST_PARTY_VERSION
                + "\",\"terms\":{},"
                + "\"startDate\":\"2024-01-01\",\"capacity\":5}";
        HttpResponse<String> a =
                send("POST", p1, tokens.admin(m1), "application/json", body, Map.of("Idempotency-Key", key));
        HttpResponse<String> b =
                send("POST", p2, tokens.admin(m2), "application/json", body, Map.of("Idempotency-Key", key));
        assertThat(a.statusCode()).isEqualTo(422);
        assertThat(b.statusCode()).isEqualTo(422);
        assertThat(b.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertProblem(
                send("POST", p1, tokens.admin(m1), "application/json", body, Map.of("Idempotency-Key", "a b")),
                400,
                "Idempotency-Key");
    }

    @Test
    void aStaleOrMissingIfMatchDoesNotOverwriteTheCodeMapping() throws Exception {
        String m = scenario.municipality();
        String path = "/api/v1/municipalities/" + m + "/register-code-mapping";
        String admin = tokens.admin(m);
        HttpResponse<String> read = send("GET", path, admin, null, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        String mine = "{\"codes\":[{\"sourceCode\":\"SDP\",\"status\":\"SICKNESS_BENEFIT\"}]}";
        String theirs = "{\"codes\":[{\"sourceCode\":\"K\",\"status\":\"CASH_BENEFIT\"}]}";
        assertProblem(send("PUT", path, admin, "application/json", mine), 428, "If-Match");
        HttpResponse<String> first = send("PUT", path, admin, "application/json", mine, Map.of("If-Match", etag));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String newTag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(etag);

        // A second admin who read the old version: refused, and the first admin's mapping stays.
        assertProblem(send("PUT", path, admin, "application/json", theirs, Map.of("If-Match", etag)), 412, "changed");
        assertThat(new RegisterApi(client(admin)).getRegisterCodeMapping(m).getCodes())
                .extracting(c -> c.getSourceCode())
                .containsExactly("SDP");
        assertThat(send("GET", path, admin, null, null).headers().firstValue("ETag"))
                .hasValue(newTag);
    }

    @Test
    void ofEditorsWhoReadTheSameVersionAtOnceExactlyOneWins() throws Exception {
        String m = scenario.municipality();
        String path = "/api/v1/municipalities/" + m + "/register-code-mapping";
        String admin = tokens.admin(m);
        String etag = send("GET", path, admin, null, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        int editors = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        // One thread per editor: the common pool has a single thread on a two-core machine.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(editors);
        for (int i = 0; i < editors; i++) {
            String body = "{\"codes\":[{\"sourceCode\":\"E" + i + "\",\"status\":\"SICKNESS_BENEFIT\"}]}";
            answers.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                            return send("PUT", path, admin, "application/json", body, Map.of("If-Match", etag));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    threads));
        }
        start.countDown();
        List<HttpResponse<String>> done = answers.stream()
                .map(java.util.concurrent.CompletableFuture::join)
                .toList();
        threads.shutdown();
        List<HttpResponse<String>> won =
                done.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(won).as("editors whose change was taken").hasSize(1);
        assertThat(done).filteredOn(r -> r.statusCode() == 412).hasSize(editors - 1);
        String winner = won.get(0).body().replaceAll(".*\"sourceCode\":\"(E\\d)\".*", "$1");
        assertThat(new RegisterApi(client(admin)).getRegisterCodeMapping(m).getCodes())
                .extracting(c -> c.getSourceCode())
                .containsExactly(winner);
    }

    @Test
    void aStatementDecisionOnAStaleVersionIsRefused() throws Exception {
        String m = scenario.municipality();
        Program program = scenario.nk1Program(m, scenario.organisation(OrganisationType.PROVIDER), List.of(), 5);
        scenario.enroll(m, program, "0101901111", "2024-W01");
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");
        Statement draft = new SettlementsApi(client(tokens.admin(m)))
                .runSettlement(m, program.getId(), new SettlementRequest().period("2024-Q1"));
        String path = "/api/v1/municipalities/" + m + "/programs/" + program.getId() + "/statements/" + draft.getId();
        String draftTag = send("GET", path, tokens.admin(m), null, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        HttpResponse<String> issued =
                send("POST", path + "/issue", tokens.admin(m), null, null, Map.of("If-Match", draftTag));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(draftTag);

        assertProblem(
                send("POST", path + "/approval", tokens.admin(m), null, null, Map.of("If-Match", draftTag)),
                412,
                "changed");
        assertThat(send("GET", path, tokens.admin(m), null, null).body()).contains("\"status\":\"ISSUED\"");
    }

    private long organisationsNamed(String name) throws Exception {
        return new OrganisationsApi(client(tokens.operator()))
                .listOrganisations(OrganisationType.PROVIDER, 0, 200).getItems().stream()
                        .filter(o -> o.getName().equals(name))
                        .count();
    }
}
