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

class WideFormatParserTest {

    private final Coverage coverage = new Coverage(IsoWeek.parse("2023-W51"), IsoWeek.parse("2024-W04"));
    private final ParserFixture fixture = new ParserFixture(coverage);

    private RegisterFileParser.Result parse(String text) {
        return fixture.parse(text, null);
    }

    private WeeklyStatus status(RegisterFileParser.Result r, int person, String week) {
        return ParserFixture.status(r, person, week, coverage);
    }

    @Test
    void aWideFileIsDetectedAndGivesOneStatusPerCellAcrossTheYearBoundary() {
        RegisterFileParser.Result result = parse(
                String.join("\n", "cpr,y_2351,y_2352,y_2401,y_2402", ANNA + ",SDP,SDP,,KTH", BO + ",,,,FLEX_JOB", ""));
        assertThat(result.badRows().reported()).isEmpty();
        assertThat(result.format()).isEqualTo(RegisterFormat.WIDE);
        assertThat(result.dataLines()).isEqualTo(2);
        assertThat(status(result, ANNA_INDEX, "2023-W51")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(status(result, ANNA_INDEX, "2023-W52")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
        assertThat(status(result, ANNA_INDEX, "2024-W01")).isEqualTo(WeeklyStatus.SELF_SUPPORTING);
        assertThat(ParserFixture.given(result, ANNA_INDEX, "2024-W01", coverage))
                .isTrue();
        assertThat(status(result, ANNA_INDEX, "2024-W02")).isEqualTo(WeeklyStatus.CASH_BENEFIT);
        assertThat(status(result, BO_INDEX, "2024-W02")).isEqualTo(WeeklyStatus.FLEX_JOB);
        // A covered week without a column is not given by the file (self-supporting when written).
        assertThat(ParserFixture.given(result, ANNA_INDEX, "2024-W04", coverage))
                .isFalse();
    }

    @Test
    void columnsMayComeInAnyOrderWithSemicolonsCrlfAndAnyPersonColumnName() {
        RegisterFileParser.Result result =
                fixture.parse("PNR;Y_2402;y_2351\r\n" + BO + ";KTH;SDP\r\n", RegisterFormat.WIDE);
        assertThat(result.badRows().reported()).isEmpty();
        assertThat(status(result, BO_INDEX, "2024-W02")).isEqualTo(WeeklyStatus.CASH_BENEFIT);
        assertThat(status(result, BO_INDEX, "2023-W51")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
    }

    @Test
    void aMalformedOrNonexistentOrUncoveredOrRepeatedWeekColumnIsRefusedAtLineOne() {
        RegisterFileParser.Result result = parse("cpr,y_2401,y_24x2,y_2153,y_2405,y_2401\n" + ANNA + ",,,,,\n");
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::field)
                .containsExactly(tuple(1L, "y_24x2"), tuple(1L, "y_2153"), tuple(1L, "y_2405"), tuple(1L, "y_2401"));
        assertThat(result.badRows().reported())
                .extracting(ProblemError::message)
                .anySatisfy(m -> assertThat(m).contains("not a week column"))
                .anySatisfy(m -> assertThat(m).contains("does not exist"))
                .anySatisfy(m -> assertThat(m).contains("outside the declared coverage 2023-W51..2024-W04"))
                .anySatisfy(m -> assertThat(m).contains("appears twice"));
    }

    @Test
    void aHeaderOfNeitherFormatOrOfTheWrongFormatIsRefused() {
        assertThat(parse("person,week\n").badRows().reported()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("header"));
        assertThat(fixture.parse("cpr,week,code\n", RegisterFormat.WIDE)
                        .badRows()
                        .reported())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("wide header"));
        assertThat(fixture.parse("cpr,y_2401\n", RegisterFormat.LONG).badRows().reported())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("cpr,week,code"));
    }

    @Test
    void everyBadRowIsNamedWithItsLineAndColumn() {
        RegisterFileParser.Result result = parse(String.join(
                "\n",
                "cpr,y_2401,y_2402",
                ANNA + ",SDP,XYZ", // 2 unknown code in y_2402
                STRANGER + ",SDP,", // 3 not a participant
                "12345,,", // 4 not a CPR number
                BO + ",SDP", // 5 wrong field count
                BO + ",SDP,SDP", // 6 ok
                "0202902345,KTH,")); // 7 the same person as line 6
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::field)
                .containsExactly(
                        tuple(2L, "y_2402"), tuple(3L, "cpr"), tuple(4L, "cpr"), tuple(5L, null), tuple(7L, "cpr"));
        assertThat(result.badRows().reported().get(0).message()).isEqualTo("unknown code 'XYZ' in column y_2402");
        assertThat(result.badRows().reported().get(1).message()).contains("not a participant");
        assertThat(result.badRows().reported().get(3).message()).contains("expected 3 fields");
        assertThat(result.badRows().reported().get(4).message()).isEqualTo("duplicate row: the same person as line 6");
        assertThat(result.badRows().lines()).isEqualTo(5);
        // The duplicate does not overwrite the first row.
        assertThat(status(result, BO_INDEX, "2024-W01")).isEqualTo(WeeklyStatus.SICKNESS_BENEFIT);
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineNumberAndValidUtf8CodesWork() {
        byte[] ok = ("cpr,y_2401\n" + ANNA + ",SDP\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(ok, ok.length + 14);
        byte[] bad = (BO + ",").getBytes();
        System.arraycopy(bad, 0, bytes, ok.length, bad.length);
        bytes[ok.length + bad.length] = (byte) 0xFF;
        bytes[ok.length + bad.length + 1] = '\n';
        RegisterFileParser.Result result = fixture.parse(bytes, null);
        assertThat(result.badRows().reported())
                .extracting(ProblemError::line, ProblemError::message)
                .containsExactly(tuple(3L, "the line is not valid UTF-8"));
    }
}
