package dk.virkning.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: refuses, as problem details, what no later part should see.
 *
 * <ul>
 *   <li>a method the API does not use (TRACE, unknown methods): 405;
 *   <li>a query string whose percent-escapes are not UTF-8 (Tomcat would throw from the first
 *       {@code getParameter}, wherever that is): 400;
 *   <li>a control character in a parameter name or value: 400 (never logged, stored or searched); a
 *       line break or tab only in a form field, never in a query parameter;
 *   <li>an API query parameter without a value ({@code ?type=}): 400, as the contract allows no
 *       empty values (an absent parameter is the way to say "none");
 *   <li>an {@code Accept} header that does not parse: 406.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSanityFilter extends OncePerRequestFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");
    private static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    private final ProblemWriter problems;

    RequestSanityFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            problems.write(
                    response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "This method is not supported");
            return;
        }
        // Reading the parameters fixes the body's encoding: a form that names none is UTF-8 (the
        // console's pages are), as the character encoding filter after this one would have set.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.write(response, HttpStatus.BAD_REQUEST, "invalid-parameter", "A parameter is not valid UTF-8");
            return;
        }
        if (!storable(parameters, request.getQueryString())) {
            problems.write(
                    response, HttpStatus.BAD_REQUEST, "invalid-parameter", "A parameter contains a control character");
            return;
        }
        String empty = emptyQueryParameter(request);
        if (empty != null) {
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "Query parameter '" + empty + "' has no value; leave it out instead");
            return;
        }
        if (!acceptParses(request)) {
            problems.write(response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "The Accept header does not parse");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    /**
     * No control character anywhere; a line break or tab only in a form field (a console form's
     * multi-line text, as JSON text may hold them), never in a query parameter.
     */
    private static boolean storable(Map<String, String[]> parameters, String query) {
        String rawQuery = query == null ? "" : query;
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (!StrictText.isStorable(e.getKey())) {
                return false;
            }
            for (String value : e.getValue()) {
                if (value == null) {
                    continue;
                }
                if (!StrictText.isStorable(value) || (hasLineBreak(value) && inQuery(rawQuery, e.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the query string names the parameter (then none of its values may break a line). */
    private static boolean inQuery(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key;
            try {
                key = java.net.URLDecoder.decode(
                        equals < 0 ? pair : pair.substring(0, equals), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return true;
            }
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The name of the first API query parameter given without a value, or null. */
    static String emptyQueryParameter(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.isEmpty() && (equals < 0 || equals == pair.length() - 1)) {
                String decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
                return decoded.length() > 100 ? decoded.substring(0, 100) + "..." : decoded;
            }
        }
        return null;
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0;
    }

    private static boolean acceptParses(HttpServletRequest request) {
        Enumeration<String> accepts = request.getHeaders("Accept");
        try {
            while (accepts != null && accepts.hasMoreElements()) {
                MediaType.parseMediaTypes(accepts.nextElement());
            }
            return true;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
