package dk.virkning.security;

import java.util.List;

/** Contributes clients and people to the embedded authorization server (configuration, demo data). */
public interface ClientSource {

    List<ClientProperties.Client> clients();

    default List<ClientProperties.Person> people() {
        return List.of();
    }
}
