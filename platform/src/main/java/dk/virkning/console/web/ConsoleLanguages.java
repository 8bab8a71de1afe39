package dk.virkning.console.web;

import java.util.Locale;

/** The console's languages: Danish and English. */
final class ConsoleLanguages {

    private ConsoleLanguages() {}

    /** The supported locale a language tag names, or null when the console does not speak it. */
    static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return switch (language) {
            case "da" -> ConsoleLocaleConfiguration.DANISH;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
