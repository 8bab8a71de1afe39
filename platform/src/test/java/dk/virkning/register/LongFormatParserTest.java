package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantFixtures;
import dk.virkning.participant.Pseudonym;
import dk.virkning.participant.Pseudonymizer;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.WeeklyStatus;
import dk.virkning.program.ProgramId;
import dk.virkning.shared.ProblemError;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LongFormatParserTest {

    private static final String MUNICIPALITY = "0766";
    private static final String ANNA = "010190-1234";
    private static final String BO = "020290-2345";
    private static final String STRANGER = "030390-3456";

    private final Pseudonymizer pseudonymizer = ParticipantFixtures.pseudonymizer("test-secret");
    private final Function<String, Pseudonym> pseudonymise = cpr -> pseudonymizer.pseudonymise(MUNICIPALITY, cpr);
    private final ProgramId program = new ProgramId(UUID.randomUUID());
    private final Participant anna = ParticipantFixtures.participant(
            program, pseudonymise.apply(ANNA), "MENTAL_ILLNESS", IsoWeek.parse("2024-W01"));
    private final Participant bo = ParticipantFixtures.participant(
            program, pseudonymise.apply(BO), "MENTAL_ILLNESS", IsoWeek.parse("2024-W03"));
    private final LongFormatParser parser = parser(new Coverage(IsoWeek.parse("2024-W01"), IsoWeek.parse("2024-W10")));

    @Test
    void aValidFileGivesOneRowPerLine() {
        LongFormatParser.Result result = parser.parse(String.join(
                "\n",
                "cpr,week,code",
                ANNA + ",2024-W01,SDP",
                ANNA + ",2024-W02,KTH",
                BO + ",2024-W03,FLEX_JOB",
                "0202902345,2024-W10,SDP"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.dataLines()).isEqualTo(4);
        assertThat(result.rows())
                .extracting(ParsedRow::participant, ParsedRow::week, ParsedRow::status)
                .containsExactly(
                        tuple(anna.id(), IsoWeek.parse("2024-W01"), WeeklyStatus.SICKNESS_BENEFIT),
                        tuple(anna.id(), IsoWeek.parse("2024-W02"), WeeklyStatus.CASH_BENEFIT),
                        tuple(bo.id(), IsoWeek.parse("2024-W03"), WeeklyStatus.FLEX_JOB),
                        tuple(bo.id(), IsoWeek.parse("2024-W10"), WeeklyStatus.SICKNESS_BENEFIT));
    }

    @Test
    void blankLinesAreSkippedButCountInTheLineNumbers() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n\n" + ANNA + ",2024-W01,SDP\n   \n" + ANNA + ",2024-W02,NOPE\n");

        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(result.errors()).extracting(ProblemError::line).containsExactly(5L);
    }

    @Test
    void windowsLineEndingsAndSpacesAroundFieldsAreAccepted() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\r\n " + ANNA + " , 2024-W04 , KTH \r\n" + BO + ",2024W05,SDP\r\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows())
                .extracting(ParsedRow::week, ParsedRow::status)
                .containsExactly(
                        tuple(IsoWeek.parse("2024-W04"), WeeklyStatus.CASH_BENEFIT),
                        tuple(IsoWeek.parse("2024-W05"), WeeklyStatus.SICKNESS_BENEFIT));
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAtLineOne() {
        LongFormatParser.Result result = parser.parse(ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W02,SDP\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.dataLines()).isZero();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1L);
            assertThat(e.message()).contains("header");
        });
    }

    @Test
    void anEmptyFileIsRefusedForItsMissingHeader() {
        assertThat(parser.parse("").errors()).extracting(ProblemError::line).containsExactly(1L);
    }

    @Test
    void theHeaderMayDifferInCaseAndSpacing() {
        LongFormatParser.Result result = parser.parse("CPR, Week, Code\n" + ANNA + ",2024-W01,SDP\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() {
        LongFormatParser.Result result = parser.parse("\uFEFFcpr,week,code\n" + ANNA + ",2024-W01,SDP\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(ParsedRow::participant).containsExactly(anna.id());
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRefused() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n" + ANNA + ",2024-W01\n" + ANNA + ",2024-W02,SDP,extra\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(
                        tuple(2L, "expected 3 fields (cpr,week,code), found 2"),
                        tuple(3L, "expected 3 fields (cpr,week,code), found 4"));
    }

    @Test
    void aBadCprIsRefused() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n12345,2024-W01,SDP\n010190/1234,2024-W01,SDP\n01019012345,2024-W01,SDP\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(
                        tuple(2L, "the cpr field is not a CPR number"),
                        tuple(3L, "the cpr field is not a CPR number"),
                        tuple(4L, "the cpr field is not a CPR number"));
    }

    @Test
    void aMalformedWeekIsRefused() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n" + ANNA + ",2024-02,SDP\n" + ANNA + ",2024-W54,SDP\n" + ANNA + ",,SDP\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(ProblemError::line).containsExactly(2L, 3L, 4L);
        assertThat(result.errors().get(0).message()).contains("'2024-02'").contains("not an ISO week");
        assertThat(result.errors().get(1).message()).contains("'2024-W54'");
    }

    @Test
    void aWeekOutsideTheCoverageIsRefused() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n" + ANNA + ",2024-W11,SDP\n" + ANNA + ",2023-W52,SDP\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(
                        tuple(2L, "week 2024-W11 is outside the declared coverage 2024-W01..2024-W10"),
                        tuple(3L, "week 2023-W52 is outside the declared coverage 2024-W01..2024-W10"));
    }

    @Test
    void anUnknownCodeIsRefused() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n" + ANNA + ",2024-W01,XYZ\n" + ANNA + ",2024-W02,UNKNOWN\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(2L, "unknown code 'XYZ'"), tuple(3L, "unknown code 'UNKNOWN'"));
    }

    @Test
    void aPersonWhoIsNotInTheProgramIsRefused() {
        LongFormatParser.Result result = parser.parse("cpr,week,code\n" + STRANGER + ",2024-W01,SDP\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(2L, "the person is not a participant of this program"));
    }

    @Test
    void theSamePersonInAnotherMunicipalityIsNotAParticipant() {
        LongFormatParser other = new LongFormatParser(
                new Coverage(IsoWeek.parse("2024-W01"), IsoWeek.parse("2024-W10")),
                mapping(),
                cpr -> pseudonymizer.pseudonymise("0101", cpr),
                participants());

        assertThat(other.parse("cpr,week,code\n" + ANNA + ",2024-W01,SDP\n").errors())
                .extracting(ProblemError::message)
                .containsExactly("the person is not a participant of this program");
    }

    @Test
    void aDuplicatePersonWeekIsRefusedAndPointsToTheEarlierLine() {
        LongFormatParser.Result result = parser.parse(
                "cpr,week,code\n" + ANNA + ",2024-W01,SDP\n" + BO + ",2024-W03,SDP\n" + "0101901234,2024-W01,KTH\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(4L, "duplicate row: the same person and week as line 2"));
    }

    @Test
    void everyBadLineIsReportedWithItsLineNumberAndNoRowsAreReturned() {
        LongFormatParser.Result result = parser.parse(String.join(
                "\n",
                "cpr,week,code",
                ANNA + ",2024-W01,SDP", // 2 ok
                "bad,2024-W01,SDP", // 3 bad cpr
                ANNA + ",2024-W02,SDP", // 4 ok
                ANNA + ",2024-W99,SDP", // 5 bad week
                BO + ",2024-W03,SDP", // 6 ok
                STRANGER + ",2024-W03,SDP", // 7 not a participant
                ANNA + ",2024-W01,KTH", // 8 duplicate of 2
                BO + ",2024-W04,??")); // 9 unknown code

        assertThat(result.rows()).isEmpty();
        assertThat(result.dataLines()).isEqualTo(8);
        assertThat(result.errors()).extracting(ProblemError::line).containsExactly(3L, 5L, 7L, 8L, 9L);
        assertThat(result.errors()).allSatisfy(e -> {
            assertThat(e.field()).isNull();
            assertThat(e.message()).isNotBlank();
        });
    }

    @Test
    void theErrorsDoNotRepeatTheCprNumber() {
        LongFormatParser.Result result = parser.parse(
                "cpr,week,code\n" + STRANGER + ",2024-W01,SDP\n" + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W01,SDP\n");

        assertThat(result.errors()).hasSize(2).allSatisfy(e -> assertThat(e.message())
                .doesNotContain("030390")
                .doesNotContain("010190"));
    }

    @Test
    void anEmptyCodeMeansSelfSupporting() {
        LongFormatParser.Result result =
                parser.parse("cpr,week,code\n" + ANNA + ",2024-W01,\n" + ANNA + ",2024-W02,  \n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows())
                .extracting(ParsedRow::status)
                .containsExactly(WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.SELF_SUPPORTING);
    }

    @Test
    void atMostAThousandErrorsAreReportedButEveryLineIsCounted() {
        String bad = IntStream.range(0, LongFormatParser.MAX_REPORTED_ERRORS + 5)
                .mapToObj(i -> "x,2024-W01,SDP")
                .collect(Collectors.joining("\n"));

        LongFormatParser.Result result = parser.parse("cpr,week,code\n" + bad);

        assertThat(result.errors()).hasSize(LongFormatParser.MAX_REPORTED_ERRORS);
        assertThat(result.dataLines()).isEqualTo(LongFormatParser.MAX_REPORTED_ERRORS + 5);
        assertThat(result.rows()).isEmpty();
    }

    private LongFormatParser parser(Coverage coverage) {
        return new LongFormatParser(coverage, mapping(), pseudonymise, participants());
    }

    private Map<Pseudonym, Participant> participants() {
        Map<Pseudonym, Participant> participants = new HashMap<>();
        participants.put(pseudonymise.apply(ANNA), anna);
        participants.put(pseudonymise.apply(BO), bo);
        return participants;
    }

    private static StatusCodeMapping mapping() {
        return new StatusCodeMapping(Map.of("SDP", WeeklyStatus.SICKNESS_BENEFIT, "KTH", WeeklyStatus.CASH_BENEFIT));
    }
}
