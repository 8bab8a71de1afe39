package dk.virkning.register;

import static dk.virkning.register.ParserFixture.ANNA;
import static dk.virkning.register.ParserFixture.ANNA_INDEX;
import static dk.virkning.register.ParserFixture.BO;
import static dk.virkning.register.ParserFixture.BO_INDEX;
import static dk.virkning.register.ParserFixture.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.virkning.shared.ProblemError;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import org.junit.jupiter.api.Test;

/** Whom a file lists (DOMAIN.md 4): an import covers exactly those persons. */
class CoveredPersonsParserTest {

    private final Coverage coverage = new Coverage(IsoWeek.parse("2024-W01"), IsoWeek.parse("2024-W10"));
    private final ParserFixture fixture = new ParserFixture(coverage);

    @Test
    void aLongFileListsEveryPersonWithARowAndNoOneElse() {
        RegisterFileParser.Result result =
                fixture.parse("cpr,week,code\n" + ANNA + ",2024-W02,SDP\n", RegisterFormat.LONG);

        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(result.matrix().listed(ANNA_INDEX)).isTrue();
        assertThat(result.matrix().listed(BO_INDEX)).isFalse();
        assertThat(result.matrix().listedCount()).isEqualTo(1);
    }

    @Test
    void aLongRowWithAnEmptyCodeIsASelfSupportingWeekThatListsThePerson() {
        RegisterFileParser.Result result = fixture.parse("cpr,week,code\n" + BO + ",2024-W04,\n", RegisterFormat.LONG);

        assertThat(result.matrix().listed(BO_INDEX)).isTrue();
        assertThat(ParserFixture.status(result, BO_INDEX, "2024-W04", coverage))
                .isEqualTo(WeeklyStatus.SELF_SUPPORTING);
    }

    @Test
    void aLongRowWithoutAWeekListsACoveredPersonWithoutGivingAWeek() {
        RegisterFileParser.Result result =
                fixture.parse("cpr,week,code\n" + ANNA + ",2024-W02,SDP\n" + BO + ",,\n", RegisterFormat.LONG);

        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(result.matrix().listed(BO_INDEX)).isTrue();
        assertThat(ParserFixture.given(result, BO_INDEX, "2024-W05", coverage)).isFalse();
        assertThat(result.matrix().listedCount()).isEqualTo(2);
    }

    @Test
    void aCoveredPersonsRowNamingANonParticipantACodeOrAPersonTwiceIsBad() {
        RegisterFileParser.Result result = fixture.parse(
                "cpr,week,code\n" + STRANGER + ",,\n" + ANNA + ",,SDP\n" + BO + ",,\n" + BO + ",,\n",
                RegisterFormat.LONG);

        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(
                        tuple(2L, "the covered person is not a participant of this program"),
                        tuple(
                                3L,
                                "a row without a week lists a covered person and must have an empty code, found 'SDP'"),
                        tuple(5L, "duplicate row: the same covered person as line 4"));
    }

    @Test
    void aWideFileListsEveryRowsPerson() {
        RegisterFileParser.Result result = fixture.parse("cpr,y_2401,y_2402\n" + BO + ",,\n", RegisterFormat.WIDE);

        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(result.matrix().listed(BO_INDEX)).isTrue();
        assertThat(result.matrix().listed(ANNA_INDEX)).isFalse();
    }

    @Test
    void unknownInAWideCellMarksThatWeekAsNotKnown() {
        RegisterFileParser.Result result =
                fixture.parse("cpr,y_2401,y_2402\n" + ANNA + ",UNKNOWN,SDP\n", RegisterFormat.WIDE);

        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(ParserFixture.status(result, ANNA_INDEX, "2024-W01", coverage))
                .isEqualTo(WeeklyStatus.UNKNOWN);
        assertThat(ParserFixture.status(result, ANNA_INDEX, "2024-W02", coverage))
                .isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
    }

    @Test
    void aWeekMarkedNotKnownOutsideTheCoverageIsBad() {
        RegisterFileParser.Result result =
                fixture.parse("cpr,week,code\n" + ANNA + ",2024-W11,UNKNOWN\n", RegisterFormat.LONG);

        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(2L, "week 2024-W11 is outside the declared coverage 2024-W01..2024-W10"));
    }
}
