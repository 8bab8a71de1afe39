package dk.virkning.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for what it refuses before the application sees the request (a path with
 * {@code %2f}, {@code %00} or invalid UTF-8, oversized headers, TRACE): a problem detail instead of
 * Tomcat's HTML page. Written by hand because no Spring bean runs this early; the texts are fixed.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String body = "{\"type\":\"urn:virkning:problem:" + ErrorSlugs.of(status) + "\",\"title\":\""
                + ProblemWriter.reason(org.springframework.http.HttpStatusCode.valueOf(status)) + "\",\"status\":"
                + status + ",\"detail\":\"" + ErrorSlugs.detail(status) + "\"}";
        try {
            response.setContentType("application/problem+json");
            OutputStream out = response.getOutputStream();
            out.write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed meanwhile: nothing more can be said.
            container.getLogger().debug("Could not write the error report", e);
        }
    }
}
