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

    /** Also an update: the server saves a client again when it re-encodes a secret on use. */
    @Override
    public void save(RegisteredClient client) {
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
