package dk.virkning.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts plugin host processes with least privilege. With bubblewrap, a host gets new namespaces of
 * every kind (no network, its own PIDs, no IPC), no capabilities, an empty environment, read-only
 * views of the JDK, the host jar and its one plugin artifact, an empty private {@code /tmp}, no other
 * file of this machine, and dies with the platform. As root, the platform first drops to an
 * unprivileged user, so that the sandbox's user namespace has no real privilege and the process limit
 * applies. Without bubblewrap, a host is still a separate JVM with an empty environment and its own
 * bounded heap, but it can read what the platform's user can read: uploaded plugins then run only if
 * the operator allows unsandboxed hosts.
 */
@Component
class HostLauncher {

    private static final Logger log = LoggerFactory.getLogger(HostLauncher.class);

    private static final String MAIN_CLASS_JAR = "/sandbox/plugin-host.jar";
    private static final String PLUGIN_DIR = "/sandbox/plugin";

    private final PluginProperties.Host settings;
    private final boolean sandboxed;
    private final boolean allowUnsandboxed;
    private final Path hostJar;
    private final Path java;
    private final Path javaHome;
    private final Optional<Path> bwrap;
    private final boolean root;
    private final List<Path> jdkFilesOutsideUsr;

    HostLauncher(PluginProperties properties, @Value("${virkning.demo.enabled:false}") boolean demo) {
        this.settings = properties.host();
        this.javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath();
        this.java = javaHome.resolve("bin").resolve("java");
        this.bwrap = findOnPath("bwrap");
        this.root = "root".equals(System.getProperty("user.name"));
        this.jdkFilesOutsideUsr = linkedFilesOutsideUsr(javaHome);
        this.hostJar = settings.hostJar() != null ? settings.hostJar().toAbsolutePath() : unpackHostJar();
        this.sandboxed = switch (settings.sandbox()) {
            case BWRAP -> {
                if (bwrap.isEmpty()) {
                    throw new IllegalStateException("virkning.plugins.host.sandbox=BWRAP, but bubblewrap (bwrap) is not"
                            + " installed: install the Debian package bubblewrap, or choose AUTO or NONE");
                }
                yield true;
            }
            case AUTO -> bwrap.isPresent();
            case NONE -> false;
        };
        this.allowUnsandboxed = settings.allowUnsandboxed() != null ? settings.allowUnsandboxed() : demo;
        if (sandboxed) {
            log.info("Plugin hosts run in the bubblewrap sandbox ({})", bwrap.get());
        } else if (allowUnsandboxed) {
            log.warn(
                    "*** PLUGIN HOSTS RUN WITHOUT AN OS SANDBOX ***: bubblewrap is {}; hosts are separate JVMs with"
                            + " an empty environment, but plugin code can read the files this user can read. Uploaded"
                            + " plugins are allowed anyway (virkning.plugins.host.allow-unsandboxed{}). Never in"
                            + " production: install bubblewrap.",
                    bwrap.isPresent() ? "switched off" : "not installed",
                    settings.allowUnsandboxed() == null ? " defaults to true in demo mode" : "=true");
        } else {
            log.warn(
                    "Plugin hosts run without an OS sandbox (bubblewrap is {}): only bootstrap plugins from the"
                            + " plugin directory run; uploads and calls into uploaded plugins are refused",
                    bwrap.isPresent() ? "switched off" : "not installed");
        }
    }

    /** Whether hosts run in the OS sandbox. */
    boolean sandboxed() {
        return sandboxed;
    }

    /** Whether a plugin from this origin may run here: bootstrap plugins always, uploads only contained. */
    boolean mayRun(boolean bootstrap) {
        return bootstrap || sandboxed || allowUnsandboxed;
    }

    /** Starts a host for the plugin artifact at {@code jar}. */
    Process start(Path jar) throws IOException {
        List<String> command = new ArrayList<>();
        String pluginInHost;
        if (sandboxed) {
            pluginInHost = PLUGIN_DIR + "/" + jar.getFileName();
            command.add("prlimit");
            command.add("--nproc=" + settings.maxProcesses());
            command.add("--nofile=256");
            command.add("--core=0");
            command.add("--fsize=0");
            command.add("--");
            if (root) {
                command.addAll(List.of(
                        "setpriv",
                        "--reuid=" + settings.sandboxUid(),
                        "--regid=" + settings.sandboxUid(),
                        "--clear-groups",
                        "--"));
            }
            command.add(bwrap.orElseThrow().toString());
            command.addAll(List.of("--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL"));
            command.add("--clearenv");
            for (String system : List.of("/usr", "/lib", "/lib64", "/bin", "/etc/alternatives")) {
                bind(command, Path.of(system));
            }
            if (!javaHome.startsWith("/usr/")) {
                command.addAll(List.of("--ro-bind", javaHome.toString(), javaHome.toString()));
            }
            for (Path file : jdkFilesOutsideUsr) {
                command.addAll(List.of("--ro-bind", file.toString(), file.toString()));
            }
            command.addAll(List.of("--ro-bind", hostJar.toString(), MAIN_CLASS_JAR));
            command.addAll(List.of("--ro-bind", jar.toAbsolutePath().toString(), pluginInHost));
            command.addAll(List.of("--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev", "--chdir", "/tmp"));
            command.add("--");
            // bwrap sets PWD after clearing the environment; env -i leaves the JVM with none at all.
            command.addAll(List.of("/usr/bin/env", "-i"));
            command.add(java.toString());
        } else {
            pluginInHost = jar.toAbsolutePath().toString();
            command.add(java.toString());
        }
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", sandboxed ? MAIN_CLASS_JAR : hostJar.toString(), "serve", pluginInHost));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.directory(jar.toAbsolutePath().getParent().toFile());
        return builder.start();
    }

    private List<String> jvmOptions() {
        return List.of(
                "-Xmx" + settings.heap(),
                "-Xss1m",
                "-XX:+UseSerialGC",
                "-XX:MaxMetaspaceSize=128m",
                "-XX:MaxDirectMemorySize=64m",
                "-XX:ReservedCodeCacheSize=64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:-UsePerfData",
                "-Xshare:auto",
                "-Djava.io.tmpdir=/tmp",
                "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8");
    }

    /** A system directory: bound read-only, or as the symbolic link it is (merged /usr). */
    private static void bind(List<String> command, Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            command.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), path.toString()));
        } else if (Files.isDirectory(path)) {
            command.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
    }

    /**
     * The files the JDK links to outside {@code /usr}: Debian's JDK keeps its configuration (such as
     * {@code java.security}) in {@code /etc/java-17-openjdk}; the host sees those files, read-only, and
     * nothing else of {@code /etc}.
     */
    private static List<Path> linkedFilesOutsideUsr(Path javaHome) {
        try (Stream<Path> files = Files.walk(javaHome, 5)) {
            return files.filter(Files::isSymbolicLink)
                    .map(link -> {
                        try {
                            return link.toRealPath();
                        } catch (IOException e) {
                            return null;
                        }
                    })
                    .filter(real -> real != null && Files.isRegularFile(real) && !real.startsWith("/usr/"))
                    .filter(real -> !real.startsWith(javaHome))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> findOnPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/bin", "/usr/local/bin"))
                .filter(d -> !d.isBlank())
                .map(d -> Path.of(d, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The host jar travels inside the platform's jar; a process needs it as a file. */
    private static Path unpackHostJar() {
        try (InputStream in = HostLauncher.class.getResourceAsStream("plugin-host.jar")) {
            if (in == null) {
                throw new IllegalStateException("plugin-host.jar is missing from the platform's classpath");
            }
            // Readable by the sandbox's unprivileged user, which reads it through a read-only bind.
            Path dir = Files.createTempDirectory(
                    "virkning-plugin-host",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path jar = dir.resolve("plugin-host.jar");
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
            jar.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
