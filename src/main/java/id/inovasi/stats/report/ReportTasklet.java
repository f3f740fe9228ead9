package id.inovasi.stats.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.database.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report step: for every year this run rebuilt, {@code <output>/<year>/report.html} and a
 * CSV and an XLSX file per summary table, each written to a temporary name and moved into place.
 */
class ReportTasklet implements Tasklet {

    static final String REPORTS_KEY = "reports";
    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final YearReport report;
    private final TableExporter exporter;
    private final InovasiProperties properties;
    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ReportTasklet(YearReport report, TableExporter exporter, InovasiProperties properties, JdbcClient jdbc, SqlFiles sql) {
        this.report = report;
        this.exporter = exporter;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        List<Integer> years = jdbc.sql(sql.get("report/years-rebuilt"))
                .param("jobInstanceId", step.getJobExecution().getJobInstance().getInstanceId())
                .query(Integer.class).list();
        List<String> reports = new ArrayList<>();
        for (int year : years) {
            Path folder = Files.createDirectories(properties.output().resolve(String.valueOf(year)));
            Path page = folder.resolve("report.html");
            Path temp = folder.resolve("report.html.tmp");
            try (java.io.Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                report.render(year, out);
            }
            Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING);
            int files = 1;
            for (String table : TableExporter.TABLES) {
                files += exporter.export(table, year, folder).size();
            }
            reports.add(page.toAbsolutePath().toString());
            contribution.incrementWriteCount(files);
            log.info("Wrote the {} report and exports: {}", year, page.toAbsolutePath());
        }
        step.getExecutionContext().put(REPORTS_KEY, String.join("\n", reports));
        return RepeatStatus.FINISHED;
    }
}
