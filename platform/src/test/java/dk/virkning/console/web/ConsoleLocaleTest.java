package dk.virkning.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

class ConsoleLocaleTest {

    private final LocaleResolver resolver = new ConsoleLocaleConfiguration().localeResolver();

    @Test
    void theBrowsersFirstSupportedLanguageIsChosen() {
        assertThat(resolver.resolveLocale(browser("de-DE,en;q=0.8,da;q=0.5"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(browser("da-DK,en;q=0.5")).getLanguage())
                .isEqualTo("da");
    }

    @Test
    void danishWhenTheBrowserNamesNeither() {
        assertThat(resolver.resolveLocale(browser("de-DE,fr;q=0.5")).getLanguage())
                .isEqualTo("da");
        assertThat(resolver.resolveLocale(new MockHttpServletRequest("GET", "/console"))
                        .getLanguage())
                .isEqualTo("da");
    }

    @Test
    void theSwitchsCookieWinsOverTheBrowser() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(browser("da"), response, Locale.ENGLISH);
        Cookie cookie = response.getCookie(ConsoleLocaleConfiguration.COOKIE);
        assertThat(cookie).isNotNull();
        MockHttpServletRequest next = browser("da-DK");
        next.setCookies(cookie);
        assertThat(resolver.resolveLocale(next)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theApiKeepsTheRequestsOwnLanguage() {
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/municipalities");
        api.setPreferredLocales(java.util.List.of(Locale.GERMAN));
        assertThat(resolver.resolveLocale(api)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void onlyDanishAndEnglishAreSupported() {
        assertThat(ConsoleLanguages.supported("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(ConsoleLanguages.supported("da_DK").getLanguage()).isEqualTo("da");
        assertThat(ConsoleLanguages.supported("sv")).isNull();
        assertThat(ConsoleLanguages.supported(null)).isNull();
    }

    private static MockHttpServletRequest browser(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console");
        request.addHeader("Accept-Language", acceptLanguage);
        request.setPreferredLocales(java.util.Collections.list(
                java.util.Collections.enumeration(Locale.LanguageRange.parse(acceptLanguage).stream()
                        .map(r -> Locale.forLanguageTag(r.getRange()))
                        .toList())));
        return request;
    }
}
