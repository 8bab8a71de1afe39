package dk.virkning.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/** What the containment tests check after each attack: no plugin host or child outlived its call. */
final class HostProcesses {

    private HostProcesses() {}

    /**
     * Every host process the pool started that still runs is an idle, healthy pooled host, and no
     * process a plugin forked is left. (Other test classes' application contexts keep pooled hosts of
     * their own.)
     */
    static void assertNothingOutlivesTheCall(HostPool hosts) throws InterruptedException {
        Set<Long> stray = new HashSet<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            Set<Long> idle = new HashSet<>(hosts.idleHostPids());
            stray.clear();
            for (long pid : hosts.startedHostPids()) {
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(h -> {
                    if (!idle.contains(pid)) {
                        stray.add(pid);
                    }
                });
            }
            ProcessHandle.current()
                    .descendants()
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info()
                            .commandLine()
                            .map(c -> c.contains("sleep 600"))
                            .orElse(false))
                    .forEach(p -> stray.add(p.pid()));
            if (stray.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(stray).as("plugin host processes that outlived their call").isEmpty();
    }
}
