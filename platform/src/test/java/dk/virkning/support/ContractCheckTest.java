package dk.virkning.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract check the full-stack tests rely on can fail: it sees bodies that break the spec. */
class ContractCheckTest {

    private static final String ORGANISATION = "/api/v1/organisations/7d1f0f6e-2a53-4a43-9a43-1f1e6f1e2a53";
    private static final String JSON = "application/json";

    @Test
    void anAnswerAsTheSpecSaysPasses() {
        String body = "{\"id\":\"7d1f0f6e-2a53-4a43-9a43-1f1e6f1e2a53\",\"name\":\"SundInvest\",\"type\":\"PROVIDER\","
                + "\"cvr\":\"12345678\",\"createdAt\":\"2024-01-02T10:00:00Z\"}";
        assertThat(ContractCheck.breach("GET", ORGANISATION, 200, JSON, body)).isNull();
    }

    @Test
    void aSuccessBodyWithoutARequiredFieldIsABreach() {
        String body = "{\"id\":\"7d1f0f6e-2a53-4a43-9a43-1f1e6f1e2a53\",\"type\":\"PROVIDER\","
                + "\"createdAt\":\"2024-01-02T10:00:00Z\"}";
        assertThat(ContractCheck.breach("GET", ORGANISATION, 200, JSON, body)).contains("name");
    }

    @Test
    void aNullWhereTheSpecAllowsNoneIsABreach() {
        String body = "{\"id\":\"7d1f0f6e-2a53-4a43-9a43-1f1e6f1e2a53\",\"name\":null,\"type\":\"PROVIDER\","
                + "\"createdAt\":\"2024-01-02T10:00:00Z\"}";
        assertThat(ContractCheck.breach("GET", ORGANISATION, 200, JSON, body)).contains("name");
    }

    @Test
    void anUndocumentedStatusIsABreach() {
        assertThat(ContractCheck.breach("GET", ORGANISATION, 418, JSON, "{}")).isNotNull();
    }

    @Test
    void pathsOutsideTheApiAreNotChecked() {
        assertThat(ContractCheck.breach("GET", "/console/programs", 200, "text/html", "<html></html>"))
                .isNull();
    }
}
