package dk.virkning.register;

import dk.virkning.participant.ParticipantFixtures;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Two participants (Anna from 2024-W01, Bo from 2024-W03) and a parser over a coverage, for unit tests. */
final class ParserFixture {

    static final String MUNICIPALITY = "0766";
    static final String ANNA = "010190-1234";
    static final String BO = "020290-2345";
    static final String STRANGER = "030390-3456";
    static final int ANNA_INDEX = 0;
    static final int BO_INDEX = 1;

    final Pseudonymizer pseudonymizer = ParticipantFixtures.pseudonymizer("test-secret");
    final Coverage coverage;
    final Roster roster;

    ParserFixture(String municipality, Coverage coverage) {
        this.coverage = coverage;
        this.roster = new Roster(
                List.of(
                        new Roster.Member(UUID.randomUUID(), pseudonym(ANNA), IsoWeek.parse("2024-W01")),
                        new Roster.Member(UUID.randomUUID(), pseudonym(BO), IsoWeek.parse("2024-W03"))),
                cpr -> pseudonymizer.pseudonymise(municipality, cpr).value());
    }

    ParserFixture(Coverage coverage) {
        this(MUNICIPALITY, coverage);
    }

    private String pseudonym(String cpr) {
        return pseudonymizer.pseudonymise(MUNICIPALITY, cpr).value();
    }

    static CodeTable codes() {
        return CodeTable.of(Map.of("SDP", WeeklyStatus.SICKNESS_BENEFIT, "KTH", WeeklyStatus.CASH_BENEFIT));
    }

    RegisterFileParser.Result parse(String text, RegisterFormat format) {
        return parse(text.getBytes(StandardCharsets.UTF_8), format);
    }

    RegisterFileParser.Result parse(byte[] bytes, RegisterFormat format) {
        try {
            return new RegisterFileParser(new CoverageWeeks(coverage), codes(), roster, format)
                    .parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WeeklyStatus status(RegisterFileParser.Result result, int person, String week, Coverage coverage) {
        return StatusMatrix.status(
                result.matrix().get(person, (int) coverage.from().weeksUntil(IsoWeek.parse(week))));
    }

    static boolean given(RegisterFileParser.Result result, int person, String week, Coverage coverage) {
        return result.matrix().get(person, (int) coverage.from().weeksUntil(IsoWeek.parse(week))) != 0;
    }
}
