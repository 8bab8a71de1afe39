package dk.virkning.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks responses against openapi.yaml (status documented, body and content type as the schema
 * says): every answer on the server side ({@link ContractRecorder}) and, at once, the answers of
 * {@link PlatformIT#send}. Requests are not checked: the tests send invalid ones on purpose. Answers to paths or methods the spec does
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
        String breach = breach(
                method,
                uri.getRawPath(),
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body());
        if (breach != null) {
            throw new AssertionError(breach);
        }
    }

    /**
     * What in this answer breaks the contract of its operation, or null when nothing does (or when
     * there is no operation to check it against: unknown paths and methods, paths outside the API).
     */
    static String breach(String method, String rawPath, int status, String contentType, String body) {
        Request.Method m;
        String path;
        try {
            m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
            path = new URI(rawPath).getPath();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null; // a method the spec cannot have (e.g. FOO), or a path no operation has
        }
        if (path == null || !path.startsWith("/api/")) {
            return null;
        }
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            b.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            // A binary body (PDF, snapshot) only needs to be there: its schema is format binary.
            b.withBody(isText(contentType) ? body : "binary");
        }
        ValidationReport report = VALIDATOR.validateResponse(path, m, b.build());
        if (!report.hasErrors()) {
            return null;
        }
        return "Response of " + method + " " + path + " (" + status + ") breaks openapi.yaml: " + report.getMessages()
                + "\n" + abbreviated(body);
    }

    private static boolean isText(String contentType) {
        return contentType == null || contentType.contains("json") || contentType.startsWith("text/");
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
