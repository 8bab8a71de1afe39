package dk.virkning.plugins.hostile;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The attacks themselves, shared by the formula, the goal evaluator and the recommender. Each
 * returns the text it wants to smuggle out (into a statement line or a recommendation's reason), or
 * never returns.
 */
final class Attacks {

    static final int MEGABYTE = 1024 * 1024;

    /** What ALLOCATE keeps: reachable for as long as the class is loaded. */
    static final List<byte[]> KEPT = new CopyOnWriteArrayList<>();

    private static volatile long spins;

    private Attacks() {}

    /**
     * Performs a behaviour.
     *
     * @param behaviour what to do
     * @param argument the behaviour's argument as text: a path, {@code host:port}, a count or a
     *     number of megabytes; {@code null} for the default
     * @return the text to put where the caller can read it
     */
    static String perform(Behaviour behaviour, String argument) {
        return switch (behaviour) {
            case EXIT -> {
                System.exit(3);
                yield "still here after System.exit";
            }
            case HALT -> {
                Runtime.getRuntime().halt(3);
                yield "still here after Runtime.halt";
            }
            case READ_FILE -> readFile(argument == null ? "/etc/passwd" : argument);
            case LIST_ENV -> String.valueOf(System.getenv());
            case SOCKET -> socket(argument == null ? "127.0.0.1:5432" : argument);
            case REFLECT -> Reflection.reachForTheCaller();
            case ALLOCATE -> allocate(number(argument, 4096));
            case THREADS -> threads(number(argument, 16));
            case FORK -> fork();
            case SPIN -> spin();
            case FLOOD -> flood();
            default -> "behaved";
        };
    }

    static int number(String argument, int fallback) {
        try {
            return argument == null ? fallback : Integer.parseInt(argument.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String readFile(String path) {
        try {
            return "content of " + path + ": " + Files.readString(Path.of(path), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "reading " + path + " failed: " + e;
        }
    }

    private static String socket(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        int port = colon < 0 ? 80 : number(hostAndPort.substring(colon + 1), 80);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] got = in.readNBytes(64 * 1024);
            return "connected to " + host + ":" + port + ", got: " + new String(got, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "connecting to " + host + ":" + port + " failed: " + e;
        }
    }

    private static String allocate(int megabytes) {
        for (int i = 0; i < megabytes; i++) {
            byte[] chunk = new byte[MEGABYTE];
            Arrays.fill(chunk, (byte) i);
            KEPT.add(chunk);
        }
        return "kept " + KEPT.size() + " MB";
    }

    private static String threads(int count) {
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(
                    () -> {
                        while (true) {
                            try {
                                Thread.sleep(Long.MAX_VALUE);
                            } catch (InterruptedException e) {
                                // ignored on purpose: it must outlive its call
                            }
                        }
                    },
                    "hostile-" + i);
            t.setDaemon(false);
            t.start();
            started.add(t);
        }
        return "started " + started.size() + " threads";
    }

    private static String fork() {
        try {
            Process p = new ProcessBuilder("/bin/sleep", "600").start();
            return "started process " + p.pid();
        } catch (IOException | RuntimeException e) {
            return "starting /bin/sleep failed: " + e;
        }
    }

    private static String spin() {
        while (true) {
            spins++;
            Thread.interrupted(); // clears any interrupt: it does not stop
        }
    }

    private static String flood() {
        byte[] block = new byte[MEGABYTE];
        Arrays.fill(block, (byte) 'x');
        try (OutputStream raw = new FileOutputStream(FileDescriptor.out)) {
            for (PrintStream stream : List.of(System.out, System.err)) {
                for (int i = 0; i < 200; i++) {
                    stream.write(block, 0, block.length);
                }
                stream.flush();
            }
            for (int i = 0; i < 200; i++) {
                raw.write(block);
            }
        } catch (IOException e) {
            return "flooding failed: " + e;
        }
        return "flooded";
    }
}
