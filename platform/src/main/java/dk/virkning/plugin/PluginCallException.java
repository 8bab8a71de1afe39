package dk.virkning.plugin;

/**
 * A call into plugin code that gave no usable result. The message is fit for the caller's problem
 * detail: it never carries the host's diagnostics, which go to the log.
 */
public class PluginCallException extends Exception {

    /** Why the call gave nothing. */
    public enum Kind {
        /** The plugin refused its input with its own checked exception; the message is the plugin's. */
        REFUSED,
        /** The plugin threw, the host died, answered garbage or too much, or left threads running. */
        FAILED,
        /** The call ran past its time limit; the host was killed. */
        TIMED_OUT,
        /** The artifact is no loadable plugin. */
        UNLOADABLE,
        /** No sandbox is available and unsandboxed hosts are not allowed for this plugin. */
        NOT_ALLOWED
    }

    private final Kind kind;

    PluginCallException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
