package dk.virkning.gate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The plugin contract's forbidden-API check: reads class files without loading them and returns
 * every use of a forbidden API ({@link Rule}), naming class, member and what it references. The
 * platform runs it on an uploaded plugin before loading it; the test kit's contract test runs it on
 * a plugin's compiled classes. Only {@code .class} entries are read; other entries, nested jars
 * among them, are skipped (a plugin's class loader does not read nested jars).
 *
 * <p>A jar's bytes are read twice, by its local entry headers and by its central directory, so that a
 * crafted archive cannot show the gate other classes than a class loader would find.
 */
public final class BytecodeGate {

    /** A class entry larger than this is not a real class file; it is refused unread. */
    static final int MAX_CLASS_BYTES = 16 * 1024 * 1024;

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::className)
            .thenComparing(Violation::member)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::reference);

    private BytecodeGate() {}

    /**
     * Checks a plugin artifact given as bytes.
     *
     * @param jar the jar's bytes
     * @return every violation, sorted by class, member, rule and reference; empty when the jar passes
     * @throws IOException when the bytes are not a readable jar
     */
    public static List<Violation> scanJar(byte[] jar) throws IOException {
        Set<Violation> found = new LinkedHashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (isClass(e)) {
                    found.addAll(scanEntry(in, e.getName()));
                }
            }
        }
        Path copy = Files.createTempFile("plugin-gate", ".jar");
        try {
            Files.write(copy, jar);
            found.addAll(scanJar(copy));
        } finally {
            Files.deleteIfExists(copy);
        }
        return sorted(found);
    }

    /**
     * Checks a plugin artifact in a file, by its central directory as a class loader reads it.
     *
     * @param jar the jar
     * @return every violation, sorted; empty when the jar passes
     * @throws IOException when the file is not a readable jar
     */
    public static List<Violation> scanJar(Path jar) throws IOException {
        Set<Violation> found = new LinkedHashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (isClass(e)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        found.addAll(scanEntry(in, e.getName()));
                    }
                }
            }
        }
        return sorted(found);
    }

    /**
     * Checks a directory of compiled classes, such as a module's {@code target/classes}.
     *
     * @param classes the root of the class files
     * @return every violation, sorted; empty when the classes pass
     * @throws IOException when the directory cannot be read
     */
    public static List<Violation> scanDirectory(Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        Set<Violation> found = new LinkedHashSet<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                found.addAll(scanEntry(in, classes.relativize(file).toString()));
            }
        }
        return sorted(found);
    }

    /**
     * Checks one class file.
     *
     * @param classFile the class file's bytes
     * @return its violations, sorted; empty when it passes
     */
    public static List<Violation> scanClass(byte[] classFile) {
        return sorted(ClassScanner.scan(classFile, "(class file)"));
    }

    private static boolean isClass(ZipEntry e) {
        return !e.isDirectory() && e.getName().endsWith(".class");
    }

    private static List<Violation> scanEntry(InputStream in, String name) throws IOException {
        byte[] bytes = readBounded(in);
        if (bytes == null) {
            return List.of(new Violation(name, "", Rule.UNREADABLE_CLASS.slug(), "a class file over 16 MiB"));
        }
        return ClassScanner.scan(bytes, name);
    }

    /** The stream's bytes, or {@code null} when there are more than {@link #MAX_CLASS_BYTES}. */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_CLASS_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static List<Violation> sorted(Set<Violation> found) {
        List<Violation> list = new ArrayList<>(found);
        list.sort(ORDER);
        return List.copyOf(list);
    }

    private static List<Violation> sorted(List<Violation> found) {
        return sorted(new LinkedHashSet<>(found));
    }
}
