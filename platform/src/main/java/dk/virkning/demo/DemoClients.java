package dk.virkning.demo;

import dk.virkning.security.ClientProperties.Client;
import dk.virkning.security.ClientProperties.Person;
import dk.virkning.security.ClientSource;
import dk.virkning.security.EmbeddedServerProperties;
import dk.virkning.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One machine client per demo role, all with the secret {@value #SECRET}; one person per role and
 * municipality (and per demo provider and investor), all with the password {@value #PASSWORD}, who
 * sign in through the web client {@value #CONSOLE}. They exist only when demo data is on; secrets
 * and passwords are stored bcrypt-hashed like any other.
 */
@Component
@ConditionalOnProperty(name = "virkning.demo.enabled", havingValue = "true")
class DemoClients implements ClientSource {

    static final String SECRET = "demo-secret";
    static final String PASSWORD = "demo-password";
    static final String CONSOLE = "virkning-console";

    /** Where the web console (a first-party client on the platform itself) receives the code. */
    static final String CONSOLE_REDIRECT = "/console/login/oauth2/code/virkning";

    private final List<Client> clients;
    private final List<Person> people;

    DemoClients(EmbeddedServerProperties server) {
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
        all.add(new Client(CONSOLE, secret, List.of(), null, null, List.of(server.issuer() + CONSOLE_REDIRECT)));
        this.clients = List.copyOf(all);
        this.people = people(encoder.encode(PASSWORD));
    }

    private static List<Person> people(String password) {
        List<Person> all = new ArrayList<>();
        all.add(new Person("operator.person", password, "Olga Operatør", List.of(Role.PLATFORM_OPERATOR), null, null));
        for (DemoMunicipality m : DemoMunicipality.values()) {
            all.add(person(m.key + ".admin", password, "Admin, " + m.displayName, Role.MUNICIPALITY_ADMIN, m, null));
            all.add(person(
                    m.key + ".caseworker", password, "Sagsbehandler, " + m.displayName, Role.CASEWORKER, m, null));
        }
        all.add(person(
                "sundinvest.staff",
                password,
                "Medarbejder, SundInvest",
                Role.PROVIDER_STAFF,
                null,
                DemoOrganisation.SUNDINVEST.id()));
        all.add(person(
                "marselisborg.staff",
                password,
                "Medarbejder, Marselisborg",
                Role.PROVIDER_STAFF,
                null,
                DemoOrganisation.MARSELISBORG.id()));
        all.add(person(
                "effekt.analyst",
                password,
                "Analytiker, Kapitalfond Effekt",
                Role.INVESTOR_ANALYST,
                null,
                DemoOrganisation.KAPITALFOND_EFFEKT.id()));
        all.add(person(
                "dsi.analyst",
                password,
                "Analytiker, Den Sociale Investeringsfond",
                Role.INVESTOR_ANALYST,
                null,
                DemoOrganisation.INVESTERINGSFOND.id()));
        return List.copyOf(all);
    }

    private static Person person(
            String username, String password, String name, Role role, DemoMunicipality m, UUID organisation) {
        return new Person(username, password, name, List.of(role), m == null ? null : m.key, organisation);
    }

    private static Client staff(String id, DemoOrganisation organisation, String secret) {
        return new Client(id, secret, List.of(Role.PROVIDER_STAFF), null, organisation.id());
    }

    @Override
    public List<Client> clients() {
        return clients;
    }

    @Override
    public List<Person> people() {
        return people;
    }
}
