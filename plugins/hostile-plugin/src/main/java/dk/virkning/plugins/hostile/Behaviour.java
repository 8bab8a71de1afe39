package dk.virkning.plugins.hostile;

/** What the hostile plugin does when called; chosen by the program's {@code behaviour} term. */
enum Behaviour {
    /** Pays 100.00 on one line, as an honest plugin would. */
    BEHAVE,
    /** {@code System.exit(3)}. */
    EXIT,
    /** {@code Runtime.getRuntime().halt(3)}. */
    HALT,
    /** Reads the file named by the {@code path} term into the line text (or the exception's message). */
    READ_FILE,
    /** Puts the whole environment ({@code System.getenv()}) into the line text. */
    LIST_ENV,
    /** Connects to {@code host}:{@code port} and puts what it got into the line text. */
    SOCKET,
    /** Reaches for its caller: threads and stack traces, class loaders, the Spring context, the connection pool. */
    REFLECT,
    /** Allocates {@code megabytes} (default 4096) and keeps them in a static list. */
    ALLOCATE,
    /** Starts {@code count} (default 16) non-daemon threads that sleep forever, then behaves. */
    THREADS,
    /** Starts {@code /bin/sleep 600} as a child process, then behaves. */
    FORK,
    /** Spins forever, ignoring interrupts. */
    SPIN,
    /** Writes 200 MB each to System.out, System.err and the raw standard output descriptor, then behaves. */
    FLOOD,
    /** Returns 5 million lines. */
    HUGE_LINES,
    /** Returns one line whose text is 100 MB. */
    HUGE_TEXT;

    /** The behaviour of this name; an unknown name behaves. */
    static Behaviour of(Object name) {
        for (Behaviour b : values()) {
            if (b.name().equals(String.valueOf(name))) {
                return b;
            }
        }
        return BEHAVE;
    }
}
