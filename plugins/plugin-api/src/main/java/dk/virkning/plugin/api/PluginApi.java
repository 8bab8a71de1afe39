package dk.virkning.plugin.api;

/**
 * Facts about this version of the plugin API. A plugin declares the range it needs in its manifest
 * ({@code Plugin-Requires: ^1.0}); the platform refuses a plugin whose range excludes {@link #VERSION}.
 */
public final class PluginApi {

    /** The SemVer version of this plugin API. New methods arrive as default methods within a major version. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {}
}
