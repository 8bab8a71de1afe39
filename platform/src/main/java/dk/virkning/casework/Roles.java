package dk.virkning.casework;

/** Who may do casework: investors never see a participant. */
final class Roles {

    private Roles() {}

    /** Reading a participant's casework: the tenant's admins and caseworkers, the delivering provider's staff. */
    static final String STAFF = "hasAnyRole('MUNICIPALITY_ADMIN','CASEWORKER','PROVIDER_STAFF')";

    /** Recording casework: caseworkers and the delivering provider's staff. */
    static final String WORKERS = "hasAnyRole('CASEWORKER','PROVIDER_STAFF')";
}
