package dk.virkning.register;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Streams register uploads instead of buffering them (see {@link StreamingCsvBodyConverter}). */
@Configuration(proxyBeanMethods = false)
class RegisterWebConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new StreamingCsvBodyConverter());
    }
}
