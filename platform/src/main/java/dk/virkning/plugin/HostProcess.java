package dk.virkning.plugin;

import dk.virkning.pluginhost.Frames;
import dk.virkning.pluginhost.Wire;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running plugin host and the calls into it, one at a time. A call that outlives its time limit
 * gets the host killed (not interrupted), with every process it started. What the host answers is
 * untrusted: frames are bounded, and anything that does not parse is a failure of the host.
 */
final class HostProcess {

    private static final int MAX_REPLY_BYTES = 64 * 1024;
    private static final int MAX_DIAGNOSTICS = 4 * 1024;

    private final Process process;
    private final InputStream out;
    private final OutputStream in;
    private final JsonMapper json;
    private final int maxResultBytes;
    private final StringBuffer diagnostics = new StringBuffer();
    private final Thread drain;
    private int calls;

    HostProcess(Process process, JsonMapper json, int maxResultBytes) {
        this.process = process;
        this.out = new BufferedInputStream(process.getInputStream(), 1 << 16);
        this.in = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.json = json;
        this.maxResultBytes = maxResultBytes;
        this.drain = new Thread(this::drainDiagnostics, "plugin-host-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    /** A call's outcome: the host's reply and, when it is OK, the result's JSON. */
    record Answer(Wire.Reply reply, byte[] result) {}

    /** A host that died, hung or answered something that is not an answer. */
    static final class HostFailure extends Exception {
        private final boolean timedOut;

        HostFailure(String reason, boolean timedOut) {
            super(reason);
            this.timedOut = timedOut;
        }

        boolean timedOut() {
            return timedOut;
        }
    }

    Answer call(String op, byte[] payload, Duration limit, ScheduledExecutorService watchdog) throws HostFailure {
        calls++;
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> timer = watchdog.schedule(
                () -> {
                    killed.set(true);
                    kill();
                },
                limit.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            Frames.write(in, json.writeValueAsBytes(new Wire.Request(op)));
            Frames.write(in, payload);
            byte[] header = Frames.read(out, MAX_REPLY_BYTES);
            if (header == null) {
                throw ended(killed.get(), limit);
            }
            Wire.Reply reply = json.readValue(header, Wire.Reply.class);
            if (reply.status() == null) {
                throw new HostFailure("answered without a status", false);
            }
            byte[] result = null;
            if (Wire.Reply.OK.equals(reply.status())) {
                result = Frames.read(out, maxResultBytes);
                if (result == null) {
                    throw ended(killed.get(), limit);
                }
            }
            return new Answer(reply, result);
        } catch (Frames.FrameTooLargeException e) {
            kill();
            throw new HostFailure("sent a result larger than " + maxResultBytes + " bytes", false);
        } catch (IOException e) {
            kill();
            throw ended(killed.get(), limit);
        } catch (JacksonException e) {
            kill();
            throw new HostFailure("answered something that is not an answer", false);
        } finally {
            timer.cancel(false);
        }
    }

    private HostFailure ended(boolean killed, Duration limit) {
        if (killed) {
            return new HostFailure("did not finish within " + limit.toSeconds() + " s and was stopped", true);
        }
        kill();
        Integer exit = exitCode();
        return new HostFailure("stopped during the call" + (exit == null ? "" : " (exit status " + exit + ")"), false);
    }

    private Integer exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    int calls() {
        return calls;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The first few kilobytes the host wrote to standard error, control characters replaced. */
    String diagnostics() {
        if (!process.isAlive()) {
            try {
                drain.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return diagnostics.toString().replaceAll("[\\p{Cntrl}&&[^\\n]]", "?");
    }

    /** Kills the host and everything it started; idempotent. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Reads the host's standard error to its end, keeping only the first few kilobytes. */
    private void drainDiagnostics() {
        byte[] buffer = new byte[8192];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buffer)) >= 0) {
                int room = MAX_DIAGNOSTICS - diagnostics.length();
                if (room > 0) {
                    diagnostics.append(new String(buffer, 0, Math.min(n, room), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            // the host is gone; what it wrote so far is kept
        }
    }
}
