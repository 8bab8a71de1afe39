package dk.virkning.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginApiTest {

    @Test
    void theVersionIsTheArtifactsSemanticVersionAsTheBuildWroteIt() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    }
}
