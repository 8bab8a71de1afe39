package dk.virkning.console.web;

import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as the ID token describes them: name, roles, municipality and organisation.
 * Only for choosing which pages to show; what the person may see is decided by the API.
 */
public record ConsoleUser(String name, List<String> roles, String municipality, String organisation) {

    public static ConsoleUser of(OidcUser user) {
        List<String> roles =
                Optional.ofNullable(user.getClaimAsStringList("roles")).orElse(List.of());
        String name = Optional.ofNullable(user.getFullName()).orElse(user.getSubject());
        return new ConsoleUser(name, roles, user.getClaimAsString("tenant"), user.getClaimAsString("org"));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is("MUNICIPALITY_ADMIN");
    }

    public boolean isCaseworker() {
        return is("CASEWORKER");
    }

    public boolean isInvestor() {
        return is("INVESTOR_ANALYST");
    }

    public boolean isProvider() {
        return is("PROVIDER_STAFF");
    }

    public boolean isOperator() {
        return is("PLATFORM_OPERATOR");
    }

    /** Where the person's work starts. */
    public String home() {
        if (isOperator()) {
            return "/console/operator";
        }
        if (isAdmin() && municipality != null) {
            return "/console/municipalities/" + municipality + "/programs";
        }
        if (isCaseworker() && municipality != null) {
            return "/console/municipalities/" + municipality + "/worklist";
        }
        if (isInvestor()) {
            return "/console/investor/portfolio";
        }
        if (isProvider()) {
            return "/console/provider/plugins";
        }
        return "/console/no-role";
    }
}
