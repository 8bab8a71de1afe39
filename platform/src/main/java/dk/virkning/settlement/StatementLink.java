package dk.virkning.settlement;

import java.util.UUID;

/** The statement a statement follows in its program's hash chain, and that statement's hash. */
public record StatementLink(UUID id, String hash) {

    static StatementLink to(StoredStatement previous) {
        return new StatementLink(previous.id(), previous.content().statementHash());
    }
}
