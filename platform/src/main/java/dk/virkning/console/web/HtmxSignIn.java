package dk.virkning.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request from htmx (a partial page) whose session has expired: following the sign-in redirect in
 * the background would swap the login form into the page, so the browser is told to reload the page
 * it is on as a whole ({@code HX-Redirect}); that reload goes to sign in and back to the page.
 */
final class HtmxSignIn implements AuthenticationEntryPoint {

    static final String HX_REQUEST = "HX-Request";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("HX-Redirect", samePage(request.getHeader("HX-Current-URL")));
    }

    /** Only the path of the page (never another site): an open redirect is no part of it. */
    static String samePage(String currentUrl) {
        try {
            URI uri = URI.create(currentUrl == null ? "" : currentUrl);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/console")) {
                return "/console";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return "/console";
        }
    }
}
