package dk.virkning.gate;

/**
 * The categories of the plugin contract's forbidden APIs. A plugin is a deterministic function of
 * its input: it needs none of these, and each would let it reach outside its input or its call.
 * The exact types and members of each category are listed in the README ("Writing a plugin") and
 * defined in one place, {@code ForbiddenApis}.
 */
public enum Rule {
    /** Files, file descriptors, the standard streams, channels, sockets and every other network API. */
    FILE_NETWORK_IO("file-network-io"),
    /** Processes, the runtime ({@code Runtime}, {@code System.exit}, system properties, the environment). */
    PROCESS_CONTROL("process-control"),
    /** Reflection, method handles and dynamic call sites other than those javac emits. */
    REFLECTION("reflection"),
    /** Class loaders, defining classes, service loading and instrumentation. */
    CLASS_LOADING("class-loading"),
    /** Starting or managing threads: threads, thread groups, executors, timers, parallel streams. */
    THREADS("threads"),
    /** JDK internals: {@code sun.*}, {@code com.sun.*}, {@code jdk.internal.*} (such as {@code Unsafe}). */
    UNSAFE("unsafe"),
    /** A native method declared by the plugin. */
    NATIVE_METHOD("native-method"),
    /** The clock, the host's time zone and every source of randomness. */
    CLOCK_RANDOMNESS("clock-randomness"),
    /** A class file that cannot be read, so cannot be checked either. */
    UNREADABLE_CLASS("unreadable-class");

    private final String slug;

    Rule(String slug) {
        this.slug = slug;
    }

    /** The rule's stable name, as in {@link Violation#rule()}. */
    public String slug() {
        return slug;
    }
}
