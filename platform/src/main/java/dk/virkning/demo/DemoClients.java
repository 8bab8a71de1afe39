package dk.virkning.demo;

import dk.virkning.security.ClientProperties.Client;
import dk.virkning.security.ClientSource;
import dk.virkning.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One client per demo role, all with the secret {@value #SECRET}. They exist only when demo data is
 * on; their secrets are stored bcrypt-hashed like any other client's.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoClients implements ClientSource {

    static final String SECRET = "demo-secret";

    private final List<Client> clients;

    DemoClients() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String secret = encoder.encode(SECRET);
        List<Client> all = new ArrayList<>();
        all.add(new Client("operator", secret, List.of(Role.PLATFORM_OPERATOR), null, null));
        for (DemoMunicipality m : DemoMunicipality.values()) {
            all.add(new Client(m.key + "-admin", secret, List.of(Role.MUNICIPALITY_ADMIN), m.key, null));
            all.add(new Client(m.key + "-caseworker", secret, List.of(Role.CASEWORKER), m.key, null));
        }
        all.add(staff("sundinvest-staff", DemoOrganisation.SUNDINVEST, secret));
        all.add(staff("marselisborg-staff", DemoOrganisation.MARSELISBORG, secret));
        all.add(new Client(
                "effekt-analyst",
                secret,
                List.of(Role.INVESTOR_ANALYST),
                null,
                DemoOrganisation.KAPITALFOND_EFFEKT.id()));
        all.add(new Client(
                "dsi-analyst", secret, List.of(Role.INVESTOR_ANALYST), null, DemoOrganisation.INVESTERINGSFOND.id()));
        this.clients = List.copyOf(all);
    }

    private static Client staff(String id, DemoOrganisation organisation, String secret) {
        return new Client(id, secret, List.of(Role.PROVIDER_STAFF), null, organisation.id());
    }

    @Override
    public List<Client> clients() {
        return clients;
    }
}
