package dk.virkning.tenant;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class TenantWebConfiguration implements WebMvcConfigurer {

    private final Municipalities municipalities;

    TenantWebConfiguration(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TenantInterceptor(municipalities)).addPathPatterns("/api/v1/municipalities/*/**");
    }
}
