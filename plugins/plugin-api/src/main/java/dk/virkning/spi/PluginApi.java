package dk.virkning.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this version of the plugin API. A plugin declares the range it needs in its manifest
 * ({@code Plugin-Requires: ^1.0}); the platform refuses a plugin whose range excludes {@link #VERSION}.
 */
public final class PluginApi {

    /**
     * The SemVer version of this plugin API, as its artifact is versioned (the build writes it into
     * {@code plugin-api.properties}, so there is one source). New methods arrive as default methods
     * within a major version.
     */
    public static final String VERSION = readVersion();

    private PluginApi() {}

    private static String readVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties is missing from the plugin API jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
