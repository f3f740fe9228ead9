package id.inovasi.stats.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * jobs/serve: the nightly schedule and, when a token is configured, the HTTP API under
 * {@code /api/}. Without a token the API answers nothing (404), and the log says so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "inovasi.mode", havingValue = "serve")
@EnableScheduling
public class ServeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServeConfiguration.class);

    @Bean
    ScheduledRuns scheduledRuns(RunControl control) {
        return new ScheduledRuns(control);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiTokenFilter(ServeProperties properties) {
        String token = properties.apiToken();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!StringUtils.hasText(token)) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                String header = request.getHeader("Authorization");
                String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
                if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "a valid bearer token is required (INOVASI_API_TOKEN)");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        ServeProperties properties = event.getApplicationContext().getBean(ServeProperties.class);
        log.info("Serving: nightly run at cron '{}' ({}); health and metrics under /actuator", properties.scheduleCron(),
                properties.scheduleZone());
        if (!StringUtils.hasText(properties.apiToken())) {
            log.warn("No API token configured (inovasi.serve.api-token, environment INOVASI_SERVE_API_TOKEN): the HTTP API under /api is not exposed");
        } else {
            log.info("HTTP API under /api/runs, bearer token required");
        }
    }
}
