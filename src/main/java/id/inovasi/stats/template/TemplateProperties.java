package id.inovasi.stats.template;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where jobs/template writes ({@code inovasi.template.*}; default in {@code application.yml}).
 *
 * @param folder the folder of {@code laporan-inovasi-<year>.xlsx}
 * @param rows   how many rows below the header carry the drop-downs and validations
 */
@ConfigurationProperties("inovasi.template")
public record TemplateProperties(Path folder, int rows) {
}
