package dk.virkning.security;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Clients and people of the embedded authorization server, configured by the operator. A machine
 * client gets tokens by the client credentials grant, carrying its roles, municipality and
 * organisation; a client with redirect URIs is a web client that signs people in (authorization code
 * with PKCE, refresh tokens), and the tokens then carry the person's roles.
 *
 * @param clients the clients
 * @param people the people who sign in on the embedded server's login page
 */
@ConfigurationProperties("virkning.auth")
public record ClientProperties(List<Client> clients, List<Person> people) {

    public ClientProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * One client.
     *
     * @param id the client id
     * @param secret the client secret, encoded with a prefix such as {@code {bcrypt}} or {@code {noop}}
     * @param roles the roles its own tokens carry (client credentials)
     * @param tenant the municipality its own tokens carry, if any
     * @param organisation the organisation its own tokens carry, if any
     * @param redirectUris where it receives a signed-in person's authorization code; none for a
     *     machine client
     */
    public record Client(
            String id, String secret, List<Role> roles, String tenant, UUID organisation, List<String> redirectUris) {

        @ConstructorBinding
        public Client {
            roles = roles == null ? List.of() : List.copyOf(roles);
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        }

        /** A machine client. */
        public Client(String id, String secret, List<Role> roles, String tenant, UUID organisation) {
            this(id, secret, roles, tenant, organisation, List.of());
        }
    }

    /**
     * One person.
     *
     * @param username what they sign in with
     * @param password their password, encoded with a prefix such as {@code {bcrypt}}
     * @param name their display name
     * @param roles their roles
     * @param tenant the municipality they work for, if any
     * @param organisation the organisation they work for, if any
     */
    public record Person(
            String username, String password, String name, List<Role> roles, String tenant, UUID organisation) {

        public Person {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
