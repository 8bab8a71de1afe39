package dk.virkning.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.api.Problems;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.Program;
import dk.virkning.security.Role;
import dk.virkning.support.PlatformIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 6: for every operation of openapi.yaml, invalid variants generated from its schema
 * ({@link InvalidRequests}) are sent to the real stack with a token that may call it. Every answer
 * must be a 4xx problem detail without internals, none a 5xx, and afterwards every business table
 * must read exactly as before ({@link DatabaseFingerprint}). The figures are printed.
 */
class GeneratedBadInputIT extends PlatformIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationRefusesEveryGeneratedInvalidRequestAndChangesNothing() throws Exception {
        String municipality = scenario.municipality();
        Organisation provider = scenario.organisation(OrganisationType.PROVIDER);
        Organisation investor = scenario.organisation(OrganisationType.INVESTOR);
        Program program = scenario.nk1Program(municipality, provider, List.of(investor), 5);
        Participant participant = scenario.enroll(municipality, program, "010180-1234", "2024-W01");
        Map<String, String> world = Map.of(
                "municipalityId", municipality,
                "programId", program.getId().toString(),
                "participantId", participant.getId().toString(),
                "organisationId", provider.getId().toString(),
                "pluginId", program.getPluginId(),
                "version", program.getPluginVersion());
        String everything = tokens.token(
                "fuzzer",
                List.of(Role.PLATFORM_OPERATOR, Role.MUNICIPALITY_ADMIN, Role.CASEWORKER, Role.PROVIDER_STAFF),
                municipality,
                provider.getId());
        String analyst = tokens.investorAnalyst(investor.getId());

        List<SpecOperation> operations = SpecOperation.all();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int serverErrors = 0;
        int notProblems = 0;
        int accepted = 0;
        int changedData = 0;
        try (DatabaseFingerprint fingerprint = new DatabaseFingerprint()) {
            for (SpecOperation operation : operations) {
                String token = operation.path().startsWith("/api/v1/investor") ? analyst : everything;
                InvalidRequests requests = new InvalidRequests(
                        operation,
                        name -> world.getOrDefault(name, UUID.randomUUID().toString()));
                Map<String, String> before = fingerprint.take();
                for (InvalidRequests.Variant variant : requests.all()) {
                    HttpResponse<String> r = send(operation.method(), variant, token);
                    sent++;
                    String what = operation + " [" + variant.mistake() + "] -> " + r.statusCode() + " "
                            + abbreviated(r.body());
                    if (r.statusCode() >= 500) {
                        serverErrors++;
                        failures.add("5xx: " + what);
                    } else if (r.statusCode() < 400) {
                        accepted++;
                        failures.add("accepted: " + what);
                    } else if (!isProblem(r)) {
                        notProblems++;
                        failures.add("not a problem detail: " + what);
                    }
                }
                if (!fingerprint.take().equals(before)) {
                    changedData++;
                    failures.add("changed data: " + operation);
                }
            }
        }
        System.out.printf(
                "GENERATED BAD INPUT: %d operations, %d invalid requests, %d answered 5xx, %d accepted, %d not"
                        + " problem details, %d operations changed data%n",
                operations.size(), sent, serverErrors, accepted, notProblems, changedData);
        assertThat(operations).hasSizeGreaterThan(60);
        assertThat(sent).isGreaterThan(operations.size() * 5);
        assertThat(failures).as("invalid requests not refused cleanly").isEmpty();
    }

    private HttpResponse<String> send(String method, InvalidRequests.Variant variant, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri() + variant.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        variant.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(variant.body()));
        if (variant.contentType() != null && variant.body() != null) {
            b.header("Content-Type", variant.contentType());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isProblem(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && r.body().contains("\"status\":" + r.statusCode())
                && !Problems.INTERNALS.matcher(r.body()).find();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
