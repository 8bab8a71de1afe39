package dk.virkning.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.support.PlatformIT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The application serves its contract and an explorer over it, without a token (issue 11, item 3). */
class ServedContractIT extends PlatformIT {

    @Test
    void theSpecIsServedAsCheckedIn() throws Exception {
        HttpResponse<String> spec = send("GET", "/openapi.yaml", null, null, null);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).isEqualTo(Files.readString(Path.of("../api-spec/openapi.yaml")));
    }

    @Test
    void theExplorerIsSwaggerUiOverTheServedSpec() throws Exception {
        HttpResponse<String> page = send("GET", "/explorer/index.html", null, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        assertThat(send("GET", "/explorer/explorer.js", null, null, null).body())
                .contains("/openapi.yaml");
        HttpResponse<String> bundle = send("GET", "/webjars/swagger-ui/swagger-ui-bundle.js", null, null, null);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }
}
