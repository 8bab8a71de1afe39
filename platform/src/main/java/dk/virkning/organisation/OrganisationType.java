package dk.virkning.organisation;

/** What an organisation is to the programs. */
public enum OrganisationType {
    PROVIDER,
    INVESTOR
}
