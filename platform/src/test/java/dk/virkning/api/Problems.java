package dk.virkning.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** Assertions on problem-detail answers shared by the bad-input tests. */
public final class Problems {

    /** What no answer may carry: stack traces, class and package names, SQL, HTML. */
    public static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]|org\\.|java\\.|tools\\.jackson|SELECT |INSERT |dk\\.virkning\\.|<html",
            Pattern.CASE_INSENSITIVE);

    private Problems() {}

    static void assertProblem(HttpResponse<String> r, int status, String mentions) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(r.body()).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).contains("\"type\":\"urn:virkning:problem:");
        assertThat(r.body()).containsIgnoringCase(mentions);
        assertThat(INTERNALS.matcher(r.body()).find())
                .as("internals in " + r.body())
                .isFalse();
    }
}
