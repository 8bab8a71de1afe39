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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LongFormatParserTest {

    private final Coverage coverage = new Coverage(IsoWeek.parse("2024-W01"), IsoWeek.parse("2024-W10"));
    private final ParserFixture fixture = new ParserFixture(coverage);

    private RegisterFileParser.Result parse(String text) {
        return fixture.parse(text, RegisterFormat.LONG);
    }

    private WeeklyStatus status(RegisterFileParser.Result r, int person, String week) {
        return ParserFixture.status(r, person, week, coverage);
    }

    @Test
    void aValidFileGivesOneStatusPerLine() {
        RegisterFileParser.Result result = parse(String.join(
                "\n",
                "cpr,week,code",
                ANNA + ",2024-W01,SDP",
                ANNA + ",2024-W02,KTH",
                BO + ",2024-W03,FLEX_JOB",
                "0202902345,2024-W10,SDP"));

        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(result.format()).isEqualTo(RegisterFormat.LONG);
        assertThat(result.dataLines()).isEqualTo(4);
        assertThat(status(result, ANNA_INDEX, "2024-W01")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(status(result, ANNA_INDEX, "2024-W02")).isEqualTo(WeeklyStatus.CASH_BENEFIT);
        assertThat(status(result, BO_INDEX, "2024-W03")).isEqualTo(WeeklyStatus.FLEX_JOB);
        assertThat(status(result, BO_INDEX, "2024-W10")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(ParserFixture.given(result, ANNA_INDEX, "2024-W03", coverage))
                .isFalse();
    }

    @Test
    void blankLinesAreSkippedButCountInTheLineNumbers() {
        RegisterFileParser.Result result =
                parse("cpr,week,code\n\n" + ANNA + ",2024-W01,SDP\n   \n" + ANNA + ",2024-W02,NOPE\n");
        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(result.badRows().reported()).extracting(ProblemError::line).containsExactly(5L);
    }

    @Test
    void windowsLineEndingsSemicolonsQuotesAndSpacesAroundFieldsAreAccepted() {
        RegisterFileParser.Result result =
                parse("cpr;week;code\r\n " + ANNA + " ; 2024-W04 ; \"KTH\" \r\n" + BO + ";2024W05;SDP\r\n");
        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(status(result, ANNA_INDEX, "2024-W04")).isEqualTo(WeeklyStatus.CASH_BENEFIT);
        assertThat(status(result, BO_INDEX, "2024-W05")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAtLineOne() {
        RegisterFileParser.Result result = parse(ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W02,SDP\n");
        assertThat(result.badRows().reported()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1L);
            assertThat(e.message()).contains("header");
        });
    }

    @Test
    void anEmptyFileIsRefusedForItsMissingHeader() {
        assertThat(parse("").badRows().reported())
                .extracting(ProblemError::line)
                .containsExactly(1L);
    }

    @Test
    void theHeaderMayDifferInCaseAndSpacingAndStartWithAByteOrderMark() {
        assertThat(parse("CPR, Week, Code\n" + ANNA + ",2024-W01,SDP\n")
                        .badRows()
                        .isEmpty())
                .isTrue();
        assertThat(parse("\uFEFFcpr,week,code\n" + ANNA + ",2024-W01,SDP\n")
                        .badRows()
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRefused() {
        RegisterFileParser.Result result =
                parse("cpr,week,code\n" + ANNA + ",2024-W01\n" + ANNA + ",2024-W02,SDP,extra\n");
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(
                        tuple(2L, "expected 3 fields (cpr,week,code), found 2"),
                        tuple(3L, "expected 3 fields (cpr,week,code), found 4"));
    }

    @Test
    void aBadCprIsRefused() {
        RegisterFileParser.Result result =
                parse("cpr,week,code\n12345,2024-W01,SDP\n010190/1234,2024-W01,SDP\n01019012345,2024-W01,SDP\n");
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::field, ProblemError::message)
                .containsExactly(
                        tuple(2L, "cpr", "the cpr field is not a CPR number"),
                        tuple(3L, "cpr", "the cpr field is not a CPR number"),
                        tuple(4L, "cpr", "the cpr field is not a CPR number"));
    }

    @Test
    void aMalformedWeekIsRefused() {
        RegisterFileParser.Result result = parse("cpr,week,code\n" + ANNA + ",2024-02,SDP\n" + ANNA + ",2024-W54,SDP\n"
                + ANNA + ",,SDP\n" + ANNA + ",2020-W53,SDP\n" + ANNA + ",2021-W53,SDP\n");
        assertThat(result.badRows().reported()).extracting(ProblemError::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(result.badRows().reported().get(0).message())
                .contains("'2024-02'")
                .contains("not an ISO week");
        assertThat(result.badRows().reported().get(1).message()).contains("'2024-W54'");
        // 2020 has a week 53 (outside this coverage); 2021 has none.
        assertThat(result.badRows().reported().get(3).message()).contains("outside the declared coverage");
        assertThat(result.badRows().reported().get(4).message()).contains("does not exist");
    }

    @Test
    void aWeekOutsideTheCoverageIsRefused() {
        RegisterFileParser.Result result =
                parse("cpr,week,code\n" + ANNA + ",2024-W11,SDP\n" + ANNA + ",2023-W52,SDP\n");
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(
                        tuple(2L, "week 2024-W11 is outside the declared coverage 2024-W01..2024-W10"),
                        tuple(3L, "week 2023-W52 is outside the declared coverage 2024-W01..2024-W10"));
    }

    @Test
    void anUnknownCodeIsRefusedButUnknownMarksAWeekAsNotKnown() {
        RegisterFileParser.Result result =
                parse("cpr,week,code\n" + ANNA + ",2024-W01,XYZ\n" + ANNA + ",2024-W02,UNKNOWN\n");
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(2L, "unknown code 'XYZ'"));
        assertThat(status(result, ANNA_INDEX, "2024-W02")).isEqualTo(WeeklyStatus.UNKNOWN);
    }

    @Test
    void aPersonWhoIsNotInTheProgramIsRefused() {
        assertThat(parse("cpr,week,code\n" + STRANGER + ",2024-W01,SDP\n")
                        .badRows()
                        .reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(2L, "the person is not a participant of this program"));
    }

    @Test
    void theSamePersonInAnotherMunicipalityIsNotAParticipant() {
        ParserFixture other = new ParserFixture("0101", coverage);
        assertThat(other.parse("cpr,week,code\n" + ANNA + ",2024-W01,SDP\n", RegisterFormat.LONG)
                        .badRows()
                        .reported())
                .extracting(ProblemError::message)
                .containsExactly("the person is not a participant of this program");
    }

    @Test
    void aDuplicatePersonWeekIsRefusedEvenWrittenDifferently() {
        RegisterFileParser.Result result = parse(
                "cpr,week,code\n" + ANNA + ",2024-W01,SDP\n" + BO + ",2024-W03,SDP\n" + "0101901234,2024W01,KTH\n");
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(4L, "duplicate row: the same person and week 2024-W01 as an earlier line"));
    }

    @Test
    void everyBadLineIsReportedWithItsLineNumber() {
        RegisterFileParser.Result result = parse(String.join(
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
        assertThat(result.badRows().reported()).extracting(ProblemError::line).containsExactly(3L, 5L, 7L, 8L, 9L);
        assertThat(result.badRows().lines()).isEqualTo(5);
        assertThat(result.dataLines()).isEqualTo(8);
    }

    @Test
    void theErrorsDoNotRepeatTheCprNumber() {
        RegisterFileParser.Result result = parse(
                "cpr,week,code\n" + STRANGER + ",2024-W01,SDP\n" + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W01,SDP\n");
        assertThat(result.badRows().reported().toString())
                .doesNotContain("030390")
                .doesNotContain("010190");
    }

    @Test
    void anEmptyCodeMeansSelfSupporting() {
        RegisterFileParser.Result result = parse("cpr,week,code\n" + ANNA + ",2024-W01,\n" + ANNA + ",2024-W02,  \n");
        assertThat(result.badRows().isEmpty()).isTrue();
        assertThat(status(result, ANNA_INDEX, "2024-W01")).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
        assertThat(ParserFixture.given(result, ANNA_INDEX, "2024-W02", coverage))
                .isTrue();
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineNumber() {
        byte[] head = ("cpr,week,code\n" + ANNA + ",2024-W01,SDP\n" + ANNA + ",2024-W02,").getBytes();
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lead byte followed by no continuation
        bytes[head.length + 1] = 'X';
        bytes[head.length + 2] = '\n';
        RegisterFileParser.Result result = fixture.parse(bytes, RegisterFormat.LONG);
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(3L, "the line is not valid UTF-8"));
    }

    @Test
    void atMostAThousandErrorsAreReportedButEveryLineIsCounted() {
        String bad = IntStream.range(0, 1500).mapToObj(i -> "x,2024-W01,SDP").collect(Collectors.joining("\n"));
        RegisterFileParser.Result result = parse("cpr,week,code\n" + bad);
        assertThat(result.badRows().reported()).hasSize(BadRows.MAX_REPORTED);
        assertThat(result.badRows().lines()).isEqualTo(1500);
        assertThat(result.dataLines()).isEqualTo(1500);
        assertThat(result.badRows().summary()).contains("1500 bad line").contains("first 1000 of 1500");
    }
}
