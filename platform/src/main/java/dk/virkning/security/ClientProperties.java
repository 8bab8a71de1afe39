package dk.virkning.security;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Machine clients of the embedded authorization server, configured by the operator. Each client
 * gets tokens (client credentials grant) carrying its roles, municipality and organisation.
 *
 * @param clients the clients
 */
@ConfigurationProperties("virkning.auth")
public record ClientProperties(List<Client> clients) {

    public ClientProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * One client.
     *
     * @param id the client id
     * @param secret the client secret, encoded with a prefix such as {@code {bcrypt}} or {@code {noop}}
     * @param roles the roles its tokens carry
     * @param tenant the municipality its tokens carry, if any
     * @param organisation the organisation its tokens carry, if any
     */
    public record Client(String id, String secret, List<Role> roles, String tenant, UUID organisation) {

        public Client {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
