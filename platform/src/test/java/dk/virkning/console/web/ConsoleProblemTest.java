package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.ApiException;
import org.junit.jupiter.api.Test;

class ConsoleProblemTest {

    @Test
    void fieldErrorsGoUnderTheirFieldAndLineErrorsIntoTheTable() {
        ApiException e = new ApiException(
                400,
                "Bad Request",
                null,
                """
                {"type":"about:blank","title":"Invalid request","status":400,"detail":"The file has 2 bad lines",
                 "errors":[{"field":"reason","message":"must not be blank"},
                           {"field":"code","line":2,"message":"unknown code"},
                           {"line":3,"message":"week outside the coverage"}]}
                """);

        ConsoleProblem problem = ConsoleProblem.of(e);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Invalid request");
        assertThat(problem.detail()).isEqualTo("The file has 2 bad lines");
        assertThat(problem.field("reason")).isEqualTo("must not be blank");
        assertThat(problem.hasField("code")).isFalse();
        assertThat(problem.lineErrors()).extracting(er -> er.getLine()).containsExactly(2L, 3L);
    }

    @Test
    void anAnswerThatIsNoProblemDetailStillHasATitle() {
        ConsoleProblem problem = ConsoleProblem.of(new ApiException(502, "Bad Gateway", null, "<html>"));
        assertThat(problem.title()).isEqualTo("HTTP 502");
        assertThat(problem.fieldErrors()).isEmpty();
    }

    @Test
    void aFieldsMessagesCoverItsPartsAndACombinedName() {
        ApiException e = new ApiException(
                422,
                "Unprocessable",
                null,
                """
                {"title":"Invalid plan","status":422,
                 "errors":[{"field":"steps[1].description","message":"must not be blank"},
                           {"field":"barriers/steps","message":"has a blank entry"},
                           {"field":"stepsTaken","message":"other"}]}
                """);

        ConsoleProblem problem = ConsoleProblem.of(e);

        assertThat(problem.about("steps"))
                .isEqualTo("barriers/steps: has a blank entry; steps[1].description: must not be blank");
        assertThat(problem.about("barriers")).isEqualTo("barriers/steps: has a blank entry");
        assertThat(problem.about("madeOn")).isNull();
    }
}
