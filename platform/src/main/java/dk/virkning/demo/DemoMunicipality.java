package dk.virkning.demo;

/** The four municipalities of the seeds. */
enum DemoMunicipality {
    HEDENSTED("hedensted", "Hedensted Kommune", "766"),
    HOLBAEK("holbaek", "Holbæk Kommune", "316"),
    NORDDJURS("norddjurs", "Norddjurs Kommune", "707"),
    KOEBENHAVN("koebenhavn", "Københavns Kommune", "101");

    final String key;
    final String displayName;
    final String code;

    DemoMunicipality(String key, String displayName, String code) {
        this.key = key;
        this.displayName = displayName;
        this.code = code;
    }
}
