package dk.virkning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class ConfiguredClientRepositoryTest {

    private static RegisteredClient client(String id, String clientId, String secret) {
        return RegisteredClient.withId(id)
                .clientId(clientId)
                .clientSecret(secret)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .build();
    }

    @Test
    void savingAClientAgainReplacesItAsTheServerDoesWhenItReEncodesASecret() {
        ConfiguredClientRepository clients =
                new ConfiguredClientRepository(List.of(client("1", "smoke", "{noop}secret")));
        clients.save(client("1", "smoke", "{bcrypt}$2a$10$re-encoded"));
        assertThat(clients.findByClientId("smoke").getClientSecret()).isEqualTo("{bcrypt}$2a$10$re-encoded");
        assertThat(clients.findById("1").getClientSecret()).isEqualTo("{bcrypt}$2a$10$re-encoded");
    }

    @Test
    void twoDifferentClientsWithOneClientIdAreRefused() {
        assertThatThrownBy(() -> new ConfiguredClientRepository(
                        List.of(client("1", "smoke", "{noop}a"), client("2", "smoke", "{noop}b"))))
                .hasMessageContaining("client configured twice: smoke");
    }
}
