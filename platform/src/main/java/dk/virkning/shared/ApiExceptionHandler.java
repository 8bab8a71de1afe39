package dk.virkning.shared;

import dk.virkning.observability.BusinessMetrics;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem detail. Details are written here for the client; no
 * stack trace, SQL or class name ever reaches a response.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final BusinessMetrics metrics;

    ApiExceptionHandler(BusinessMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail body = Problems.withErrors(
                Problems.of(e.status(), e.slug(), e.status().getReasonPhrase(), e.getMessage()), e.errors());
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        metrics.authenticationFailed("forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(
                        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this operation"));
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST, "rejected-request", "Bad Request", "The request URL is not allowed"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail body = Problems.withErrors(
                Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Bad Request", "A parameter is invalid"),
                List.of(ProblemError.field(e.getName(), "has an invalid value")));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemError.field(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.withErrors(
                        Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Bad Request", "The request is invalid"),
                        errors));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        // The driver's message carries the bound values ("Key (cvr)=(12345678)"): log only the codes.
        log.info("Refused a write that conflicts with existing data ({})", SqlFailure.describe(e));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(
                        HttpStatus.CONFLICT, "conflict", "Conflict", "The request conflicts with existing data"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Optional<DatabaseFailures.Kind> database = DatabaseFailures.classify(e);
        if (database.isPresent()) {
            return databaseFailure(database.get(), e);
        }
        if (SqlFailure.isDatabase(e)) {
            log.error("Unexpected database failure ({}) in {}", SqlFailure.describe(e), SqlFailure.origin(e));
        } else {
            log.error("Unexpected failure", e);
        }
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal Server Error",
                        "The request failed unexpectedly; it has been logged"));
    }

    /**
     * The database is down, stalled or too slow: a fast 503 the client may retry (a write that failed
     * here was rolled back), never a hang or a 500. Logged in one line, without the stack.
     */
    private static ResponseEntity<ProblemDetail> databaseFailure(DatabaseFailures.Kind kind, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (kind == DatabaseFailures.Kind.TIME_LIMIT) {
            log.warn("A request ran past its statement timeout and was cancelled: {}", root.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "time-limit-exceeded",
                            "Time Limit Exceeded",
                            "The work ran past its time limit in the database and was cancelled; nothing was"
                                    + " written. The operator can raise the limit (see the README's timeouts)"));
        }
        log.warn("The database is unavailable: {}", root.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "Service Unavailable",
                        "The database is not reachable at the moment; nothing was written. Retry later"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> ProblemError.field(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.withErrors(
                        Problems.of(
                                HttpStatus.BAD_REQUEST,
                                "invalid-request",
                                "Bad Request",
                                "The request body is invalid"),
                        errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                ProblemError.field(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.withErrors(
                        Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Bad Request", "The request is invalid"),
                        errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST, "malformed-body", "Bad Request", JsonErrors.describe(e.getCause())));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring's own problem details carry only safe texts; make them match ours in type and title.
        ProblemDetail problem = body instanceof ProblemDetail pd
                ? pd
                : e instanceof ErrorResponse error
                        ? error.getBody()
                        : Problems.of(status, "request-error", "Request Error", "The request could not be handled");
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create("urn:virkning:problem:request-error"));
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
