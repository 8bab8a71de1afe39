package dk.virkning.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.gate.fixtures.Harmless;
import dk.virkning.gate.fixtures.Hostile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule catches a small fixture class that javac compiled, read as a class file; honest code passes. */
class BytecodeGateTest {

    /** Per fixture: the violations it must show, as "rule | member | reference". */
    static Stream<Arguments> hostileFixtures() {
        Map<Class<?>, List<String>> expected = new LinkedHashMap<>();
        expected.put(
                Hostile.ReadsAFile.class,
                List.of("file-network-io | evaluate(String) | java.io.FileInputStream.<init>(String)"));
        expected.put(
                Hostile.ReadsWithNio.class,
                List.of(
                        "file-network-io | evaluate(String) | java.nio.file.Files.readString(Path)",
                        "file-network-io | evaluate(String) | java.nio.file.Path.of(String, String[])"));
        expected.put(
                Hostile.OpensASocket.class,
                List.of("file-network-io | evaluate(String, int) | java.net.Socket.<init>(String, int)"));
        expected.put(
                Hostile.WritesToStandardOut.class,
                List.of(
                        "file-network-io | evaluate() | java.lang.System.out",
                        "file-network-io | evaluate() | java.io.FileDescriptor.out",
                        "file-network-io | evaluate() | java.io.FileOutputStream.<init>(FileDescriptor)"));
        expected.put(Hostile.Exits.class, List.of("process-control | evaluate() | java.lang.System.exit(int)"));
        expected.put(
                Hostile.Halts.class,
                List.of(
                        "process-control | evaluate() | java.lang.Runtime.getRuntime()",
                        "process-control | evaluate() | java.lang.Runtime.halt(int)"));
        expected.put(Hostile.Forks.class, List.of("process-control | evaluate() | java.lang.ProcessBuilder.start()"));
        expected.put(
                Hostile.ReadsTheEnvironment.class, List.of("process-control | evaluate() | java.lang.System.getenv()"));
        expected.put(
                Hostile.Reflects.class,
                List.of(
                        "reflection | evaluate() | java.lang.Class.forName(String)",
                        "reflection | evaluate() | java.lang.Class.getDeclaredMethods()",
                        "reflection | evaluate() | java.lang.reflect.Method.invoke(Object, Object[])"));
        expected.put(
                Hostile.UsesMethodHandles.class,
                List.of("reflection | evaluate() | java.lang.invoke.MethodHandles.lookup()"));
        expected.put(
                Hostile.ExitsByMethodReference.class,
                List.of("process-control | evaluate() | java.lang.System.exit(int)"));
        expected.put(
                Hostile.ReachesItsClassLoader.class,
                List.of("class-loading | evaluate() | java.lang.Class.getClassLoader()"));
        expected.put(
                Hostile.IsAClassLoader.class,
                List.of(
                        "class-loading | <class> | java.lang.ClassLoader",
                        "class-loading | <init>() | java.lang.ClassLoader.<init>()"));
        expected.put(
                Hostile.StartsAThread.class,
                List.of(
                        "threads | evaluate() | java.lang.Thread.<init>(Runnable)",
                        "threads | evaluate() | java.lang.Thread.start()"));
        expected.put(Hostile.IsAThread.class, List.of("threads | <class> | java.lang.Thread"));
        expected.put(Hostile.Sleeps.class, List.of("threads | evaluate() | java.lang.Thread.sleep(long)"));
        expected.put(
                Hostile.UsesAnExecutor.class,
                List.of(
                        "threads | evaluate() | java.util.concurrent.Executors.newFixedThreadPool(int)",
                        "threads | evaluate() | java.util.concurrent.ExecutorService.shutdown()"));
        expected.put(
                Hostile.GoesAsync.class,
                List.of("threads | evaluate() | java.util.concurrent.CompletableFuture.supplyAsync(Supplier)"));
        expected.put(
                Hostile.StreamsInParallel.class, List.of("threads | evaluate(List) | java.util.List.parallelStream()"));
        expected.put(Hostile.UsesUnsafe.class, List.of("unsafe | evaluate() | sun.misc.Unsafe"));
        expected.put(Hostile.DeclaresANativeMethod.class, List.of("native-method | evaluate() | native evaluate()"));
        expected.put(
                Hostile.ReadsTheClock.class,
                List.of(
                        "clock-randomness | evaluate() | java.lang.System.currentTimeMillis()",
                        "clock-randomness | evaluate() | java.lang.System.nanoTime()"));
        expected.put(
                Hostile.AsksForNow.class,
                List.of(
                        "clock-randomness | evaluate() | java.time.Instant.now()",
                        "clock-randomness | evaluate() | java.time.LocalDate.now()"));
        expected.put(Hostile.HoldsAClock.class, List.of("clock-randomness | clock | java.time.Clock"));
        expected.put(
                Hostile.RollsDice.class,
                List.of(
                        "clock-randomness | evaluate() | java.util.Random.<init>(long)",
                        "clock-randomness | evaluate() | java.lang.Math.random()",
                        "clock-randomness | evaluate() | java.util.concurrent.ThreadLocalRandom.current()"));
        expected.put(
                Hostile.MakesUuids.class,
                List.of(
                        "clock-randomness | evaluate() | java.util.UUID.randomUUID()",
                        "clock-randomness | evaluate() | java.security.SecureRandom.<init>()"));
        expected.put(
                Hostile.NamesForbiddenTypes.class,
                List.of(
                        "file-network-io | file | java.io.File",
                        "file-network-io | paths | java.nio.file.Path",
                        "file-network-io | take(Socket) | java.net.Socket",
                        "file-network-io | cast(Object) | java.io.File",
                        "file-network-io | constant() | java.io.File"));
        return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFixtures")
    void aHostileClassIsCaughtNamingClassMemberAndReference(Class<?> fixture, List<String> expected) {
        List<Violation> violations = BytecodeGate.scanClass(classFile(fixture));
        assertThat(violations).allSatisfy(v -> assertThat(v.className()).isEqualTo(fixture.getName()));
        assertThat(violations.stream().map(BytecodeGateTest::line)).containsAll(expected);
    }

    @Test
    void everyRuleIsCaughtBySomeFixture() {
        Set<String> caught = hostileFixtures()
                .flatMap(a -> BytecodeGate.scanClass(classFile((Class<?>) a.get()[0])).stream())
                .map(Violation::rule)
                .collect(Collectors.toSet());
        EnumSet<Rule> rules = EnumSet.allOf(Rule.class);
        rules.remove(Rule.UNREADABLE_CLASS);
        assertThat(caught).containsAll(rules.stream().map(Rule::slug).toList());
    }

    @Test
    void aMereTypeReferenceIsNotReportedBesideTheCallsOnThatType() {
        assertThat(BytecodeGate.scanClass(classFile(Hostile.Halts.class)))
                .extracting(Violation::reference)
                .containsExactly("java.lang.Runtime.getRuntime()", "java.lang.Runtime.halt(int)");
    }

    @Test
    void honestCodeWithLambdasRecordsConcatenationSwitchesAndInterruptsPasses() throws IOException {
        Path root = classesRoot();
        try (Stream<Path> files = Files.list(root.resolve("dk/virkning/gate/fixtures"))) {
            List<Path> harmless = files.filter(p -> p.getFileName().toString().startsWith("Harmless"))
                    .toList();
            assertThat(harmless).hasSizeGreaterThanOrEqualTo(3); // the class, its record and its enum
            for (Path p : harmless) {
                assertThat(BytecodeGate.scanClass(Files.readAllBytes(p)))
                        .as(p.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void aDirectoryIsScannedWhole() throws IOException {
        List<Violation> violations = BytecodeGate.scanDirectory(classesRoot().resolve("dk/virkning/gate/fixtures"));
        assertThat(violations)
                .extracting(Violation::className)
                .contains(Hostile.Exits.class.getName(), Hostile.NamesForbiddenTypes.class.getName())
                .noneMatch(name -> name.startsWith(Harmless.class.getName()));
    }

    @Test
    void aJarIsReadFromBytesAndFromAFileSkippingEverythingButClasses(@TempDir Path dir) throws IOException {
        byte[] jar = jar(Map.of(
                entry(Hostile.Exits.class),
                classFile(Hostile.Exits.class),
                entry(Harmless.class),
                classFile(Harmless.class),
                "lib/nested.jar",
                jar(Map.of(entry(Hostile.Halts.class), classFile(Hostile.Halts.class))),
                "META-INF/extensions.idx",
                "dk.x.Evil\n".getBytes()));
        List<String> expected = List.of("process-control | evaluate() | java.lang.System.exit(int)");
        assertThat(BytecodeGate.scanJar(jar).stream().map(BytecodeGateTest::line))
                .containsExactlyElementsOf(expected);
        Path file = Files.write(dir.resolve("plugin.jar"), jar);
        assertThat(BytecodeGate.scanJar(file).stream().map(BytecodeGateTest::line))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aJarThatShowsAStreamReaderOtherClassesThanItsCentralDirectoryIsReadBothWays() throws IOException {
        // Two archives back to back: a stream reader sees the first one's entries, a class loader
        // (ZipFile, by the central directory at the end) the second one's.
        byte[] decoy = jar(Map.of(entry(Harmless.class), classFile(Harmless.class)));
        byte[] hidden = jar(Map.of(entry(Hostile.Exits.class), classFile(Hostile.Exits.class)));
        byte[] crafted = new byte[decoy.length + hidden.length];
        System.arraycopy(decoy, 0, crafted, 0, decoy.length);
        System.arraycopy(hidden, 0, crafted, decoy.length, hidden.length);
        try (java.util.zip.ZipInputStream stream =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(crafted))) {
            assertThat(stream.getNextEntry().getName()).isEqualTo(entry(Harmless.class));
            assertThat(stream.getNextEntry())
                    .as("the stream reader never sees the hidden class")
                    .isNull();
        }
        assertThat(BytecodeGate.scanJar(crafted).stream().map(BytecodeGateTest::line))
                .containsExactly("process-control | evaluate() | java.lang.System.exit(int)");
    }

    @Test
    void aClassFileThatCannotBeReadIsRefusedAndNotAJarIsAnError() throws IOException {
        byte[] jar = jar(Map.of("dk/x/Broken.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2, 3}));
        assertThat(BytecodeGate.scanJar(jar))
                .singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("unreadable-class"))
                .satisfies(v -> assertThat(v.className()).isEqualTo("dk/x/Broken.class"));
        assertThatThrownBy(() -> BytecodeGate.scanJar("just some bytes".getBytes()))
                .isInstanceOf(IOException.class);
    }

    private static String line(Violation v) {
        return v.rule() + " | " + v.member() + " | " + v.reference();
    }

    private static String entry(Class<?> c) {
        return c.getName().replace('.', '/') + ".class";
    }

    private static byte[] classFile(Class<?> c) {
        try (InputStream in = c.getClassLoader().getResourceAsStream(entry(c))) {
            assertThat(in).as(entry(c)).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesRoot() {
        try {
            return Path.of(Harmless.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] jar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
