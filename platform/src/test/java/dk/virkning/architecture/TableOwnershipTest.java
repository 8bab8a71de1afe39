package dk.virkning.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature (the one whose changelog creates it), and only that feature's
 * SQL and JPA mappings name it; other features read its data through the Java interface it publishes
 * or the read-only views its changelog creates. With proof, on fixture sources, that the rule fails.
 */
class TableOwnershipTest {

    private static final Path CHANGELOGS = Path.of("src/main/resources/db/changelog");
    private static final Path MAIN = Path.of("src/main/java/dk/virkning");
    private static final Path FIXTURES = Path.of("src/test/resources/architecture/ownership");

    private static final TableOwnership OWNERSHIP = TableOwnership.fromChangelogs(CHANGELOGS);

    @Test
    void everyTableIsNamedOnlyByTheFeatureThatOwnsIt() throws IOException {
        assertThat(violations(MAIN)).isEmpty();
    }

    @Test
    void theChangelogsNameTheOwnersOfTheStatusesTheParticipantsAndThePublishedViews() {
        assertThat(OWNERSHIP.owned())
                .containsEntry("weekly_status", new TableOwnership.Owned("weekly_status", "register", false))
                .containsEntry("participant", new TableOwnership.Owned("participant", "participant", false))
                .containsEntry("statement", new TableOwnership.Owned("statement", "settlement", false))
                .containsEntry(
                        "participant_order_published",
                        new TableOwnership.Owned("participant_order_published", "participant", true))
                .containsEntry("program_published", new TableOwnership.Owned("program_published", "program", true));
    }

    // --- the rule can fail ---

    @Test
    void aFeatureThatReadsWritesOrMapsAnotherFeaturesTablesIsNamedWithFileTableAndOwner() throws IOException {
        List<String> found = violations(FIXTURES).stream().map(Object::toString).toList();

        assertThat(found)
                .containsExactlyInAnyOrder(
                        "casework/ReadsAnotherFeaturesTables.java reads participant, which participant owns",
                        "casework/ReadsAnotherFeaturesTables.java reads program, which program owns",
                        "casework/ReadsAnotherFeaturesTables.java reads weekly_status, which register owns",
                        "casework/ReadsAnotherFeaturesTables.java writes statement_line, which settlement owns",
                        "casework/ReadsAnotherFeaturesTables.java writes participant_event, which participant owns",
                        "casework/ReadsAnotherFeaturesTables.java writes the published view participant_published,"
                                + " which participant owns",
                        "casework/ReadsAnotherFeaturesTables.java reads municipality, which tenant owns",
                        "casework/MapsAnotherFeaturesTable.java maps program_investor, which program owns",
                        "casework/MapsAnotherFeaturesTable.java maps participant, which participant owns");
    }

    @Test
    void ownTablesPublishedViewsProseAndCommentsPass() throws IOException {
        Path file = FIXTURES.resolve("casework/NamesOnlyWhatItMay.java");

        assertThat(OWNERSHIP.check("casework", "casework/NamesOnlyWhatItMay.java", Files.readString(file)))
                .isEmpty();
    }

    /** Every source under {@code root}, as the feature of its first directory (its feature package). */
    private static List<TableOwnership.Violation> violations(Path root) throws IOException {
        List<TableOwnership.Violation> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class: no feature
                }
                String feature = relative.getName(0).toString();
                found.addAll(OWNERSHIP.check(feature, relative.toString(), Files.readString(file)));
            }
        }
        return found;
    }
}
