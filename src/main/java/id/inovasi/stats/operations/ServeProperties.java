package id.inovasi.stats.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The long-running mode (jobs/serve).
 *
 * @param scheduleCron the nightly run, as a Spring cron expression (seconds first)
 * @param scheduleZone the time zone of the cron expression
 * @param apiToken     the bearer token of the HTTP API (INOVASI_API_TOKEN); unset = no API
 */
@ConfigurationProperties("inovasi.serve")
public record ServeProperties(String scheduleCron, String scheduleZone, String apiToken) {
}
