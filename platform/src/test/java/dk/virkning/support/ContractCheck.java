package dk.virkning.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks every error response a full-stack test receives through {@link PlatformIT#send} against
 * openapi.yaml (status documented, problem body and content type as the schema says), so that the
 * spec and the code cannot drift apart. Requests
 * are not checked: the tests send invalid ones on purpose. Answers to paths or methods the spec does
 * not have (probes of unknown paths, TRACE) have no operation to be checked against.
 */
public final class ContractCheck {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(
                    Path.of("../api-spec/openapi.yaml").toAbsolutePath().toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private ContractCheck() {}

    /** Fails the test when the response breaks the contract of its operation. */
    public static void check(String method, HttpResponse<String> response) {
        URI uri = response.request().uri();
        Request.Method m;
        try {
            m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return; // a method the spec cannot have (e.g. FOO): no operation to check against
        }
        if (!uri.getRawPath().startsWith("/api/") || response.statusCode() < 400) {
            // Success bodies are not checked yet: some fields still carry null where the spec does
            // not say nullable (e.g. Organisation.cvr, Statement.decidedAt/issuedAt).
            return;
        }
        SimpleResponse.Builder b = SimpleResponse.Builder.status(response.statusCode());
        response.headers().firstValue("Content-Type").ifPresent(b::withContentType);
        if (response.body() != null && !response.body().isEmpty()) {
            b.withBody(response.body());
        }
        ValidationReport report = VALIDATOR.validateResponse(uri.getPath(), m, b.build());
        if (report.hasErrors()) {
            throw new AssertionError("Response of " + method + " " + uri.getPath() + " (" + response.statusCode()
                    + ") breaks openapi.yaml: " + report.getMessages() + "\n" + response.body());
        }
    }
}
