package dk.virkning.identity;

import dk.virkning.audit.AuditLog;
import dk.virkning.organisation.Organisation;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.organisation.OrganisationType;
import dk.virkning.organisation.Organisations;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.RegisteredIssuer;
import dk.virkning.security.Role;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.tenant.Municipalities;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and removes issuers, on record: the mapping is checked first, then the issuer itself
 * (discovery and JWKS fetched), and only then is anything saved.
 */
@Service
class IssuerRegistrations {

    private static final Pattern CLAIM_PATH = Pattern.compile("[A-Za-z0-9_:/-]+(\\.[A-Za-z0-9_:/-]+)*");

    private final IssuerRegistry registry;
    private final IssuerDiscovery discovery;
    private final Municipalities municipalities;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    IssuerRegistrations(
            IssuerRegistry registry,
            IssuerDiscovery discovery,
            Municipalities municipalities,
            Organisations organisations,
            AuditLog audit,
            Clock clock) {
        this.registry = registry;
        this.discovery = discovery;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the operator asks to register. */
    record Request(
            String issuerUri,
            String municipality,
            UUID organisation,
            String audience,
            List<String> clientIds,
            String rolesClaim,
            Map<String, String> roleMapping,
            String subjectClaim,
            String nameClaim) {}

    @Transactional
    public RegisteredIssuer register(CurrentUser operator, Request request) {
        List<ProblemError> errors = new ArrayList<>();
        String issuer = issuer(request.issuerUri(), errors);
        Set<Role> allowed = owner(request, errors);
        String audience = required(request.audience(), "audience", errors);
        String rolesClaim = claim(request.rolesClaim(), null, "rolesClaim", errors);
        String subjectClaim = claim(request.subjectClaim(), "sub", "subjectClaim", errors);
        String nameClaim = claim(request.nameClaim(), "name", "nameClaim", errors);
        Map<String, Role> mapping = mapping(request.roleMapping(), allowed, errors);
        List<String> clientIds = request.clientIds() == null ? List.of() : List.copyOf(request.clientIds());
        if (clientIds.stream().anyMatch(c -> c == null || c.isBlank())) {
            errors.add(ProblemError.field("clientIds", "has a blank client id"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("invalid-issuer", "The registration is not well-formed", errors);
        }
        if (registry.issuerTaken(issuer)) {
            throw ProblemException.conflict("This issuer is registered already");
        }
        String jwksUri = discovery.jwksUri(issuer);
        RegisteredIssuer registered = new RegisteredIssuer(
                UUID.randomUUID(),
                issuer,
                jwksUri,
                Optional.ofNullable(request.municipality()),
                Optional.ofNullable(request.organisation()),
                audience,
                clientIds,
                rolesClaim,
                mapping,
                subjectClaim,
                nameClaim,
                clock.instant());
        registry.insert(registered, operator.subject());
        audit.record(
                operator.subject(),
                "REGISTER_ISSUER",
                "identity_issuer",
                registered.id().toString(),
                issuer);
        return registered;
    }

    @Transactional(readOnly = true)
    public List<RegisteredIssuer> list() {
        return registry.all();
    }

    @Transactional(readOnly = true)
    public RegisteredIssuer get(UUID id) {
        return registry.byId(id).orElseThrow(() -> ProblemException.notFound("Identity issuer " + id));
    }

    @Transactional
    public void delete(CurrentUser operator, UUID id) {
        RegisteredIssuer existing = get(id);
        registry.delete(id);
        audit.record(operator.subject(), "REMOVE_ISSUER", "identity_issuer", id.toString(), existing.issuerUri());
    }

    private static String issuer(String text, List<ProblemError> errors) {
        String issuer = required(text, "issuerUri", errors);
        if (issuer == null) {
            return null;
        }
        try {
            URI uri = new URI(issuer);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                errors.add(ProblemError.field("issuerUri", "must be an http(s) URI without query or fragment"));
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(ProblemError.field("issuerUri", "is not a URI"));
        }
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** The roles the owner's people may hold; a registered issuer never makes an operator. */
    private Set<Role> owner(Request request, List<ProblemError> errors) {
        if ((request.municipality() == null) == (request.organisation() == null)) {
            errors.add(ProblemError.field("municipalityId", "give exactly one of municipalityId and organisationId"));
            return EnumSet.noneOf(Role.class);
        }
        if (request.municipality() != null) {
            if (!municipalities.exists(request.municipality())) {
                errors.add(ProblemError.field("municipalityId", "is not a municipality"));
            }
            return EnumSet.of(Role.MUNICIPALITY_ADMIN, Role.CASEWORKER);
        }
        Optional<Organisation> organisation = organisations.find(new OrganisationId(request.organisation()));
        if (organisation.isEmpty()) {
            errors.add(ProblemError.field("organisationId", "is not an organisation"));
            return EnumSet.noneOf(Role.class);
        }
        return organisation.get().type() == OrganisationType.PROVIDER
                ? EnumSet.of(Role.PROVIDER_STAFF)
                : EnumSet.of(Role.INVESTOR_ANALYST);
    }

    private static Map<String, Role> mapping(
            Map<String, String> mapping, Set<Role> allowed, List<ProblemError> errors) {
        Map<String, Role> roles = new LinkedHashMap<>();
        if (mapping == null || mapping.isEmpty()) {
            errors.add(ProblemError.field("roleMapping", "maps no claim value to a role"));
            return roles;
        }
        mapping.forEach((value, role) -> {
            Optional<Role> parsed = Role.parse(role);
            if (value == null || value.isBlank()) {
                errors.add(ProblemError.field("roleMapping", "has a blank claim value"));
            } else if (parsed.isEmpty()) {
                errors.add(ProblemError.field("roleMapping." + value, "is not a role"));
            } else if (!allowed.isEmpty() && !allowed.contains(parsed.get())) {
                errors.add(ProblemError.field("roleMapping." + value, "must be one of " + allowed));
            } else {
                roles.put(value, parsed.get());
            }
        });
        return roles;
    }

    private static String claim(String text, String fallback, String field, List<ProblemError> errors) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                errors.add(ProblemError.field(field, "is required"));
            }
            return fallback;
        }
        if (!CLAIM_PATH.matcher(text).matches()) {
            errors.add(ProblemError.field(field, "must be a claim name or a dotted path of claim names"));
        }
        return text;
    }

    private static String required(String text, String field, List<ProblemError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(ProblemError.field(field, "is required"));
            return null;
        }
        return text.strip();
    }
}
