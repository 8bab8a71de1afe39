package dk.virkning.plugin;

/** A plugin artifact could not be loaded; the message completes "The plugin was refused because …". */
final class PluginLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    PluginLoadException(String message) {
        super(message);
    }

    PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
