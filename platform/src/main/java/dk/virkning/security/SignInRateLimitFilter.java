package dk.virkning.security;

import dk.virkning.shared.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of the token endpoints and the login form: refuses an attempt with 429 and {@code
 * Retry-After} while the client's, user's or address's failures are exhausted, and counts a failed
 * client authentication (the token endpoints answer 401). Failed logins are counted by the login
 * form's failure handler.
 */
final class SignInRateLimitFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final SignInRateLimiter limiter;
    private final JsonMapper json;

    SignInRateLimitFilter(SignInRateLimiter limiter, JsonMapper json) {
        this.limiter = limiter;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean login = LOGIN.equals(request.getServletPath());
        String account = login ? request.getParameter("username") : client(request);
        Optional<Duration> wait = limiter.refusal(account, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemDetail problem = Problems.of(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-attempts",
                    "Too many failed attempts",
                    "Too many failed sign-in attempts; try again in " + seconds + " seconds");
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
        if (!login && response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            limiter.failed(account, request.getRemoteAddr());
        }
    }

    /** The client id the request authenticates as: HTTP Basic, or the client_id parameter. */
    static String client(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return java.net.URLDecoder.decode(
                        colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return request.getParameter("client_id");
    }
}
