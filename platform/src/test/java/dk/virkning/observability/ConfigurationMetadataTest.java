package dk.virkning.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code virkning.*} setting in application.yaml has generated configuration metadata (type
 * and description), so IDEs and operators see what it means.
 */
class ConfigurationMetadataTest {

    @Test
    void everyVirkningSettingHasMetadataWithADescription() throws IOException {
        Map<String, JsonNode> metadata = metadata();
        List<String> settings = new ArrayList<>();
        flatten("", yaml(), settings);
        List<String> virkning =
                settings.stream().filter(k -> k.startsWith("virkning.")).toList();

        assertThat(virkning).contains("virkning.demo.enabled", "virkning.settlement.schedule.cron");
        assertThat(virkning).allSatisfy(key -> {
            assertThat(metadata).as("metadata for %s", key).containsKey(key);
            assertThat(metadata.get(key).path("description").asString())
                    .as("description of %s", key)
                    .isNotBlank();
        });
    }

    @Test
    void theConditionalSwitchesHaveMetadataToo() throws IOException {
        assertThat(metadata().keySet())
                .contains(
                        "virkning.auth.embedded.enabled",
                        "virkning.settlement.schedule.enabled",
                        "virkning.database.embedded.data-directory",
                        "virkning.pseudonym.secret");
    }

    private static Map<String, JsonNode> metadata() throws IOException {
        try (InputStream in =
                ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Set<JsonNode> properties = new java.util.LinkedHashSet<>();
            root.path("properties").forEach(properties::add);
            return properties.stream()
                    .collect(Collectors.toMap(p -> p.path("name").asString(), p -> p, (a, b) -> a));
        }
    }

    private static Map<String, Object> yaml() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/application.yaml")) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, List<String> into) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name, (Map<String, Object>) nested, into);
            } else {
                into.add(name);
            }
        });
    }
}
