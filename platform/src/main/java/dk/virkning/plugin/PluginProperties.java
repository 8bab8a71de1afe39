package dk.virkning.plugin;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where plugin artifacts are loaded from, and how plugin code is run.
 *
 * @param directory the directory of plugin artifacts (the build puts the first-party plugins in
 *     {@code target/plugins})
 * @param formulaTimeout the longest one call into plugin code may take (a formula, an effect-goal
 *     evaluation, a recommendation); the host is killed after it
 * @param host how plugin hosts are started and pooled
 */
@ConfigurationProperties("virkning.plugins")
public record PluginProperties(Path directory, Duration formulaTimeout, Host host) {

    public PluginProperties {
        directory = directory == null ? Path.of("target", "plugins") : directory;
        formulaTimeout = formulaTimeout == null ? Duration.ofSeconds(60) : formulaTimeout;
        host = host == null ? new Host(null, null, null, null, null, null, null, null, null, null) : host;
    }

    /** How a plugin's code is contained: {@link #BWRAP} (bubblewrap), or {@link #NONE}; AUTO picks. */
    public enum Sandbox {
        AUTO,
        BWRAP,
        NONE
    }

    /**
     * Plugin hosts: separate processes that each run one plugin version.
     *
     * @param sandbox {@code AUTO} (default: bubblewrap when it is installed), {@code BWRAP} (required:
     *     the platform does not start without it) or {@code NONE} (separate processes without an OS
     *     sandbox)
     * @param allowUnsandboxed whether uploaded plugins may run without the OS sandbox (demo mode allows
     *     it); without, an upload or a call into an uploaded plugin is refused when no sandbox is there
     * @param heap the host JVM's maximum heap, e.g. {@code 512m}
     * @param maxHostsPerVersion how many hosts of one plugin version may run at once
     * @param maxCallsPerHost after how many calls a host is replaced by a fresh one
     * @param startTimeout how long a host may take to start and describe its plugin
     * @param maxResultBytes the largest result a host may send
     * @param maxProcesses the process and thread limit (RLIMIT_NPROC) of the sandbox user
     * @param sandboxUid the user a sandboxed host runs as when the platform runs as root
     * @param hostJar the executable plugin host; by default the one inside the platform's jar
     */
    public record Host(
            Sandbox sandbox,
            Boolean allowUnsandboxed,
            String heap,
            Integer maxHostsPerVersion,
            Integer maxCallsPerHost,
            Duration startTimeout,
            Integer maxResultBytes,
            Integer maxProcesses,
            Integer sandboxUid,
            Path hostJar) {

        public Host {
            sandbox = sandbox == null ? Sandbox.AUTO : sandbox;
            heap = heap == null ? "512m" : heap;
            maxHostsPerVersion = maxHostsPerVersion == null ? 2 : maxHostsPerVersion;
            maxCallsPerHost = maxCallsPerHost == null ? 500 : maxCallsPerHost;
            startTimeout = startTimeout == null ? Duration.ofSeconds(30) : startTimeout;
            maxResultBytes = maxResultBytes == null ? 256 * 1024 * 1024 : maxResultBytes;
            maxProcesses = maxProcesses == null ? 2048 : maxProcesses;
            sandboxUid = sandboxUid == null ? 65534 : sandboxUid;
        }
    }
}
