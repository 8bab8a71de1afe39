package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text in both languages, and every message key a template names exists. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[(}]");

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("da").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyKeyATemplateNamesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates/console"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("da").stringPropertyNames()).containsAll(used);
    }

    /** The API's enum values the pages show are read in words, never as raw codes. */
    @Test
    void everyEnumValueAPageShowsHasATextInBothLanguages() throws IOException {
        java.util.Map<String, Enum<?>[]> shown = java.util.Map.of(
                "participant.status.", dk.virkning.client.model.Participant.StatusEnum.values(),
                "activity.status.", dk.virkning.client.model.ActivityRecord.StatusEnum.values(),
                "activity.kind.", dk.virkning.client.model.ActivityRecord.KindEnum.values(),
                "activity.source.", dk.virkning.client.model.ActivityRecord.SourceEnum.values(),
                "followUp.status.", dk.virkning.client.model.FollowUp.StatusEnum.values(),
                "followUp.rule.", dk.virkning.client.model.FollowUp.RuleEnum.values(),
                "status.", dk.virkning.client.model.StatementStatus.values(),
                "worklist.kind.", dk.virkning.client.model.WorklistItem.KindEnum.values(),
                "organisation.", dk.virkning.client.model.OrganisationType.values(),
                "weekly.", dk.virkning.spi.WeeklyStatus.values());
        for (String language : java.util.List.of("da", "en")) {
            Set<String> keys = load(language).stringPropertyNames();
            shown.forEach((prefix, values) -> {
                for (Enum<?> value : values) {
                    assertThat(keys).as(language).contains(prefix + value);
                }
            });
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
