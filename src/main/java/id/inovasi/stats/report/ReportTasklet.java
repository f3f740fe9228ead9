package id.inovasi.stats.report;

import java.io.IOException;
import java.io.Writer;
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
 * The report step: for every year this run rebuilt, a page per region with reports
 * ({@code <output>/<year>/<region>/report.html}), {@code <output>/<year>/report.html} (that
 * region's page when there is one, else the year's overview linking to each), and a CSV and an
 * XLSX file per summary table; each written to a temporary name and moved into place.
 */
class ReportTasklet implements Tasklet {

    static final String REPORTS_KEY = "reports";
    static final int REGIONS_PER_READ = 100;
    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final YearReport report;
    private final YearOverview overview;
    private final TableExporter exporter;
    private final InovasiProperties properties;
    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ReportTasklet(YearReport report, YearOverview overview, TableExporter exporter, InovasiProperties properties, JdbcClient jdbc,
                  SqlFiles sql) {
        this.report = report;
        this.overview = overview;
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
            long started = System.nanoTime();
            Path folder = Files.createDirectories(properties.output().resolve(String.valueOf(year)));
            List<YearReport.Region> regions = report.regions(year);
            Path page = folder.resolve("report.html");
            int files = regionPages(year, folder, regions);
            if (regions.size() == 1) {
                Path only = folder.resolve(regions.get(0).code()).resolve("report.html");
                write(page, out -> out.write(Files.readString(only).replace("href=\"../report.html\"", "href=\"report.html\"")));
            } else {
                write(page, out -> overview.render(year, out));
            }
            files++;
            for (String table : TableExporter.TABLES) {
                files += exporter.export(table, year, folder).size();
            }
            reports.add(page.toAbsolutePath().toString());
            contribution.incrementWriteCount(files);
            log.info("Wrote the {} report ({} region pages) and exports in {} ms: {}", year, regions.size(),
                    (System.nanoTime() - started) / 1_000_000, page.toAbsolutePath());
        }
        step.getExecutionContext().put(REPORTS_KEY, String.join("\n", reports));
        return RepeatStatus.FINISHED;
    }

    /** {@code <year>/<region>/report.html} for every region with reports, read {@link #REGIONS_PER_READ} regions at a time. */
    private int regionPages(int year, Path folder, List<YearReport.Region> regions) throws IOException {
        String back = regions.size() == 1 ? null : "../report.html";
        for (int from = 0; from < regions.size(); from += REGIONS_PER_READ) {
            for (YearReport.RegionRows rows : report.load(year, regions.subList(from, Math.min(regions.size(), from + REGIONS_PER_READ)))) {
                Path regionFolder = Files.createDirectories(folder.resolve(rows.region().code()));
                write(regionFolder.resolve("report.html"), out -> report.renderRegion(year, rows, back, out));
            }
        }
        return regions.size();
    }

    /** Writes a page under a temporary name and moves it into place, so a reader never sees half a page. */
    private static void write(Path page, PageWriter writer) throws IOException {
        Path temp = page.resolveSibling(page.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            writer.write(out);
        }
        Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface PageWriter {
        void write(Writer out) throws IOException;
    }
}
