package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads one national or capacity file inside the caller's transaction: its rows COPY into a
 * staging table, then replace what earlier files said for the same regions and years. Ranks and
 * predicates are not derived here: the rebuild derives them with the year's method.
 */
final class ResultLoader {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final InovasiProperties properties;
    private final SourceFiles sourceFiles;

    ResultLoader(DataSource dataSource, JdbcClient jdbc, SqlFiles sql, InovasiProperties properties, SourceFiles sourceFiles) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.sql = sql;
        this.properties = properties;
        this.sourceFiles = sourceFiles;
    }

    FileOutcome load(FreshFile file, InputFormat format, long runId) throws Exception {
        try (OpenedFile opened = OpenedFile.open(file, format, properties.ingest().maxFileSize().toBytes())) {
            if (opened.isRejected()) {
                return opened.rejected;
            }
            String kind = file.file().kind().folder();
            jdbc.sql(sql.get("ingest/" + kind + "-staging")).update();
            int yearIndex = format.has("year") ? format.indexOf("year") : -1;   // the roster has none
            Set<Integer> years = new TreeSet<>();
            List<RejectedLine> rejected = new ArrayList<>();
            long[] counts = new long[2];
            IOException[] failed = new IOException[1];
            PipedCopy.Result<Void> copy = PipedCopy.run(dataSource, "COPY ingest_" + kind + " (" + format.copyColumns() + ") FROM STDIN",
                    pipe -> {
                        String[] values = new String[format.columns().size()];
                        try {
                            for (SourceRecord record; (record = opened.records.next()) != null; ) {
                                counts[0]++;
                                RowCleaner.Rejection rejection = opened.cleaner.clean(record, values);
                                if (rejection != null) {
                                    rejected.add(RejectedLine.of(rejection, record, opened.records.rawText(record)));
                                } else {
                                    if (yearIndex >= 0) {
                                        years.add(Integer.valueOf(values[yearIndex]));
                                    }
                                    pipe.row(values, file.fileId(), record.line(), runId);
                                    counts[1]++;
                                }
                            }
                        } catch (IOException e) {
                            failed[0] = e;   // the file changed underneath: what was staged is dropped below
                        }
                        return null;
                    });
            if (copy.copied() != counts[1]) {
                throw new IllegalStateException("COPY into ingest_" + kind + " took " + copy.copied() + " rows of " + file.path()
                        + " but " + counts[1] + " were sent");
            }
            String changed = failed[0] != null ? ChangedWhileRead.of(failed[0]) : ChangedWhileRead.check(file);
            if (changed != null) {
                return ChangedWhileRead.outcome(file, changed);   // nothing upserted; the staging table is made anew per file
            }
            List<Long> replaced = jdbc.sql(sql.get("ingest/" + kind + "-replaced-files")).param("fileId", file.fileId())
                    .query(Long.class).list();
            jdbc.sql(sql.get("ingest/" + kind + "-upsert")).update();
            int superseded = sourceFiles.markSuperseded(replaced, java.util.Collections.nCopies(replaced.size(), file.fileId())).size();
            rejected.sort(RejectedLine.inFileOrder(opened.sheets()));
            return opened.loaded(counts[0], counts[1], rejected, superseded, years);
        }
    }
}
