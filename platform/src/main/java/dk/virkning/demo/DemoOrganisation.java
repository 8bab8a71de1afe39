package dk.virkning.demo;

import dk.virkning.organisation.OrganisationType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The providers and investors of the seeds, with stable ids so that demo clients can name them. */
enum DemoOrganisation {
    MARSELISBORG("Konsulenthuset Marselisborg", OrganisationType.PROVIDER),
    SUNDINVEST("SundInvest", OrganisationType.PROVIDER),
    HOLBAEK_TEAM("Holbæk Kommune, tværfagligt team", OrganisationType.PROVIDER),
    KOEBENHAVN_BIF("Københavns Kommune, Beskæftigelses- og Integrationsforvaltningen", OrganisationType.PROVIDER),
    KAPITALFOND_EFFEKT("Den Sociale Kapitalfond Effekt", OrganisationType.INVESTOR),
    INVESTERINGSFOND("Den Sociale Investeringsfond", OrganisationType.INVESTOR);

    final String displayName;
    final OrganisationType type;

    DemoOrganisation(String displayName, OrganisationType type) {
        this.displayName = displayName;
        this.type = type;
    }

    UUID id() {
        return UUID.nameUUIDFromBytes(("virkning-demo:" + name()).getBytes(StandardCharsets.UTF_8));
    }
}
