package id.inovasi.stats.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javax.sql.DataSource;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.ingest.InboxScanner.InboxFile;
import id.inovasi.stats.ingest.SourceFiles.Recorded;
import id.inovasi.stats.method.MethodProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Ingests one inbox file inside the caller's transaction: identifies it by SHA-256, rejects a bad
 * file as a whole, streams its good rows into PostgreSQL with COPY while they are parsed, records
 * every bad row, applies superseding, and checks that lines read = rows loaded + rows rejected.
 */
@Component
class FileIngester {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);

    private final SourceFiles sourceFiles;
    private final InputFormats formats;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SqlFiles sql;
    private final InovasiProperties properties;
    private final MethodProperties method;

    FileIngester(SourceFiles sourceFiles, InputFormats formats, JdbcClient jdbc, DataSource dataSource, SqlFiles sql,
                 InovasiProperties properties, MethodProperties method) {
        this.sourceFiles = sourceFiles;
        this.formats = formats;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.sql = sql;
        this.properties = properties;
        this.method = method;
    }

    FileOutcome ingest(InboxFile file, long runId) throws Exception {
        String path = file.relativePath();
        if (file.outsideInbox()) {
            if (sourceFiles.findUnread(path).isPresent()) {
                return FileOutcome.unchanged();
            }
            String message = path + " resolves outside the inbox " + properties.inbox().toAbsolutePath()
                    + "; it was not read: copy the file into the inbox instead of linking to it";
            sourceFiles.insert(file.kind(), path, null, "rejected", "outside_inbox", message, runId);
            log.warn("Refused {}: {}", path, message);
            return FileOutcome.rejected("outside_inbox", message, null, List.of());
        }
        long started = System.nanoTime();
        Fingerprint fingerprint = Fingerprint.of(file.path());
        log.debug("{}: fingerprint in {} ms", path, (System.nanoTime() - started) / 1_000_000);
        if (sourceFiles.find(path, fingerprint.sha256()).isPresent()) {
            return FileOutcome.unchanged();
        }
        Optional<Recorded> same = sourceFiles.findSameContent(fingerprint.sha256());
        if (same.isPresent()) {
            String message = "byte-identical to " + same.get().path() + " (file " + same.get().fileId()
                    + "), which is already recorded; nothing loaded";
            sourceFiles.insert(file.kind(), path, fingerprint, "duplicate", null, message, runId);
            return FileOutcome.duplicate(message);
        }
        long fileId = sourceFiles.insert(file.kind(), path, fingerprint, "loaded", null, null, runId);
        FileOutcome outcome = read(file, fileId, fingerprint, runId);
        sourceFiles.complete(fileId, outcome);
        long checking = System.nanoTime();
        checkAccounting(file, fileId, outcome);
        log.debug("{}: accounting checked in {} ms", path, (System.nanoTime() - checking) / 1_000_000);
        if (outcome.status() == FileOutcome.Status.REJECTED) {
            log.warn("Rejected {}: {}", path, outcome.message());
        }
        return outcome;
    }

    private FileOutcome read(InboxFile file, long fileId, Fingerprint fingerprint, long runId) throws Exception {
        if (fingerprint.notText() != null) {
            return FileOutcome.rejected("not_text", fingerprint.notText(), null, List.of());
        }
        long limit = properties.ingest().maxFileSize().toBytes();
        if (fingerprint.size() > limit) {
            return FileOutcome.rejected("too_large", "the file has " + fingerprint.size() + " bytes, more than the limit of "
                    + limit + " (setting inovasi.ingest.max-file-size); split it or raise the limit", null, List.of());
        }
        if (fingerprint.size() == 0) {
            return FileOutcome.rejected("empty", "the file is empty: it needs a header line and data rows", null, List.of());
        }
        InputFormat format = formats.of(file.kind());
        try (CsvRecords records = CsvRecords.open(file.path(), fingerprint)) {
            String delimiter = records.dialect().label();
            CsvRecords.Record headerRecord = records.next();
            if (headerRecord == null) {
                return FileOutcome.rejected("empty", "the file holds only blank lines: it needs a header line and data rows", delimiter, List.of());
            }
            RowCleaner.Header header = RowCleaner.readHeader(format, headerRecord);
            if (!header.missing().isEmpty()) {
                return FileOutcome.rejected("missing_column", "line " + headerRecord.line() + ": the header lacks the required column"
                        + (header.missing().size() > 1 ? "s " : " ") + String.join(", ", header.missing())
                        + "; it has " + String.join(", ", header.extra().isEmpty() ? List.of("no other column") : header.extra())
                        + " (is this a " + file.kind().folder() + " file, and is its first line the header?)", delimiter, header.extra());
            }
            RowCleaner cleaner = new RowCleaner(format, header, records.dialect());
            Load load = new Load(file, fileId, runId, format, records, cleaner);
            return file.kind() == FileKind.REPORTS ? loadReports(load, delimiter, header.extra())
                    : loadResults(load, delimiter, header.extra());
        }
    }

    // ---- reports: COPY straight into stats.innovation, then supersede per OPD and year ----

    private FileOutcome loadReports(Load load, String delimiter, List<String> extra) throws Exception {
        KeyOwners owners = new KeyOwners(load.format,
                Set.copyOf(jdbc.sql(sql.get("ingest/reports-region-years")).query(String.class).list()));
        long copying = System.nanoTime();
        Parsed parsed = load.copy("stats.innovation", owners::holds);
        log.debug("{}: parsed and copied in {} ms", load.file.relativePath(), (System.nanoTime() - copying) / 1_000_000);
        List<RejectedLine> rejected = new ArrayList<>(parsed.rejected);
        List<HeldRow> release = new ArrayList<>();
        for (HeldRow held : parsed.held) {
            KeyOwners.Owner owner = owners.ownerOf(held.values);
            if (owners.opdYears.contains(owners.opdYear(held.values[owners.year], held.values[owners.region], owner.opdCode()))) {
                release.add(held);
            } else {
                rejected.add(new RejectedLine(held.line, null, "key_owned_by_other_opd", "line " + held.line + ": innovation_id "
                        + held.values[owners.innovation] + " of " + held.values[owners.year] + " in region " + held.values[owners.region]
                        + " is already reported by OPD " + owner.opdCode() + " in " + owner.path() + " (file " + owner.fileId()
                        + "); an innovation belongs to one OPD a year: correct the id here or in that file", held.raw));
            }
        }
        long loaded = parsed.loaded;
        if (!release.isEmpty()) {
            loaded += load.copyRows("stats.innovation", release);
        }
        long superseding = System.nanoTime();
        int superseded = supersedeReports(load, owners);
        log.debug("{}: superseding in {} ms", load.file.relativePath(), (System.nanoTime() - superseding) / 1_000_000);
        Set<Integer> years = new TreeSet<>();
        owners.opdYears.forEach(key -> years.add(Integer.parseInt(key.substring(0, key.indexOf('\u0001')))));
        return finish(load, parsed, rejected, loaded, superseded, years, delimiter, extra);
    }

    /** Deletes what earlier files said for this file's OPDs and years; only region-years that held rows can have any. */
    private int supersedeReports(Load load, KeyOwners owners) {
        List<Integer> years = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> opds = new ArrayList<>();
        for (String key : owners.opdYears) {
            String[] parts = key.split("\u0001", -1);
            if (owners.regionYearsHeld.contains(parts[0] + '\u0001' + parts[1])) {
                years.add(Integer.valueOf(parts[0]));
                regions.add(parts[1]);
                opds.add(parts[2]);
            }
        }
        if (years.isEmpty()) {
            return 0;
        }
        List<Long> losers = jdbc.sql(sql.get("ingest/reports-supersede"))
                .param("years", years.toArray(Integer[]::new))
                .param("regions", regions.toArray(String[]::new))
                .param("opds", opds.toArray(String[]::new))
                .param("fileId", load.fileId)
                .query((rs, n) -> rs.getLong("file_id")).list();
        return sourceFiles.markSuperseded(losers, load.file.relativePath()).size();
    }

    /** Who holds the innovation keys of each region and year (read once per region and year). */
    private final class KeyOwners {
        record Owner(String opdCode, long fileId, String path) {
        }

        final int year;
        final int region;
        final int innovation;
        final int opd;
        final Set<String> opdYears = new LinkedHashSet<>();
        private final Map<String, Map<String, Owner>> byRegionYear = new HashMap<>();
        final Set<String> regionYearsHeld;

        KeyOwners(InputFormat format, Set<String> regionYearsHeld) {
            this.regionYearsHeld = regionYearsHeld;
            year = format.indexOf("year");
            region = format.indexOf("region_code");
            innovation = format.indexOf("innovation_id");
            opd = format.indexOf("opd_code");
        }

        String opdYear(String y, String r, String o) {
            return y + '\u0001' + r + '\u0001' + o;
        }

        /** Called on the parsing thread for each good row: true holds the row back (another OPD has its key). */
        boolean holds(String[] values) {
            opdYears.add(opdYear(values[year], values[region], values[opd]));
            Owner owner = ownerOf(values);
            return owner != null && !owner.opdCode().equals(values[opd]);
        }

        Owner ownerOf(String[] values) {
            String regionYear = values[year] + '\u0001' + values[region];
            if (!regionYearsHeld.contains(regionYear)) {
                return null;
            }
            return byRegionYear.computeIfAbsent(regionYear, k -> load(values)).get(values[innovation]);
        }

        private Map<String, Owner> load(String[] values) {
            Map<String, Owner> owners = new HashMap<>();
            jdbc.sql(sql.get("ingest/reports-key-owners"))
                    .param("year", Integer.parseInt(values[year]))
                    .param("regionCode", values[region])
                    .query(rs -> {
                        owners.put(rs.getString("innovation_id"), new Owner(rs.getString("opd_code"), rs.getLong("file_id"), rs.getString("path")));
                    });
            return owners;
        }
    }

    // ---- national and capacity: COPY into a staging table, then replace per region and year ----

    private FileOutcome loadResults(Load load, String delimiter, List<String> extra) throws Exception {
        String kind = load.file.kind().folder();
        jdbc.sql(sql.get("ingest/" + kind + "-staging")).update();
        Set<Integer> years = new TreeSet<>();
        int yearIndex = load.format.indexOf("year");
        Parsed parsed = load.copy("ingest_" + kind, values -> {
            years.add(Integer.valueOf(values[yearIndex]));
            return false;
        });
        List<Long> replaced = jdbc.sql(sql.get("ingest/" + kind + "-replaced-files")).param("fileId", load.fileId)
                .query(Long.class).list();
        jdbc.sql(sql.get("ingest/" + kind + "-upsert")).update();
        if (load.file.kind() == FileKind.NATIONAL && !years.isEmpty()) {
            for (int year : years) {
                MethodProperties.Predicates thresholds = method.forYear(year).predicates();
                jdbc.sql(sql.get("ingest/national-predicates"))
                        .param("year", year)
                        .param("sangatInovatifAbove", thresholds.sangatInovatifAbove())
                        .param("inovatifFrom", thresholds.inovatifFrom())
                        .param("kurangInovatifFrom", thresholds.kurangInovatifFrom())
                        .update();
            }
            jdbc.sql(sql.get("ingest/national-ranks")).param("years", years.toArray(Integer[]::new)).update();
        }
        int superseded = sourceFiles.markSuperseded(replaced, load.file.relativePath()).size();
        return finish(load, parsed, parsed.rejected, parsed.loaded, superseded, years, delimiter, extra);
    }

    // ---- shared ----

    private FileOutcome finish(Load load, Parsed parsed, List<RejectedLine> rejected, long loaded, int superseded,
                               Set<Integer> years, String delimiter, List<String> extra) {
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        sourceFiles.insertRejected(load.fileId, rejected, load.runId);
        String message = "loaded " + loaded + " of " + parsed.linesRead + " rows" + (rejected.isEmpty() ? "" : "; " + rejected.size()
                + " rejected (see stats.rejected_row)") + (extra.isEmpty() ? "" : "; ignored unknown columns: " + String.join(", ", extra));
        return new FileOutcome(FileOutcome.Status.LOADED, null, message, delimiter, parsed.linesRead, loaded, rejected.size(),
                extra, superseded, years);
    }

    /**
     * Lines read = rows loaded + rows rejected, against what the database holds: the rejected
     * rows and national or capacity rows by count, report rows by COPY's own row count.
     */
    private void checkAccounting(InboxFile file, long fileId, FileOutcome outcome) {
        long[] held = sourceFiles.accounting(fileId);
        boolean resultsHeld = file.kind() == FileKind.REPORTS || held[0] == outcome.rowsLoaded();
        if (outcome.linesRead() != outcome.rowsLoaded() + outcome.rowsRejected() || !resultsHeld || held[1] != outcome.rowsRejected()) {
            throw new IllegalStateException("accounting check failed for " + file.relativePath() + ": lines read " + outcome.linesRead()
                    + ", rows loaded " + outcome.rowsLoaded() + (file.kind() == FileKind.REPORTS ? "" : " (the database holds " + held[0] + ")")
                    + ", rows rejected " + outcome.rowsRejected() + " (the database holds " + held[1] + ")");
        }
    }

    /** A good row held back until the whole file is read. */
    private record HeldRow(String[] values, long line, String raw) {
    }

    /** What the parsing thread found. */
    private record Parsed(long linesRead, long loaded, List<RejectedLine> rejected, List<HeldRow> held) {
    }

    /** Decides, on the parsing thread, whether a good row is held back instead of copied. */
    @FunctionalInterface
    private interface Holder {
        boolean holds(String[] values);
    }

    /** One file being loaded. */
    private final class Load {
        final InboxFile file;
        final long fileId;
        final long runId;
        final InputFormat format;
        final CsvRecords records;
        final RowCleaner cleaner;

        Load(InboxFile file, long fileId, long runId, InputFormat format, CsvRecords records, RowCleaner cleaner) {
            this.file = file;
            this.fileId = fileId;
            this.runId = runId;
            this.format = format;
            this.records = records;
            this.cleaner = cleaner;
        }

        /** Parses the rest of the file on a second thread while COPY writes its good rows into {@code table}. */
        Parsed copy(String table, Holder holder) throws Exception {
            CopyPipe pipe = new CopyPipe();
            FutureTask<Parsed> parsing = new FutureTask<>(() -> parse(pipe, holder));
            long copied = runCopy(table, pipe, parsing);
            Parsed parsed = parsing.get();
            if (copied != parsed.loaded) {
                throw new IllegalStateException("COPY into " + table + " took " + copied + " rows of " + file.relativePath()
                        + " but " + parsed.loaded + " were sent");
            }
            return parsed;
        }

        long copyRows(String table, List<HeldRow> rows) throws Exception {
            CopyPipe pipe = new CopyPipe();
            FutureTask<Long> producing = new FutureTask<>(() -> {
                try {
                    rows.forEach(row -> pipe.row(row.values, fileId, row.line, runId));
                    pipe.finish();
                    return (long) rows.size();
                } catch (RuntimeException e) {
                    pipe.abort();
                    throw e;
                }
            });
            return runCopy(table, pipe, producing);
        }

        private long runCopy(String table, CopyPipe pipe, FutureTask<?> producer) throws Exception {
            Thread thread = new Thread(producer, "ingest-parse");
            thread.setDaemon(true);
            thread.start();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                long copied = pipe.copy(connection, "COPY " + table + " (" + format.copyColumns() + ") FROM STDIN");
                producer.get();
                return copied;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } catch (Exception e) {
                producer.cancel(true);
                try {
                    producer.get();
                } catch (ExecutionException producerFailure) {
                    if (producerFailure.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                } catch (Exception ignored) {
                    // the copy's own failure is reported below
                }
                throw e;
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private Parsed parse(CopyPipe pipe, Holder holder) throws IOException {
            String[] values = new String[format.columns().size()];
            List<RejectedLine> rejected = new ArrayList<>();
            List<HeldRow> held = new ArrayList<>();
            long lines = 0;
            long loaded = 0;
            Progress progress = new Progress(file.relativePath(), properties.ingest().progressInterval());
            try {
                for (CsvRecords.Record record; (record = records.next()) != null; ) {
                    lines++;
                    RowCleaner.Rejection rejection = cleaner.clean(record, values);
                    if (rejection != null) {
                        rejected.add(RejectedLine.of(rejection, records.rawText(record)));
                    } else if (holder.holds(values)) {
                        held.add(new HeldRow(values.clone(), record.line(), records.rawText(record)));
                    } else {
                        pipe.row(values, fileId, record.line(), runId);
                        loaded++;
                    }
                    if ((lines & 0x3FFF) == 0) {
                        progress.tick(lines);
                    }
                }
                pipe.finish();
            } catch (IOException | RuntimeException e) {
                pipe.abort();
                throw e;
            }
            progress.done(lines, loaded, rejected.size());
            return new Parsed(lines, loaded, rejected, held);
        }
    }
}
