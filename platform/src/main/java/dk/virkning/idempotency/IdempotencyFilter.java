package dk.virkning.idempotency;

import dk.virkning.shared.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every POST under {@code /api} safe to retry with an {@code Idempotency-Key} (runs after the
 * security chain, so the caller is known). The first request with a key runs and its answer (status,
 * content type, Location, body) is stored unless it is a 5xx; a retry with the same request gets
 * that answer again without running; the same key with a different request, or while the first
 * still runs, is a 409. Capital transactions keep their own ledger-level idempotency (a retry
 * answers 200 there), so this filter leaves them alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Pattern TENANT = Pattern.compile("^/api/v1/municipalities/([^/]+)/");
    private static final Pattern OWN_IDEMPOTENCY =
            Pattern.compile("^/api/v1/investor/programs/[^/]+/capital-transactions$");

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !path.startsWith("/api/")
                || OWN_IDEMPOTENCY.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String scope = caller();
        if (!KEY.matcher(key).matches()) {
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-idempotency-key",
                    "Idempotency-Key must be 1-200 visible ASCII characters");
            return;
        }
        if (scope == null) {
            chain.doFilter(request, response);
            return;
        }
        String tenant = tenant(request.getRequestURI());
        String scoped = scope + "|" + (tenant == null ? "" : tenant);
        DigestingRequest digesting = new DigestingRequest(request);
        if (!store.claim(scoped, key, tenant)) {
            replay(scoped, key, digesting, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean finished = false;
        try {
            chain.doFilter(digesting, captured);
            int status = captured.getStatus();
            if (status < 500 && !request.isAsyncStarted()) {
                store.finish(
                        scoped,
                        key,
                        digesting.sha256(),
                        status,
                        captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION),
                        captured.getContentAsByteArray());
                finished = true;
            }
        } finally {
            if (!finished) {
                store.release(scoped, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(String scope, String key, DigestingRequest request, HttpServletResponse response)
            throws IOException {
        IdempotencyStore.Stored stored = store.find(scope, key).orElse(null);
        if (stored == null || !stored.finished()) {
            problems.write(
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-in-use",
                    "A request with this Idempotency-Key is still being processed; retry later");
            return;
        }
        if (!stored.requestSha256().equals(request.sha256())) {
            problems.write(
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-reused",
                    "This Idempotency-Key was used before for a different request");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return (jwt.getIssuer() == null ? "" : jwt.getIssuer().toString()) + "|" + jwt.getSubject();
        }
        return null;
    }

    private static String tenant(String path) {
        Matcher m = TENANT.matcher(path);
        return m.find() ? m.group(1) : null;
    }
}
