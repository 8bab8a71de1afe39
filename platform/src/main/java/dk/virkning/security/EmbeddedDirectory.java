package dk.virkning.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The embedded server's clients and people, from configuration and the demo data. */
final class EmbeddedDirectory {

    private final List<ClientProperties.Client> clients;
    private final List<ClientProperties.Person> people;
    private final Map<String, ClientProperties.Person> byUsername;

    EmbeddedDirectory(List<ClientProperties.Client> clients, List<ClientProperties.Person> people) {
        this.clients = List.copyOf(clients);
        this.people = List.copyOf(people);
        this.byUsername = people.stream()
                .collect(
                        Collectors.toUnmodifiableMap(ClientProperties.Person::username, Function.identity(), (a, b) -> {
                            throw new IllegalStateException("person configured twice: " + a.username());
                        }));
    }

    List<ClientProperties.Client> clients() {
        return clients;
    }

    List<ClientProperties.Person> people() {
        return people;
    }

    Optional<ClientProperties.Person> person(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }
}
