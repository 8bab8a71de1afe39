package dk.virkning.participant;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.IsoWeek;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Test-only access to the package-private constructors of the participant feature. */
public final class ParticipantFixtures {

    private ParticipantFixtures() {}

    /** A participant as enrolled, with a fresh id. */
    public static Participant participant(ProgramId program, Pseudonym pseudonym, String targetGroup, IsoWeek start) {
        return new Participant(
                program,
                pseudonym,
                targetGroup,
                start,
                new Referral(start.monday().minusDays(7), dk.virkning.spi.ReferralFacts.none(), null),
                start.monday().minusDays(3),
                Instant.parse("2024-01-01T08:00:00Z"),
                "test");
    }

    /** A pseudonymizer under the given master secret (never blank: that would write a local key file). */
    public static Pseudonymizer pseudonymizer(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a test pseudonymizer needs a secret");
        }
        try {
            return new Pseudonymizer(new PseudonymProperties(secret), java.util.Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
