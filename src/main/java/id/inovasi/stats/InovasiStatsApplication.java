package id.inovasi.stats;

import java.time.Clock;
import java.time.Year;
import java.util.Map;

import id.inovasi.stats.database.AnalystDatabase;
import id.inovasi.stats.operations.ExitCodes;
import id.inovasi.stats.operations.Invocation;
import id.inovasi.stats.operations.OperatorCommands;
import id.inovasi.stats.template.TemplateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InovasiStatsApplication {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args, Year.now().getValue());
        } catch (Invocation.BadInvocation e) {
            System.err.println("inovasi-stats: " + e.getMessage());
            System.err.println(Invocation.USAGE);
            System.exit(ExitCodes.BAD_INVOCATION);
            return;
        }
        if (invocation.template()) {
            System.exit(TemplateCommand.run(invocation));
            return;
        }
        SpringApplication application = new SpringApplication(InovasiStatsApplication.class);
        application.setWebApplicationType(invocation.serve() ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("inovasi.mode", invocation.mode()));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("invocation", invocation));
        ConfigurableApplicationContext context;
        try {
            context = application.run(invocation.springArgs());
        } catch (RuntimeException e) {
            System.exit(ExitCodes.FAILED);
            return;
        }
        if (invocation.db()) {
            if (context.getBean(AnalystDatabase.class).serving()) {
                awaitShutdown();   // the shutdown hook closes the context, and with it the server
                return;
            }
            context.close();
            System.exit(ExitCodes.FAILED);
        }
        if (!invocation.serve()) {
            int exitCode = context.getBean(OperatorCommands.class).exitCode();
            context.close();
            System.exit(exitCode);
        }
    }

    private static void awaitShutdown() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
