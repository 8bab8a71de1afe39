package dk.virkning.participant;

/** A keyed pseudonym of a CPR number: 64 hex characters, stable within a municipality. */
public record Pseudonym(String value) {

    public Pseudonym {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a pseudonym");
        }
    }
}
