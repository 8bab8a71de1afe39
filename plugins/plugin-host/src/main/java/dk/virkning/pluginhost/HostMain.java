package dk.virkning.pluginhost;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The plugin host's command line.
 *
 * <ul>
 *   <li>{@code serve PLUGIN.jar}: what the platform starts inside the sandbox; one plugin version,
 *       calls over standard input and output;
 *   <li>{@code verify SNAPSHOT.gz PLUGIN.jar [STATEMENT.json]}: recomputes a statement offline from its
 *       downloaded input snapshot and the plugin artifact, and prints the earned amount, the lines and the
 *       hashes; with the statement's JSON from the API it also recomputes the statement hash and compares.
 * </ul>
 */
public final class HostMain {

    private HostMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "serve".equals(args[0])) {
            try {
                Server.serve(Path.of(args[1]));
            } catch (Throwable e) {
                // System.err belongs to the plugin by now; the host's own failure goes to the real one.
                PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
                err.println("plugin host failed: " + e);
                Runtime.getRuntime().halt(1);
            }
            // Plugin threads the host could not stop must not keep the process alive.
            Runtime.getRuntime().halt(0);
        } else if ((args.length == 3 || args.length == 4) && "verify".equals(args[0])) {
            int status = OfflineVerifier.run(
                    Path.of(args[1]), Path.of(args[2]), args.length == 4 ? Path.of(args[3]) : null, System.out);
            System.exit(status);
        } else {
            usage(System.err);
            System.exit(2);
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar plugin-host.jar serve PLUGIN.jar");
        out.println("       java -jar plugin-host.jar verify SNAPSHOT.gz PLUGIN.jar [STATEMENT.json]");
    }
}
