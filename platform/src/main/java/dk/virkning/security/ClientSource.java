package dk.virkning.security;

import java.util.List;

/** Contributes clients to the embedded authorization server (configuration, demo data). */
public interface ClientSource {

    List<ClientProperties.Client> clients();
}
