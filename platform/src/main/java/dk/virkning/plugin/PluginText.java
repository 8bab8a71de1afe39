package dk.virkning.plugin;

/** Text from plugin code, made safe to show or log: control characters replaced, length bounded. */
final class PluginText {

    private PluginText() {}

    static String clip(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }
}
