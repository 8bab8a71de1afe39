package dk.virkning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.security.ClientProperties.Person;
import dk.virkning.security.EmbeddedServerProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start prints every demo person's sign-in, under their municipality with its program. */
class DemoSignInsTest {

    private final List<Person> people = new DemoClients(
                    new EmbeddedServerProperties(true, "http://localhost:8080", null, null, null, null, null))
            .people();

    @Test
    void everyMunicipalityListsItsProgramAndItsAdminAndCaseworker() {
        String text = DemoSignIns.text(people, "8080", "http://localhost:8080");

        assertThat(text).contains("http://localhost:8080/login", "'demo-password'");
        for (DemoProgram demo : DemoPrograms.ALL) {
            DemoMunicipality m = demo.municipality();
            String section = section(text, m.displayName);
            assertThat(section).as(m.key).contains(demo.name(), demo.pluginId());
            assertThat(section)
                    .as(m.key)
                    .containsPattern(m.key + "\\.admin +municipality admin\n")
                    .containsPattern(m.key + "\\.caseworker +caseworker\n");
        }
    }

    @Test
    void everyDemoPersonIsListedOnce() {
        String text = DemoSignIns.text(people, "8080", "http://localhost:8080");

        assertThat(people).hasSizeGreaterThanOrEqualTo(13);
        for (Person p : people) {
            assertThat(text.split("\n    " + p.username() + " ", -1))
                    .as(p.username())
                    .hasSize(2);
        }
        assertThat(section(text, "Providers, investors and the platform"))
                .contains("effekt.analyst", "investor analyst, Den Sociale Kapitalfond Effekt")
                .contains("operator.person", "platform operator");
    }

    /** From the heading to the next heading (a line indented by two spaces only). */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n  " + heading);
        assertThat(start).as(heading).isNotNegative();
        int end = text.indexOf("\n  ", start + 1);
        while (end >= 0 && text.startsWith("\n    ", end)) {
            end = text.indexOf("\n  ", end + 1);
        }
        return end < 0 ? text.substring(start) : text.substring(start, end + 1);
    }
}
