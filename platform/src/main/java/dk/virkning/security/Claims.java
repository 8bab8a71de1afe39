package dk.virkning.security;

/** The claims Virkning reads from a token of the platform's own issuer. */
public final class Claims {

    /** The principal's roles, e.g. {@code ["CASEWORKER"]}. */
    public static final String ROLES = "roles";

    /** The municipality the principal works for (municipality admins and caseworkers). */
    public static final String TENANT = "tenant";

    /** The organisation the principal works for (provider staff and investor analysts). */
    public static final String ORGANISATION = "org";

    /** The person's display name (OpenID Connect's standard claim). */
    public static final String NAME = "name";

    /** The token's issuer. */
    public static final String ISSUER = "iss";

    private Claims() {}
}
