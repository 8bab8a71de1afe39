package dk.virkning.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local pseudonym key lives beside the data, moves there from the old place, and is never remade. */
class LocalPseudonymKeyTest {

    @TempDir
    Path root;

    Path data;
    Path oldPlace;

    @BeforeEach
    void layout() throws Exception {
        data = root.resolve("somewhere/postgres");
        oldPlace = root.resolve("workdir/.virkning-data/pseudonym.key");
        Files.createDirectories(data);
    }

    @Test
    void aDirectoryWithoutDataGetsANewKeyBesideItThatIsReadAgainLater() throws Exception {
        byte[] first = new LocalPseudonymKey(data, oldPlace).key();

        assertThat(root.resolve("somewhere/pseudonym.key")).isRegularFile();
        assertThat(first).hasSize(32);
        Files.writeString(data.resolve("PG_VERSION"), "17\n");
        assertThat(new LocalPseudonymKey(data, oldPlace).key()).isEqualTo(first);
    }

    @Test
    void aKeyAtTheOldPlaceIsMovedBesideTheData() throws Exception {
        Files.writeString(data.resolve("PG_VERSION"), "17\n");
        Files.createDirectories(oldPlace.getParent());
        Files.writeString(oldPlace, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");

        byte[] key = new LocalPseudonymKey(data, oldPlace).key();

        assertThat(key[1]).isEqualTo((byte) 0x11);
        assertThat(oldPlace).doesNotExist();
        assertThat(Files.readString(root.resolve("somewhere/pseudonym.key")))
                .isEqualTo("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    }

    @Test
    void dataWithoutItsKeyRefusesToStartInsteadOfMakingANewKey() throws Exception {
        Files.writeString(data.resolve("PG_VERSION"), "17\n");

        assertThatThrownBy(() -> new LocalPseudonymKey(data, oldPlace).key())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds data, but its pseudonym key is missing")
                .hasMessageContaining("VIRKNING_PSEUDONYM_SECRET");
        assertThat(root.resolve("somewhere/pseudonym.key")).doesNotExist();
    }
}
