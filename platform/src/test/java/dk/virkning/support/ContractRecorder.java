package dk.virkning.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Checks every answer the application gives under the full-stack tests against openapi.yaml, on the
 * server side, whatever client sent the request (the generated client, raw HTTP, a browser): success
 * and error bodies alike. Breaches are collected here and fail the test that caused them
 * ({@link PlatformIT} asks after each test), so the spec and the code cannot drift apart.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContractRecorder {

    private static final List<String> BREACHES = new ArrayList<>();

    /** The breaches recorded since the last call, and forgets them. */
    public static synchronized List<String> drain() {
        List<String> drained = List.copyOf(BREACHES);
        BREACHES.clear();
        return drained;
    }

    private static synchronized void record(String breach) {
        BREACHES.add(breach);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> contractRecordingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Recording());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    private static final class Recording extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, wrapper);
            } finally {
                String breach = ContractCheck.breach(
                        request.getMethod(),
                        request.getRequestURI(),
                        wrapper.getStatus(),
                        wrapper.getContentType(),
                        new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
                if (breach != null) {
                    record(breach);
                }
                wrapper.copyBodyToResponse();
            }
        }
    }
}
