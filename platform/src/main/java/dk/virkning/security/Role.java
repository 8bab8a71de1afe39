package dk.virkning.security;

/** The principals of the platform. Tokens carry them in the {@code roles} claim. */
public enum Role {
    /** Runs the platform: creates municipalities and organisations. */
    PLATFORM_OPERATOR,
    /** Administers one municipality: programs, imports, settlements. */
    MUNICIPALITY_ADMIN,
    /** Works with one municipality's participants. */
    CASEWORKER,
    /** Works for a provider: only programs the organisation delivers. */
    PROVIDER_STAFF,
    /** Works for an investor: only aggregated statements of programs the organisation funds. */
    INVESTOR_ANALYST;

    /** The role of this name, if it is one. */
    public static java.util.Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
