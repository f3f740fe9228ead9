package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import id.inovasi.stats.LogText;
import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.ingest.InboxScanner.InboxFile;
import id.inovasi.stats.operations.FaultPoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ingests one batch of inbox files inside the caller's transaction, with a handful of statements
 * for the whole batch rather than several per file: identifies each file by SHA-256 (an
 * unchanged file costs its hash and no query), records the fresh ones, loads them (reports files
 * through one COPY), applies superseding, stores the rejected rows, and checks for every file
 * that lines read = rows loaded + rows rejected against what the database holds.
 */
@Component
class BatchIngester {

    private static final Logger log = LoggerFactory.getLogger(BatchIngester.class);

    /** One file of the batch and what became of it. */
    record Ingested(InboxFile file, FileOutcome outcome) {
    }

    /** The batch's files in order, and how many earlier files it superseded. */
    record Result(List<Ingested> files, int superseded, Set<RegionYear> reportRegionYears) {
    }

    /** What one ingest step knows across its batches. */
    record StepState(RecordedFiles recorded, KeyOwners owners) {
    }

    private final SourceFiles sourceFiles;
    private final InputFormats formats;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SqlFiles sql;
    private final InovasiProperties properties;

    BatchIngester(SourceFiles sourceFiles, InputFormats formats, JdbcClient jdbc, DataSource dataSource, SqlFiles sql,
                  InovasiProperties properties, FaultPoints faults) {
        this.faults = faults;
        this.sourceFiles = sourceFiles;
        this.formats = formats;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.sql = sql;
        this.properties = properties;
    }

    private final FaultPoints faults;

    StepState newStep() {
        return new StepState(new RecordedFiles(sourceFiles.all()), new KeyOwners(jdbc, sql));
    }

    Result ingest(List<InboxFile> batch, StepState state, long runId) throws Exception {
        List<Fingerprint> fingerprints = fingerprints(batch);
        FileOutcome[] outcomes = new FileOutcome[batch.size()];
        List<FreshFile> fresh = recordFresh(batch, fingerprints, outcomes, state.recorded(), runId);
        List<FreshFile> reportFiles = fresh.stream().filter(f -> f.file().kind() == FileKind.REPORTS).toList();
        List<ReportLoader.Loaded> reports = reportFiles.isEmpty() ? List.of()
                : new ReportLoader(dataSource, formats.of(FileKind.REPORTS), properties, state.owners(), faults).load(reportFiles, runId);
        Map<Long, FileOutcome> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.file().fileId(), r.outcome()));
        ResultLoader results = new ResultLoader(dataSource, jdbc, sql, properties, sourceFiles);
        int superseded = 0;
        for (FreshFile file : fresh) {
            if (file.file().kind() != FileKind.REPORTS) {
                FileOutcome outcome = results.load(file, formats.of(file.file().kind()), runId);
                superseded += outcome.superseded();
                byId.put(file.fileId(), outcome);
                faults.reach(FaultPoints.Point.RESULTS_LOADED);
            }
        }
        List<SourceFiles.Completed> completed = fresh.stream().map(f -> new SourceFiles.Completed(f.fileId(), byId.get(f.fileId()))).toList();
        sourceFiles.complete(completed);
        superseded += supersedeReports(reports);
        if (!reports.isEmpty()) {
            faults.reach(FaultPoints.Point.SUPERSEDING);
        }
        sourceFiles.insertRejected(completed, runId);
        checkAccounting(fresh, byId);
        List<Ingested> done = new ArrayList<>(batch.size());
        for (int i = 0, f = 0; i < batch.size(); i++) {
            boolean read = f < fresh.size() && fresh.get(f).file() == batch.get(i);
            done.add(new Ingested(batch.get(i), read ? byId.get(fresh.get(f++).fileId()) : outcomes[i]));
        }
        Set<RegionYear> written = new HashSet<>();
        reports.forEach(r -> r.reported().forEach(o -> written.add(o.regionYear())));
        return new Result(done, superseded, written);
    }

    /**
     * Settles the files that are not read (unchanged, duplicate, refused link) into
     * {@code outcomes}, and records the fresh ones in one statement; returns those, in order, with
     * their ids. A copy of a fresh file of the same batch is recorded once that file has its id.
     */
    private List<FreshFile> recordFresh(List<InboxFile> batch, List<Fingerprint> fingerprints, FileOutcome[] outcomes,
                                        RecordedFiles recorded, long runId) {
        List<Integer> freshAt = new ArrayList<>();
        List<Integer> copiesOfFreshAt = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            InboxFile file = batch.get(i);
            Fingerprint fingerprint = fingerprints.get(i);
            if (fingerprint != null && fingerprint.unreadable()) {
                outcomes[i] = settleUnreadable(file, fingerprint, recorded, runId);
                continue;
            }
            RecordedFiles.FirstRead same = fingerprint == null ? null : recorded.firstRead(fingerprint.sha256());
            if (same != null && same.fileId() < 0 && !recorded.seen(file.relativePath(), fingerprint.sha256())) {
                copiesOfFreshAt.add(i);
                continue;
            }
            outcomes[i] = settleWithoutReading(file, fingerprint, recorded, runId);
            if (outcomes[i] == null) {
                freshAt.add(i);
                recorded.add(-1, file.relativePath(), fingerprint.sha256(), "loaded");
            }
        }
        List<Long> ids = sourceFiles.insertFresh(freshAt.stream().map(batch::get).toList(),
                freshAt.stream().map(fingerprints::get).toList(), runId);
        List<FreshFile> fresh = new ArrayList<>();
        for (int i = 0; i < freshAt.size(); i++) {
            fresh.add(new FreshFile(batch.get(freshAt.get(i)), fingerprints.get(freshAt.get(i)), ids.get(i)));
            recorded.assignId(fingerprints.get(freshAt.get(i)).sha256(), ids.get(i));
        }
        for (int i : copiesOfFreshAt) {
            outcomes[i] = settleWithoutReading(batch.get(i), fingerprints.get(i), recorded, runId);
        }
        return fresh;
    }

    /** Hashes the batch's files, on every core. */
    private static List<Fingerprint> fingerprints(List<InboxFile> batch) {
        return batch.parallelStream().map(file -> {
            if (file.outsideInbox()) {
                return null;
            }
            try {
                String workbook = Fingerprint.workbookOf(file.path());
                return workbook != null ? Fingerprint.ofWorkbook(file.path(), workbook) : Fingerprint.of(file.path());
            } catch (IOException e) {
                return Fingerprint.unreadable(e);
            }
        }).toList();
    }

    /**
     * A file that cannot be read is recorded once as rejected (unreadable), without a digest; while
     * it stays unreadable, later runs count it unchanged; once readable, it is read like any new file.
     */
    private FileOutcome settleUnreadable(InboxFile file, Fingerprint fingerprint, RecordedFiles recorded, long runId) {
        String path = file.relativePath();
        if (recorded.refused(path)) {
            return FileOutcome.unchanged();
        }
        long fileId = sourceFiles.insert(file.kind(), path, null, "rejected", "unreadable", fingerprint.notText(), runId);
        recorded.add(fileId, path, null, "rejected");
        log.warn("Rejected {}: {}", LogText.escape(path), LogText.escape(fingerprint.notText()));
        return FileOutcome.rejected("unreadable", fingerprint.notText(), null, List.of());
    }

    /** The outcome of a file that is not read (unchanged, duplicate, refused link), or null for a fresh one. */
    private FileOutcome settleWithoutReading(InboxFile file, Fingerprint fingerprint, RecordedFiles recorded, long runId) {
        String path = file.relativePath();
        if (file.outsideInbox()) {
            if (recorded.refused(path)) {
                return FileOutcome.unchanged();
            }
            String message = path + " resolves outside the inbox " + properties.inbox().toAbsolutePath()
                    + "; it was not read: copy the file into the inbox instead of linking to it";
            long fileId = sourceFiles.insert(file.kind(), path, null, "rejected", "outside_inbox", message, runId);
            recorded.add(fileId, path, null, "rejected");
            log.warn("Refused {}: {}", LogText.escape(path), LogText.escape(message));
            return FileOutcome.rejected("outside_inbox", message, null, List.of());
        }
        if (recorded.seen(path, fingerprint.sha256())) {
            return FileOutcome.unchanged();
        }
        RecordedFiles.FirstRead same = recorded.firstRead(fingerprint.sha256());
        if (same != null) {
            String message = "byte-identical to " + same.path() + " (file " + same.fileId() + ")"
                    + ", which is already recorded; nothing loaded";
            long fileId = sourceFiles.insert(file.kind(), path, fingerprint, "duplicate", null, message, runId);
            recorded.add(fileId, path, fingerprint.sha256(), "duplicate");
            return FileOutcome.duplicate(message);
        }
        return null;
    }

    /** Deletes what earlier files said for the OPD-years the batch's reports files report; returns the files superseded. */
    private int supersedeReports(List<ReportLoader.Loaded> reports) {
        List<Long> fileIds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> opds = new ArrayList<>();
        for (ReportLoader.Loaded report : reports) {
            for (OpdYear opdYear : report.supersedes()) {
                fileIds.add(report.file().fileId());
                years.add(opdYear.year());
                regions.add(opdYear.regionCode());
                opds.add(opdYear.opdCode());
            }
        }
        if (fileIds.isEmpty()) {
            return 0;
        }
        List<Long> losers = new ArrayList<>();
        List<Long> winners = new ArrayList<>();
        jdbc.sql(sql.get("ingest/reports-supersede"))
                .param("fileIds", fileIds.toArray(Long[]::new))
                .param("years", years.toArray(Integer[]::new))
                .param("regions", regions.toArray(String[]::new))
                .param("opds", opds.toArray(String[]::new))
                .query(rs -> {
                    losers.add(rs.getLong("loser"));
                    winners.add(rs.getLong("winner"));
                });
        return sourceFiles.markSuperseded(losers, winners).size();
    }

    /**
     * Lines read = rows loaded + rows rejected, against what the database holds: the rejected
     * rows and national or capacity rows by count, report rows by COPY's own row count.
     */
    private void checkAccounting(List<FreshFile> fresh, Map<Long, FileOutcome> outcomes) {
        Map<Long, long[]> held = sourceFiles.accounting(fresh.stream().map(FreshFile::fileId).toList());
        for (FreshFile file : fresh) {
            FileOutcome outcome = outcomes.get(file.fileId());
            boolean reports = file.file().kind() == FileKind.REPORTS;
            long[] counts = held.get(file.fileId());
            boolean resultsHeld = reports || counts[0] == outcome.rowsLoaded();
            if (outcome.linesRead() != outcome.rowsLoaded() + outcome.rowsRejected() || !resultsHeld || counts[1] != outcome.rowsRejected()) {
                throw new IllegalStateException("accounting check failed for " + file.path() + ": lines read " + outcome.linesRead()
                        + ", rows loaded " + outcome.rowsLoaded() + (reports ? "" : " (the database holds " + counts[0] + ")")
                        + ", rows rejected " + outcome.rowsRejected() + " (the database holds " + counts[1] + ")");
            }
        }
    }
}
