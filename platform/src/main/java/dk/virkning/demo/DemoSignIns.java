package dk.virkning.demo;

import dk.virkning.security.ClientProperties.Person;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The text the demo prints when it is ready: every demo person's sign-in, per municipality with the
 * program seeded there, then the providers', investors' and operator's, and the machine clients.
 */
final class DemoSignIns {

    private DemoSignIns() {}

    static String text(List<Person> people, String port, String issuer) {
        StringBuilder out = new StringBuilder("\n\nVirkning demo is ready on http://localhost:")
                .append(port)
                .append(".\nDemo people sign in at ")
                .append(issuer)
                .append("/login (web client '")
                .append(DemoClients.CONSOLE)
                .append("'), every one with the password '")
                .append(DemoClients.PASSWORD)
                .append("' (demo only):\n");
        for (DemoMunicipality m : DemoMunicipality.values()) {
            out.append("  ").append(m.displayName);
            DemoPrograms.ALL.stream().filter(p -> p.municipality() == m).forEach(p -> out.append(" - ")
                    .append(p.name())
                    .append(" (")
                    .append(p.pluginId())
                    .append(')'));
            out.append('\n');
            people.stream().filter(p -> m.key.equals(p.tenant())).forEach(p -> line(out, p));
        }
        out.append("  Providers, investors and the platform\n");
        people.stream().filter(p -> p.tenant() == null).forEach(p -> line(out, p));
        return out.append("Machine clients (secret '")
                .append(DemoClients.SECRET)
                .append("'): operator; hedensted|holbaek|norddjurs|koebenhavn-admin and -caseworker;")
                .append(" sundinvest-staff; marselisborg-staff; effekt-analyst; dsi-analyst\n")
                .append("Get a token:\n  curl -s -u norddjurs-admin:")
                .append(DemoClients.SECRET)
                .append(" -d grant_type=client_credentials http://localhost:")
                .append(port)
                .append("/oauth2/token\n")
                .toString();
    }

    private static void line(StringBuilder out, Person p) {
        String roles = p.roles().stream()
                .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        out.append(String.format(Locale.ROOT, "    %-22s %s", p.username(), roles));
        organisation(p.organisation()).ifPresent(o -> out.append(", ").append(o));
        out.append('\n');
    }

    private static Optional<String> organisation(UUID id) {
        return Arrays.stream(DemoOrganisation.values())
                .filter(o -> o.id().equals(id))
                .map(o -> o.displayName)
                .findFirst();
    }
}
