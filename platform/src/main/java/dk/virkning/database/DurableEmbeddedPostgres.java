package dk.virkning.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded PostgreSQL as durable as a real server. The library starts PostgreSQL with {@code -F}
 * (no fsync) and {@code synchronous_commit=off}, settings for throwaway test clusters: a power loss
 * could then lose acknowledged writes or corrupt the cluster. Later {@code -c} options win over
 * {@code -F}, so these turn the server's defaults back on.
 */
public final class DurableEmbeddedPostgres {

    private DurableEmbeddedPostgres() {}

    /** A builder for a durable cluster in the given directory (kept), on the given port (0: any free). */
    public static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder builder = durable(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        return port > 0 ? builder.setPort(port) : builder;
    }

    /**
     * A command line for one of the PostgreSQL binaries beside {@code postgresBinary} ({@code pg_ctl}),
     * run as the library runs them: as root inside a user namespace ({@code unshare -U}), because
     * PostgreSQL refuses to run as root.
     */
    public static List<String> command(Path postgresBinary, String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(postgresBinary.resolveSibling(tool).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The given builder with the durability settings of a real server. */
    public static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }
}
