package dk.virkning.pluginhost;

import dk.virkning.snapshot.SnapshotReader;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.GoalEvaluationException;
import dk.virkning.spi.RecommendationContext;
import dk.virkning.spi.RecommendationException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The host's request loop: one call at a time over standard input and output, until standard input
 * ends. The plugin's own writes to {@code System.out} and {@code System.err} go nowhere; the host's
 * diagnostics go to the real standard error, which the platform reads with a bound.
 */
final class Server {

    /** The largest request payload the host takes: a national snapshot is well below this. */
    private static final int MAX_PAYLOAD = 512 * 1024 * 1024;

    private final LoadedPlugin plugin;
    private final String unloadable;
    private final JsonMapper json = Wire.mapper(16 * 1024 * 1024);
    private final PrintStream diagnostics;
    private final Set<Long> baselineThreads;

    private Server(LoadedPlugin plugin, String unloadable, PrintStream diagnostics) {
        this.plugin = plugin;
        this.unloadable = unloadable;
        this.diagnostics = diagnostics;
        this.baselineThreads = liveThreads();
    }

    static void serve(Path jar) throws IOException {
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintStream diagnostics = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        System.setIn(InputStream.nullInputStream());
        LoadedPlugin plugin = null;
        String unloadable = null;
        try {
            plugin = LoadedPlugin.load(jar);
        } catch (LoadedPlugin.UnloadableException e) {
            unloadable = e.getMessage();
            diagnostics.println(
                    "plugin not loadable: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause()));
        } catch (RuntimeException | LinkageError e) {
            unloadable = "it failed while loading or describing itself";
            diagnostics.println("plugin load failed: " + e);
        }
        new Server(plugin, unloadable, diagnostics).loop(in, out);
    }

    private void loop(InputStream in, OutputStream out) throws IOException {
        while (true) {
            byte[] header = Frames.read(in, 4096);
            if (header == null) {
                return;
            }
            Wire.Request request = json.readValue(header, Wire.Request.class);
            byte[] payload = Frames.read(in, MAX_PAYLOAD);
            if (payload == null) {
                return;
            }
            Object result = null;
            Wire.Reply reply;
            if (plugin == null) {
                reply = new Wire.Reply(Wire.Reply.UNLOADABLE, unloadable);
            } else {
                try {
                    result = call(request.op(), payload);
                    reply = new Wire.Reply(Wire.Reply.OK, null);
                } catch (FormulaException | GoalEvaluationException | RecommendationException e) {
                    reply = new Wire.Reply(Wire.Reply.REFUSED, e.getMessage());
                } catch (UnsupportedOperationException e) {
                    reply = new Wire.Reply(Wire.Reply.FAILED, e.getMessage());
                } catch (Throwable e) {
                    diagnostics.println("plugin call " + request.op() + " failed: " + e);
                    reply = new Wire.Reply(Wire.Reply.FAILED, "it failed unexpectedly");
                }
            }
            String leftovers = leftovers();
            if (leftovers != null) {
                diagnostics.println("plugin left " + leftovers + " running; the host stops");
                Frames.write(out, json.writeValueAsBytes(new Wire.Reply(Wire.Reply.TAINTED, leftovers)));
                Runtime.getRuntime().halt(0);
            }
            Frames.write(out, json.writeValueAsBytes(reply));
            if (Wire.Reply.OK.equals(reply.status())) {
                Frames.write(out, json.writeValueAsBytes(result));
            }
        }
    }

    private Object call(String op, byte[] payload) throws Exception {
        switch (op) {
            case Wire.DESCRIBE -> {
                return plugin.description;
            }
            case Wire.EVALUATE -> {
                return plugin.formula.evaluate(context(payload));
            }
            case Wire.GOALS -> {
                if (plugin.evaluator == null) {
                    throw new UnsupportedOperationException("the plugin has no effect-goal evaluator");
                }
                return plugin.evaluator.evaluate(context(payload));
            }
            case Wire.RECOMMEND -> {
                if (plugin.recommender == null) {
                    throw new UnsupportedOperationException("the plugin has no course recommender");
                }
                return plugin.recommender.recommend(json.readValue(payload, RecommendationContext.class));
            }
            default -> throw new UnsupportedOperationException("unknown operation");
        }
    }

    private static FormulaContext context(byte[] snapshot) {
        return SnapshotReader.read(snapshot).context();
    }

    /** Threads the plugin started that still run, or child processes it started; null if none. */
    private String leftovers() {
        long processes = ProcessHandle.current().children().count();
        Set<Long> threads = liveThreads();
        threads.removeAll(baselineThreads);
        int extra = (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> threads.contains(t.getId()) && t.isAlive() && !isJvmThread(t))
                .count();
        if (processes == 0 && extra == 0) {
            return null;
        }
        return extra + " thread(s) and " + processes + " process(es)";
    }

    /** Threads the JVM starts by itself on demand live in the system thread group. */
    private static boolean isJvmThread(Thread t) {
        ThreadGroup group = t.getThreadGroup();
        return group != null && group.getParent() == null;
    }

    private static Set<Long> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }
}
