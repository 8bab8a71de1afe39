package dk.virkning.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local master key of the CPR pseudonyms when no {@code virkning.pseudonym.secret} is set: kept
 * beside the embedded database's data directory ({@code <data-directory>/../pseudonym.key}), so the
 * data and the key that made its pseudonyms travel together whatever the working directory.
 *
 * <p>A key found at the old place ({@code .virkning-data/pseudonym.key} under the working directory)
 * is moved beside the data. A new key is only generated for a data directory without data: with
 * data and no key, every pseudonym would silently change, so the platform refuses to start instead.
 */
public final class LocalPseudonymKey {

    private static final Logger log = LoggerFactory.getLogger(LocalPseudonymKey.class);
    static final Path OLD_PLACE = Path.of(".virkning-data", "pseudonym.key");

    private final Path file;
    private final Path oldPlace;
    private final Path dataDirectory;
    private final boolean dataExisted;
    private byte[] key;

    /** Decided before the database starts: whether the directory held a cluster already. */
    LocalPseudonymKey(Path dataDirectory, Path oldPlace) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.file = this.dataDirectory.resolveSibling("pseudonym.key");
        this.oldPlace = oldPlace.toAbsolutePath().normalize();
        this.dataExisted = Files.exists(this.dataDirectory.resolve("PG_VERSION"));
    }

    /** Where the key lives. */
    public Path file() {
        return file;
    }

    /**
     * The key: read, migrated from the old place, or new for a directory without data.
     *
     * @throws IllegalStateException when the directory holds data but no key is found
     */
    public synchronized byte[] key() throws IOException {
        if (key == null) {
            key = load();
        }
        return key.clone();
    }

    private byte[] load() throws IOException {
        if (Files.exists(file)) {
            return parse(file);
        }
        if (Files.exists(oldPlace)) {
            byte[] old = parse(oldPlace);
            write(old);
            Files.delete(oldPlace);
            log.warn("Moved the local pseudonym key from {} to {}, beside the database's data", oldPlace, file);
            return old;
        }
        if (dataExisted) {
            throw new IllegalStateException("The embedded database in " + dataDirectory
                    + " holds data, but its pseudonym key is missing (looked for " + file + " and " + oldPlace
                    + "). A new key would change every pseudonym. Restore the key file there, or set"
                    + " VIRKNING_PSEUDONYM_SECRET to the secret this data was made with.");
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        write(fresh);
        log.warn("No virkning.pseudonym.secret set: generated a local key in {}. Set the secret in production.", file);
        return fresh;
    }

    private static byte[] parse(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.US_ASCII).trim();
        try {
            byte[] parsed = HexFormat.of().parseHex(text);
            if (parsed.length < 16) {
                throw new IllegalStateException("The pseudonym key in " + path + " is too short");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The pseudonym key in " + path + " is not hexadecimal", e);
        }
    }

    /** Written to a temporary file, forced to disk and moved into place: never a half key. */
    private void write(byte[] value) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try (FileChannel channel =
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(HexFormat.of().formatHex(value).getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
