package id.inovasi.stats.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import id.inovasi.stats.ingest.InputFormats;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.operations.ExitCodes;
import id.inovasi.stats.operations.Invocation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code jobs/template [YEAR]}: writes the OPD report template of a year (default: this year).
 * It needs the method configuration and the reports format, not the database: its context holds
 * only those, so it starts in a second and touches no server.
 */
@Import(InputFormats.class)
@EnableConfigurationProperties({MethodProperties.class, TemplateProperties.class})
public class TemplateCommand {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    OpdTemplate opdTemplate(InputFormats formats, MethodProperties method, TemplateProperties settings) {
        return new OpdTemplate(formats, method, settings);
    }

    /** Runs the command; returns the exit code. */
    public static int run(Invocation invocation) {
        SpringApplication application = new SpringApplication(TemplateCommand.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("inovasi.mode", invocation.mode()));
        try (ConfigurableApplicationContext context = application.run(invocation.springArgs())) {
            int year = invocation.year() != null ? invocation.year() : LocalDate.now(context.getBean(Clock.class)).getYear();
            Path file = context.getBean(OpdTemplate.class).write(year);
            System.out.println("Template laporan inovasi " + year + " (OPD report template): " + file);
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("inovasi-stats: cannot write the template (setting inovasi.template.folder): " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            System.err.println("inovasi-stats: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
