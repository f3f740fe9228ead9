package id.inovasi.stats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.convergence.StaleYears;
import id.inovasi.stats.convergence.YearBuilds;
import id.inovasi.stats.operations.FaultPoints;
import id.inovasi.stats.rebuild.RebuildParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report step: for the year asked for, else every year whose report is missing or older than
 * its summaries, a page per region with reports
 * ({@code <output>/<year>/<region>/report.html}), {@code <output>/<year>/report.html} (that
 * region's page when there is one, else the year's overview linking to each), and a CSV and an
 * XLSX file per summary table; each written to a temporary name and moved into place.
 */
class ReportTasklet implements Tasklet {

    static final String REPORTS_KEY = "reports";
    static final int REGIONS_PER_READ = 100;
    static final long INNOVATIONS_PER_READ = 20_000;
    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final YearReport report;
    private final OpdPages opdPages;
    private final YearOverview overview;
    private final TableExporter exporter;
    private final ReportExports exports;
    private final InovasiProperties properties;
    private final YearBuilds builds;
    private final FaultPoints faults;
    /** A year's reports are read in a transaction of their own (cursors need one), on their own thread. */
    private final TransactionTemplate readOnly;

    ReportTasklet(YearReport report, OpdPages opdPages, YearOverview overview, TableExporter exporter, ReportExports exports,
                  InovasiProperties properties, YearBuilds builds, PlatformTransactionManager transactionManager, FaultPoints faults) {
        this.exports = exports;
        this.faults = faults;
        this.builds = builds;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.report = report;
        this.opdPages = opdPages;
        this.overview = overview;
        this.exporter = exporter;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        long runId = step.getJobExecutionId();
        List<Integer> years = yearsToWrite(step);
        if (!years.isEmpty()) {
            checkOutputWritable();
        }
        List<String> reports = new ArrayList<>();
        int parallel = Math.max(1, properties.report().parallelYears());
        for (int from = 0; from < years.size(); from += parallel) {
            List<FutureTask<Integer>> writing = new ArrayList<>();
            for (int year : years.subList(from, Math.min(years.size(), from + parallel))) {
                FutureTask<Integer> task = new FutureTask<>(() -> {
                    List<ReportExports.Written> exported = new ArrayList<>();
                    int written = readOnly.execute(status -> writeYear(year, exported));
                    exports.record(exported, runId);
                    faults.reach(FaultPoints.Point.REPORT_WRITTEN);
                    builds.reportWritten(year, runId);
                    return written;
                });
                Thread thread = new Thread(task, "report-" + year);
                thread.setDaemon(true);
                thread.start();
                writing.add(task);
                reports.add(properties.output().resolve(String.valueOf(year)).resolve("report.html").toAbsolutePath().toString());
            }
            for (FutureTask<Integer> task : writing) {
                try {
                    contribution.incrementWriteCount(task.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof UncheckedIOException io ? io.getCause()
                            : e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        step.getExecutionContext().put(REPORTS_KEY, String.join("\n", reports));
        return RepeatStatus.FINISHED;
    }

    /**
     * The year asked for, else every year whose report is missing or older than its summaries (the
     * years this run rebuilt among them), whatever happened to earlier runs.
     */
    private List<Integer> yearsToWrite(StepExecution step) {
        Long year = step.getJobParameters().getLong(RebuildParameters.YEAR);
        if (year != null) {
            return List.of(year.intValue());
        }
        return builds.stale().stream().filter(stale -> !stale.summaries()).map(StaleYears.StaleYear::year).toList();
    }

    /** Fails at once, naming the setting, when the output folder cannot take a file. */
    private void checkOutputWritable() {
        Path output = properties.output();
        try {
            Files.createDirectories(output);
            Files.delete(Files.createTempFile(output, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw new OutputNotWritableException(output, e);
        }
    }

    /**
     * Writes one year's pages and exports (an export whose rows did not change since it was
     * written is left as it is); returns the files written, and adds the exports written to {@code exported}.
     */
    private int writeYear(int year, List<ReportExports.Written> exported) {
        try {
            long started = System.nanoTime();
            Path folder = Files.createDirectories(properties.output().resolve(String.valueOf(year)));
            report.prepareReads();
            List<YearReport.Region> regions = report.regions(year);
            Path page = folder.resolve("report.html");
            PageBuffers buffers = new PageBuffers();
            int files = regionPages(year, folder, regions, buffers);
            if (regions.size() == 1) {
                Path only = folder.resolve(regions.get(0).code()).resolve("report.html");
                write(page, buffers, (out, text) -> out.write(Files.readString(only)));
            } else {
                write(page, buffers, (out, text) -> overview.render(year, text, out));
            }
            files++;
            long pagesDone = System.nanoTime();
            faults.reach(FaultPoints.Point.REPORT_EXPORTS);
            java.util.Map<String, ReportExports.Recorded> recorded = exports.recorded(year);
            for (String table : TableExporter.TABLES) {
                ReportExports.RowsState rows = exports.state(table, exporter.layout(table), year);
                Path csv = folder.resolve(table + ".csv");
                Path xlsx = folder.resolve(table + ".xlsx");
                ReportExports.Recorded before = recorded.get(table);
                if (before == null || !before.upToDate(rows, csv, xlsx)) {
                    files += exporter.export(table, year, folder).size();
                    exported.add(new ReportExports.Written(year, table, rows, csv, xlsx));
                }
            }
            log.debug("{}: pages in {} ms, exports in {} ms", year, (pagesDone - started) / 1_000_000,
                    (System.nanoTime() - pagesDone) / 1_000_000);
            log.info("Wrote the {} report ({} region pages) and exports in {} ms: {}", year, regions.size(),
                    (System.nanoTime() - started) / 1_000_000, page.toAbsolutePath());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code <year>/<region>/report.html} for every region with reports, read a group of regions
     * at a time: up to {@link #REGIONS_PER_READ} regions or {@link #INNOVATIONS_PER_READ} reported
     * innovations, whichever comes first.
     */
    private int regionPages(int year, Path folder, List<YearReport.Region> regions, PageBuffers buffers) throws IOException {
        String back = regions.size() == 1 ? null : "../report.html";
        OpdPages.Year opdYear = opdPages.forYear(year);
        int from = 0;
        while (from < regions.size()) {
            int to = from;
            long innovations = 0;
            while (to < regions.size() && to - from < REGIONS_PER_READ && (to == from || innovations + regions.get(to).reported() <= INNOVATIONS_PER_READ)) {
                innovations += regions.get(to++).reported();
            }
            List<YearReport.Region> group = regions.subList(from, to);
            try (YearReport.RegionCursor gaps = report.gaps(year, group); YearReport.RegionCursor opdRows = opdPages.rows(year, group)) {
                for (YearReport.RegionRows rows : report.load(year, group)) {
                    Path regionFolder = Files.createDirectories(folder.resolve(rows.region().code()));
                    write(regionFolder.resolve("report.html"), buffers, (out, text) -> report.renderRegion(year, rows, back, gaps, text, out));
                    Path opdFolder = Files.createDirectories(regionFolder.resolve("opd"));
                    java.util.Set<String> written = opdPages.write(opdYear, rows.region(), opdRows, (name, page) -> write(opdFolder.resolve(name), buffers, page));
                    removeOthers(opdFolder, written);
                }
            }
            from = to;
        }
        return regions.size();
    }

    /** Removes the pages of OPDs the year no longer has (neither expected nor reporting any more). */
    private static void removeOthers(Path opdFolder, java.util.Set<String> written) throws IOException {
        try (java.util.stream.Stream<Path> pages = Files.list(opdFolder)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
                if (!written.contains(page.getFileName().toString())) {
                    Files.delete(page);
                }
            }
        }
    }

    /**
     * Writes a page under a temporary name and moves it into place, so a reader never sees half a
     * page; a page that comes out byte for byte as it is on disk is left as it is ({@link PageOutput}).
     */
    private void write(Path page, PageBuffers buffers, PageWriter writer) throws IOException {
        Path temp = page.resolveSibling(page.getFileName() + ".tmp");
        try {
            PageOutput bytes = buffers.output(page, temp);
            // pages are written as a few large builders, encoded in place in 8 KB chunks
            try (Writer out = buffers.writer(bytes)) {
                writer.write(out, buffers.text());
            }
            faults.reach(FaultPoints.Point.REPORT_PAGE);
            if (bytes.changed()) {
                Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);   // a failed page leaves nothing half written behind
            throw e;
        }
    }
}
