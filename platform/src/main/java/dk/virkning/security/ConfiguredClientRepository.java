package dk.virkning.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The clients from configuration. Unlike Spring's in-memory repository it may be empty: then the
 * embedded server issues no tokens until an operator configures clients.
 */
final class ConfiguredClientRepository implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    ConfiguredClientRepository(List<RegisteredClient> clients) {
        for (RegisteredClient client : clients) {
            if (byClientId.containsKey(client.getClientId())) {
                throw new IllegalStateException("client configured twice: " + client.getClientId());
            }
            save(client);
        }
    }

    /**
     * Adds a client, or replaces a stored one with the same id: the authorization server saves a
     * client again after authenticating it when it re-encodes its secret (e.g. a {@code {noop}} one
     * into the current encoding). Two different clients with one client id are refused.
     */
    @Override
    public synchronized void save(RegisteredClient client) {
        RegisteredClient existing = byClientId.get(client.getClientId());
        if (existing != null && !existing.getId().equals(client.getId())) {
            throw new IllegalStateException("client configured twice: " + client.getClientId());
        }
        byClientId.put(client.getClientId(), client);
        byId.put(client.getId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
