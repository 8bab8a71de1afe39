package dk.virkning.tenant;

import dk.virkning.observability.TenantRequestTags;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves the tenant once, at the edge: from the path, checked against the token. A municipality's
 * staff may only enter their own municipality; provider staff may enter any, and the program policy
 * then shows them only the programs their organisation delivers. Everyone else is kept out of
 * tenant paths. A foreign or unknown municipality answers 404, as if it did not exist.
 */
final class TenantInterceptor implements HandlerInterceptor {

    static final String PATH_VARIABLE = "municipalityId";

    private final Municipalities municipalities;

    TenantInterceptor(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String municipality = variables == null ? null : variables.get(PATH_VARIABLE);
        if (municipality == null) {
            return true;
        }
        CurrentUser user = CurrentUser.get();
        boolean admitted =
                user.worksFor(municipality) || user.has(Role.PROVIDER_STAFF) || user.has(Role.PLATFORM_OPERATOR);
        if (!admitted || !municipalities.exists(municipality)) {
            throw ProblemException.notFound("Municipality '" + municipality + "'");
        }
        TenantContext.set(municipality);
        request.setAttribute(TenantRequestTags.ADMITTED_TENANT, municipality);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        TenantContext.clear();
    }
}
