package dk.virkning.plugin;

import dk.virkning.observability.BusinessMetrics;
import dk.virkning.pluginhost.Wire;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm plugin hosts, pooled per plugin artifact: started on first use, reused, and replaced after a
 * failure, a timeout or a number of calls. At most a few hosts of one version run at once; a call
 * waits for a free one at most as long as it may run itself.
 */
@Component
class HostPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HostPool.class);

    /** The longest text a host may put in a string value. */
    static final int MAX_STRING = 1024 * 1024;

    private final HostLauncher launcher;
    private final PluginProperties properties;
    private final PluginHostTimes times;
    private final BusinessMetrics metrics;
    private final JsonMapper json = Wire.mapper(MAX_STRING);
    private final Map<String, ConcurrentLinkedDeque<HostProcess>> idle = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    private final java.util.Set<Long> started = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plugin-host-watchdog");
        t.setDaemon(true);
        return t;
    });

    HostPool(HostLauncher launcher, PluginProperties properties, PluginHostTimes times, BusinessMetrics metrics) {
        this.launcher = launcher;
        this.properties = properties;
        this.times = times;
        this.metrics = metrics;
    }

    JsonMapper json() {
        return json;
    }

    /**
     * Calls into the plugin of the artifact at {@code jar} and reads the result as {@code type}.
     *
     * @param plugin the plugin's id as the metrics name it (never text of the caller's)
     * @param bootstrap whether the artifact came from the plugin directory (runs even unsandboxed)
     */
    <T> T call(String plugin, Path jar, boolean bootstrap, String op, byte[] payload, JavaType type)
            throws PluginCallException {
        long begun = System.nanoTime();
        String outcome = "ok";
        try {
            return callHost(plugin, jar, bootstrap, op, payload, type);
        } catch (PluginCallException e) {
            outcome = e.kind().name().toLowerCase(Locale.ROOT);
            throw e;
        } finally {
            metrics.pluginHostCall(plugin, op, outcome, Duration.ofNanos(System.nanoTime() - begun));
        }
    }

    private <T> T callHost(String plugin, Path jar, boolean bootstrap, String op, byte[] payload, JavaType type)
            throws PluginCallException {
        if (!launcher.mayRun(bootstrap)) {
            throw new PluginCallException(
                    PluginCallException.Kind.NOT_ALLOWED,
                    "cannot run: no sandbox is available on this server and unsandboxed plugin hosts are not allowed");
        }
        String key = jar.toAbsolutePath().toString();
        Semaphore permit = permits.computeIfAbsent(
                key, k -> new Semaphore(properties.host().maxHostsPerVersion()));
        Duration limit = properties.formulaTimeout();
        try {
            if (!permit.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PluginCallException(PluginCallException.Kind.TIMED_OUT, "was busy for too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginCallException(PluginCallException.Kind.FAILED, "was interrupted");
        }
        HostProcess host = null;
        boolean healthy = false;
        try {
            host = borrow(plugin, key, jar);
            long t0 = System.nanoTime();
            HostProcess.Answer answer = host.call(op, payload, limit, watchdog);
            long t1 = System.nanoTime();
            times.exchanged(op, t1 - t0);
            T result = read(answer, type, host);
            times.parsed(op, System.nanoTime() - t1);
            healthy = true;
            return result;
        } catch (HostProcess.HostFailure e) {
            log.warn("Plugin host {} for {} {}: {}", pid(host), jar.getFileName(), e.getMessage(), diagnostics(host));
            throw new PluginCallException(
                    e.timedOut() ? PluginCallException.Kind.TIMED_OUT : PluginCallException.Kind.FAILED,
                    e.getMessage());
        } finally {
            release(key, host, healthy);
            permit.release();
        }
    }

    private <T> T read(HostProcess.Answer answer, JavaType type, HostProcess host) throws PluginCallException {
        Wire.Reply reply = answer.reply();
        String message = reply.message() == null ? "" : reply.message();
        switch (reply.status()) {
            case Wire.Reply.OK -> {
                try {
                    return json.readValue(answer.result(), type);
                } catch (RuntimeException e) {
                    host.kill();
                    throw new PluginCallException(
                            PluginCallException.Kind.FAILED, "returned a result that does not fit the contract");
                }
            }
            case Wire.Reply.REFUSED -> {
                // The host stays: refusing an input is the contract's way to fail.
                throw new PluginCallException(PluginCallException.Kind.REFUSED, PluginText.clip(message, 500));
            }
            case Wire.Reply.UNLOADABLE -> {
                host.kill();
                throw new PluginCallException(PluginCallException.Kind.UNLOADABLE, PluginText.clip(message, 500));
            }
            case Wire.Reply.TAINTED -> {
                host.kill();
                log.warn("Plugin host {} left {} running and was stopped", host.pid(), PluginText.clip(message, 200));
                throw new PluginCallException(
                        PluginCallException.Kind.FAILED, "left threads or processes running and was stopped");
            }
            default -> {
                host.kill();
                log.warn("Plugin host {} failed: {} {}", host.pid(), PluginText.clip(message, 200), diagnostics(host));
                throw new PluginCallException(PluginCallException.Kind.FAILED, "failed unexpectedly");
            }
        }
    }

    private HostProcess borrow(String plugin, String key, Path jar)
            throws HostProcess.HostFailure, PluginCallException {
        ConcurrentLinkedDeque<HostProcess> hosts = idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        HostProcess host;
        while ((host = hosts.pollFirst()) != null) {
            if (host.alive()) {
                return host;
            }
            host.kill();
        }
        return start(plugin, jar);
    }

    /** Starts a host and waits until it has loaded its plugin (the start-up has its own, longer limit). */
    private HostProcess start(String plugin, Path jar) throws HostProcess.HostFailure, PluginCallException {
        long t0 = System.nanoTime();
        HostProcess host;
        try {
            host = new HostProcess(launcher.start(jar), json, properties.host().maxResultBytes());
            started.add(host.pid());
            metrics.pluginHostStarted(plugin);
        } catch (IOException e) {
            log.error("A plugin host could not be started: {}", e.getMessage());
            throw new PluginCallException(PluginCallException.Kind.FAILED, "could not be started");
        }
        HostProcess.Answer hello;
        try {
            hello = host.call(Wire.DESCRIBE, new byte[0], properties.host().startTimeout(), watchdog);
        } catch (HostProcess.HostFailure e) {
            log.warn("Plugin host for {} did not start: {} {}", jar.getFileName(), e.getMessage(), diagnostics(host));
            throw e;
        }
        if (!Wire.Reply.OK.equals(hello.reply().status())) {
            read(hello, json.constructType(Wire.Description.class), host);
        }
        times.started(System.nanoTime() - t0);
        return host;
    }

    private void release(String key, HostProcess host, boolean healthy) {
        if (host == null) {
            return;
        }
        if (healthy && host.alive() && host.calls() < properties.host().maxCallsPerHost()) {
            idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).addFirst(host);
        } else {
            host.kill();
        }
    }

    /** The process ids of the idle hosts, for tests that check nothing else outlives a call. */
    List<Long> idleHostPids() {
        return idle.values().stream()
                .flatMap(ConcurrentLinkedDeque::stream)
                .map(HostProcess::pid)
                .toList();
    }

    /** The process ids of every host this pool started, for the same tests. */
    List<Long> startedHostPids() {
        return List.copyOf(started);
    }

    private static String pid(HostProcess host) {
        return host == null ? "(not started)" : Long.toString(host.pid());
    }

    private static String diagnostics(HostProcess host) {
        String text = host == null ? "" : host.diagnostics();
        return text.isBlank() ? "" : "; its standard error began: " + PluginText.clip(text, 1000);
    }

    @Override
    public void close() {
        idle.values().forEach(hosts -> hosts.forEach(HostProcess::kill));
        idle.clear();
        watchdog.shutdownNow();
    }
}
