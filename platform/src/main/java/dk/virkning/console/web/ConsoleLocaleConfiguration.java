package dk.virkning.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish first, English too: the language the browser prefers of the two (Danish when it names
 * neither), until the person picks one with the switch ({@code ?lang=en}), kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocaleConfiguration implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final String COOKIE = "virkning-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        // The switch's cookie goes to the console only; the API keeps the request's own language.
        resolver.setCookiePath("/console");
        resolver.setDefaultLocaleFunction(ConsoleLocaleConfiguration::preferred);
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(DANISH);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return ConsoleLanguages.supported(value);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change).addPathPatterns("/console/**");
    }

    /**
     * The first of the browser's languages the console speaks; Danish otherwise. Outside the
     * console (the API), the request's own locale, as before the console.
     */
    static Locale preferred(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.startsWith("/console")) {
            return request.getLocale();
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return DANISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Locale supported = ConsoleLanguages.supported(range.getRange());
                if (supported != null) {
                    return supported;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DANISH;
        }
        return DANISH;
    }
}
