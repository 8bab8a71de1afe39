package dk.virkning.security;

/** The claims Virkning reads from a token. */
public final class Claims {

    /** The principal's roles, e.g. {@code ["CASEWORKER"]}. */
    public static final String ROLES = "roles";

    /** The municipality the principal works for (municipality admins and caseworkers). */
    public static final String TENANT = "tenant";

    /** The organisation the principal works for (provider staff and investor analysts). */
    public static final String ORGANISATION = "org";

    private Claims() {}
}
