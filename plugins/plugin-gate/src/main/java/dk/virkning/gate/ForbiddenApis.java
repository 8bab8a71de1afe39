package dk.virkning.gate;

import static dk.virkning.gate.Rule.CLASS_LOADING;
import static dk.virkning.gate.Rule.CLOCK_RANDOMNESS;
import static dk.virkning.gate.Rule.FILE_NETWORK_IO;
import static dk.virkning.gate.Rule.PROCESS_CONTROL;
import static dk.virkning.gate.Rule.REFLECTION;
import static dk.virkning.gate.Rule.THREADS;
import static dk.virkning.gate.Rule.UNSAFE;

import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;

/**
 * The one definition of what plugin code may not use, by internal (slash-separated) class names.
 * A type pattern ending in {@code /} covers a package and its subpackages, one ending in {@code *}
 * every class whose name starts so, any other one class and its nested classes.
 */
final class ForbiddenApis {

    /** Types whose every use is forbidden: as a supertype, field, parameter, local, constant or call owner. */
    private static final List<TypeRule> TYPES = List.of(
            // Class loading first: URLClassLoader also sits in java.net.
            new TypeRule(CLASS_LOADING, "java/lang/ClassLoader"),
            new TypeRule(CLASS_LOADING, "java/security/SecureClassLoader"),
            new TypeRule(CLASS_LOADING, "java/net/URLClassLoader"),
            new TypeRule(CLASS_LOADING, "java/util/ServiceLoader"),
            new TypeRule(CLASS_LOADING, "java/lang/instrument/"),
            new TypeRule(FILE_NETWORK_IO, "java/io/File*"),
            new TypeRule(FILE_NETWORK_IO, "java/io/RandomAccessFile"),
            new TypeRule(FILE_NETWORK_IO, "java/io/Console"),
            new TypeRule(FILE_NETWORK_IO, "java/nio/file/"),
            new TypeRule(FILE_NETWORK_IO, "java/nio/channels/"),
            new TypeRule(FILE_NETWORK_IO, "java/net/"),
            new TypeRule(FILE_NETWORK_IO, "javax/net/"),
            new TypeRule(FILE_NETWORK_IO, "jdk/net/"),
            new TypeRule(FILE_NETWORK_IO, "java/rmi/"),
            new TypeRule(FILE_NETWORK_IO, "javax/naming/"),
            new TypeRule(FILE_NETWORK_IO, "java/util/prefs/"),
            new TypeRule(FILE_NETWORK_IO, "java/util/zip/ZipFile"),
            new TypeRule(FILE_NETWORK_IO, "java/util/jar/JarFile"),
            new TypeRule(FILE_NETWORK_IO, "java/util/logging/FileHandler"),
            new TypeRule(FILE_NETWORK_IO, "java/util/logging/SocketHandler"),
            new TypeRule(PROCESS_CONTROL, "java/lang/Runtime"),
            new TypeRule(PROCESS_CONTROL, "java/lang/ProcessBuilder"),
            new TypeRule(PROCESS_CONTROL, "java/lang/Process"),
            new TypeRule(PROCESS_CONTROL, "java/lang/ProcessHandle"),
            new TypeRule(PROCESS_CONTROL, "java/lang/Shutdown"),
            new TypeRule(PROCESS_CONTROL, "java/lang/SecurityManager"),
            new TypeRule(PROCESS_CONTROL, "java/lang/management/"),
            new TypeRule(PROCESS_CONTROL, "javax/management/"),
            new TypeRule(REFLECTION, "java/lang/reflect/"),
            new TypeRule(REFLECTION, "java/lang/invoke/"),
            new TypeRule(REFLECTION, "java/lang/StackWalker"),
            new TypeRule(REFLECTION, "java/lang/Module"),
            new TypeRule(REFLECTION, "java/lang/ModuleLayer"),
            new TypeRule(REFLECTION, "java/beans/"),
            new TypeRule(THREADS, "java/lang/ThreadGroup"),
            new TypeRule(THREADS, "java/lang/ref/Cleaner"),
            new TypeRule(THREADS, "java/util/Timer"),
            new TypeRule(THREADS, "java/util/TimerTask"),
            new TypeRule(THREADS, "java/util/concurrent/Executor"),
            new TypeRule(THREADS, "java/util/concurrent/ExecutorService"),
            new TypeRule(THREADS, "java/util/concurrent/AbstractExecutorService"),
            new TypeRule(THREADS, "java/util/concurrent/Executors"),
            new TypeRule(THREADS, "java/util/concurrent/ScheduledExecutorService"),
            new TypeRule(THREADS, "java/util/concurrent/ThreadPoolExecutor"),
            new TypeRule(THREADS, "java/util/concurrent/ScheduledThreadPoolExecutor"),
            new TypeRule(THREADS, "java/util/concurrent/ForkJoin*"),
            new TypeRule(THREADS, "java/util/concurrent/RecursiveTask"),
            new TypeRule(THREADS, "java/util/concurrent/RecursiveAction"),
            new TypeRule(THREADS, "java/util/concurrent/CountedCompleter"),
            new TypeRule(THREADS, "java/util/concurrent/CompletableFuture"),
            new TypeRule(THREADS, "java/util/concurrent/ThreadFactory"),
            new TypeRule(THREADS, "java/util/concurrent/CompletionService"),
            new TypeRule(THREADS, "java/util/concurrent/ExecutorCompletionService"),
            new TypeRule(THREADS, "java/util/concurrent/FutureTask"),
            new TypeRule(THREADS, "java/util/concurrent/SubmissionPublisher"),
            new TypeRule(UNSAFE, "sun/"),
            new TypeRule(UNSAFE, "com/sun/"),
            new TypeRule(UNSAFE, "jdk/internal/"),
            new TypeRule(CLOCK_RANDOMNESS, "java/time/Clock"),
            new TypeRule(CLOCK_RANDOMNESS, "java/time/InstantSource"),
            new TypeRule(CLOCK_RANDOMNESS, "java/util/Random"),
            new TypeRule(CLOCK_RANDOMNESS, "java/security/SecureRandom"),
            new TypeRule(CLOCK_RANDOMNESS, "java/util/SplittableRandom"),
            new TypeRule(CLOCK_RANDOMNESS, "java/util/concurrent/ThreadLocalRandom"),
            new TypeRule(CLOCK_RANDOMNESS, "java/util/random/"));

    /**
     * Thread is a type a plugin may hold (its own thread, to honour an interrupt) but may neither
     * extend nor construct nor call anything on other than these.
     */
    static final String THREAD = "java/lang/Thread";

    private static final Set<String> THREAD_ALLOWED =
            Set.of("currentThread", "isInterrupted", "interrupted", "interrupt");

    /** Members of otherwise allowed types, by owner. A {@code null} descriptor means every overload. */
    private static final List<MemberRule> MEMBERS = List.of(
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "exit", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "load", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "loadLibrary", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "mapLibraryName", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "setIn", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "setOut", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "setErr", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "getenv", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "getProperty", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "getProperties", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "setProperty", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "setProperties", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "clearProperty", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "getSecurityManager", null),
            new MemberRule(PROCESS_CONTROL, "java/lang/System", "setSecurityManager", null),
            new MemberRule(FILE_NETWORK_IO, "java/lang/System", "getLogger", null),
            new MemberRule(FILE_NETWORK_IO, "java/lang/System", "in", null),
            new MemberRule(FILE_NETWORK_IO, "java/lang/System", "out", null),
            new MemberRule(FILE_NETWORK_IO, "java/lang/System", "err", null),
            new MemberRule(FILE_NETWORK_IO, "java/lang/System", "console", null),
            new MemberRule(FILE_NETWORK_IO, "java/lang/System", "inheritedChannel", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/lang/System", "currentTimeMillis", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/lang/System", "nanoTime", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/lang/System", "identityHashCode", null),
            new MemberRule(REFLECTION, "java/lang/Class", "forName", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getDeclared*", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getMethod", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getMethods", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getField", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getFields", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getConstructor", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getConstructors", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getEnclosing*", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getRecordComponents", null),
            new MemberRule(REFLECTION, "java/lang/Class", "newInstance", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getModule", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getProtectionDomain", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getResource*", null),
            new MemberRule(REFLECTION, "java/lang/Class", "getSigners", null),
            new MemberRule(CLASS_LOADING, "java/lang/Class", "getClassLoader", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/lang/Math", "random", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/lang/StrictMath", "random", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/UUID", "randomUUID", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/Collections", "shuffle", "(Ljava/util/List;)V"),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/Date", "<init>", "()V"),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/Calendar", "getInstance", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/GregorianCalendar", "<init>", "()V"),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/GregorianCalendar", "<init>", "(Ljava/util/TimeZone;)V"),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/GregorianCalendar", "<init>", "(Ljava/util/Locale;)V"),
            new MemberRule(
                    CLOCK_RANDOMNESS,
                    "java/util/GregorianCalendar",
                    "<init>",
                    "(Ljava/util/TimeZone;Ljava/util/Locale;)V"),
            new MemberRule(CLOCK_RANDOMNESS, "java/util/TimeZone", "getDefault", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/time/ZoneId", "systemDefault", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/time/", "now", null),
            new MemberRule(CLOCK_RANDOMNESS, "java/time/chrono/", "dateNow", null),
            new MemberRule(THREADS, "java/util/stream/", "parallel", null),
            new MemberRule(THREADS, "java/util/Arrays", "parallel*", null));

    /** The dynamic call sites javac emits for lambdas, string concatenation, records and pattern switches. */
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat",
            "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch",
            "java/lang/runtime/SwitchBootstraps.enumSwitch");

    private ForbiddenApis() {}

    /** The rule a use of this class (internal name) breaks, or {@code null}. */
    static Rule type(String internalName) {
        for (TypeRule t : TYPES) {
            if (matches(t.pattern(), internalName)) {
                return t.rule();
            }
        }
        return null;
    }

    /** The rule extending or implementing this class breaks, or {@code null}. */
    static Rule supertype(String internalName) {
        return THREAD.equals(internalName) ? THREADS : type(internalName);
    }

    /**
     * The rule a call of (or a reference to) this method or field breaks on its own, or {@code
     * null}; the owner's type and the descriptor's types are checked separately.
     */
    static Rule member(String owner, String name, String descriptor) {
        if (THREAD.equals(owner)) {
            return THREAD_ALLOWED.contains(name) ? null : THREADS;
        }
        if ("parallelStream".equals(name) && "()Ljava/util/stream/Stream;".equals(descriptor)) {
            return THREADS;
        }
        if ("java/util/concurrent/ConcurrentHashMap".equals(owner) && descriptor.startsWith("(J")) {
            return THREADS; // the bulk operations with a parallelism threshold run in the common pool
        }
        for (MemberRule m : MEMBERS) {
            if (matches(m.owner(), owner)
                    && matchesName(m.name(), name)
                    && (m.descriptor() == null || m.descriptor().equals(descriptor))) {
                return m.rule();
            }
        }
        return null;
    }

    /** Whether this bootstrap method is one javac emits, whose call sites are ordinary language features. */
    static boolean allowedBootstrap(Handle bootstrap) {
        return BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName());
    }

    private static boolean matches(String pattern, String internalName) {
        if (pattern.endsWith("/")) {
            return internalName.startsWith(pattern);
        }
        if (pattern.endsWith("*")) {
            return internalName.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return internalName.equals(pattern) || internalName.startsWith(pattern + "$");
    }

    private static boolean matchesName(String pattern, String name) {
        if (pattern.endsWith("*")) {
            return name.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return name.equals(pattern);
    }

    private record TypeRule(Rule rule, String pattern) {}

    private record MemberRule(Rule rule, String owner, String name, String descriptor) {}
}
