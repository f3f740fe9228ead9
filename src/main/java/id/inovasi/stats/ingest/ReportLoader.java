package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.operations.FaultPoints;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a batch of reports files through one {@code COPY} into {@code stats.innovation}: the
 * files are parsed one after the other on a second thread and their good rows stream to the
 * server as they are cleaned. A row whose key another OPD holds (see {@link KeyOwners}) is held
 * back until its file is read: it loads when the same file also reports that other OPD for that
 * year (the file moves the innovation), else it is rejected as {@code key_owned_by_other_opd}.
 * Superseding is the caller's: it needs the batch's rows in place (the primary key is deferred).
 */
final class ReportLoader {

    /**
     * A loaded reports file: its outcome, and the OPD-years it reports that earlier files may
     * also have reported (committed before the batch, or loaded earlier in it): what it supersedes.
     */
    record Loaded(FreshFile file, FileOutcome outcome, Set<OpdYear> reported, Set<OpdYear> supersedes, long withdrawn) {

        Loaded(FreshFile file, FileOutcome outcome, Set<OpdYear> reported, Set<OpdYear> supersedes) {
            this(file, outcome, reported, supersedes, 0);
        }
    }

    /** A good row held back until its file is read. */
    private record HeldRow(String[] values, long line, String sheet, String position, String raw) {
    }

    private final DataSource dataSource;
    private final InputFormat format;
    private final InovasiProperties properties;
    private final KeyOwners owners;
    private final int year;
    private final int region;
    private final int innovation;
    private final int opd;
    private final FaultPoints faults;

    ReportLoader(DataSource dataSource, InputFormat format, InovasiProperties properties, KeyOwners owners, FaultPoints faults) {
        this.faults = faults;
        this.dataSource = dataSource;
        this.format = format;
        this.properties = properties;
        this.owners = owners;
        this.year = format.indexOf("year");
        this.region = format.indexOf("region_code");
        this.innovation = format.indexOf("innovation_id");
        this.opd = format.indexOf("opd_code");
    }

    /** Loads the files, in their order, inside the caller's transaction. */
    List<Loaded> load(List<FreshFile> files, long runId) throws Exception {
        PipedCopy.Result<List<Loaded>> result = PipedCopy.run(dataSource,
                "COPY stats.innovation (" + format.copyColumns() + ") FROM STDIN", pipe -> parseAll(files, pipe, runId));
        long sent = result.produced().stream().mapToLong(l -> l.outcome().rowsLoaded() + l.withdrawn()).sum();
        if (result.copied() != sent) {
            throw new IllegalStateException("COPY into stats.innovation took " + result.copied() + " rows of " + files.size()
                    + " files but " + sent + " were sent");
        }
        List<Long> withdrawn = result.produced().stream().filter(l -> l.withdrawn() > 0).map(l -> l.file().fileId()).toList();
        if (!withdrawn.isEmpty()) {
            JdbcClient.create(dataSource).sql("DELETE FROM stats.innovation WHERE file_id IN (:fileIds)").param("fileIds", withdrawn).update();
        }
        return result.produced();
    }

    private List<Loaded> parseAll(List<FreshFile> files, CopyPipe pipe, long runId) {
        List<Loaded> loaded = new ArrayList<>(files.size());
        long maxFileSize = properties.ingest().maxFileSize().toBytes();
        for (int f = 0; f < files.size(); f++) {
            FreshFile file = files.get(f);
            try (OpenedFile opened = OpenedFile.open(file, format, maxFileSize)) {
                loaded.add(opened.isRejected() ? new Loaded(file, opened.rejected, Set.of(), Set.of())
                        : parse(file, opened, pipe, runId, f < files.size() - 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** A file that changed while it was read: the rows it already sent to COPY are deleted after it. */
    private static Loaded withdrawn(FreshFile file, long sent, String detail) {
        return new Loaded(file, ChangedWhileRead.outcome(file, detail), Set.of(), Set.of(), sent);
    }

    /** Streams one file's good rows; {@code moreFollow}: later files of the batch must see its keys. */
    private Loaded parse(FreshFile file, OpenedFile opened, CopyPipe pipe, long runId, boolean moreFollow) throws IOException {
        String[] values = new String[format.columns().size()];
        List<RejectedLine> rejected = new ArrayList<>();
        List<HeldRow> held = new ArrayList<>();
        Set<OpdYear> opdYears = new LinkedHashSet<>();
        List<KeyOwners.LoadedKey> keys = new ArrayList<>();
        long lines = 0;
        long loaded = 0;
        long fileId = file.fileId();
        Progress progress = new Progress(file.path(), properties.ingest().progressInterval());
        RegionYear regionYear = null;
        OpdYear opdYear = null;
        try {
            for (SourceRecord record; (record = opened.records.next()) != null; ) {
                lines++;
                RowCleaner.Rejection rejection = opened.cleaner.clean(record, values);
                if (rejection != null) {
                    rejected.add(RejectedLine.of(rejection, record, opened.records.rawText(record)));
                    continue;
                }
                int rowYear = Integer.parseInt(values[year]);
                if (regionYear == null || regionYear.year() != rowYear || !regionYear.regionCode().equals(values[region])) {
                    regionYear = new RegionYear(rowYear, values[region]);
                }
                if (opdYear == null || !opdYear.regionYear().equals(regionYear) || !opdYear.opdCode().equals(values[opd])) {
                    opdYear = new OpdYear(rowYear, values[region], values[opd]);
                    opdYears.add(opdYear);
                }
                KeyOwner owner = owners.ownerOf(regionYear, values[innovation]);
                if (owner != null && !owner.opdCode().equals(values[opd])) {
                    held.add(new HeldRow(values.clone(), record.line(), record.sheet(), record.position(), opened.records.rawText(record)));
                    continue;
                }
                pipe.row(values, fileId, record.line(), runId);
                if (++loaded == 1) {
                    faults.reach(FaultPoints.Point.COPY_STREAMING);
                }
                if (moreFollow) {
                    keys.add(new KeyOwners.LoadedKey(regionYear, values[innovation], values[opd]));
                }
                if ((lines & 0x3FFF) == 0) {
                    progress.tick(lines);
                }
            }
            for (HeldRow row : held) {
                RegionYear rowRegionYear = new RegionYear(Integer.parseInt(row.values[year]), row.values[region]);
                KeyOwner owner = owners.ownerOf(rowRegionYear, row.values[innovation]);
                if (opdYears.contains(new OpdYear(rowRegionYear.year(), rowRegionYear.regionCode(), owner.opdCode()))) {
                    pipe.row(row.values, fileId, row.line, runId);
                    loaded++;
                    if (moreFollow) {
                        keys.add(new KeyOwners.LoadedKey(rowRegionYear, row.values[innovation], row.values[opd]));
                    }
                } else {
                    rejected.add(new RejectedLine(row.line, row.sheet, null, "key_owned_by_other_opd", row.position + ": innovation_id "
                            + row.values[innovation] + " of " + row.values[year] + " in region " + row.values[region]
                            + " is already reported by OPD " + owner.opdCode() + " in " + owner.path() + " (file " + owner.fileId()
                            + "); an innovation belongs to one OPD a year: correct the id here or in that file", row.raw));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return withdrawn(file, loaded, ChangedWhileRead.of(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        }
        String changed = ChangedWhileRead.check(file);
        if (changed != null) {
            return withdrawn(file, loaded, changed);
        }
        Set<OpdYear> supersedes = new LinkedHashSet<>();
        for (OpdYear reported : opdYears) {
            if (owners.heldBefore(reported.regionYear())) {
                supersedes.add(reported);
            }
        }
        if (moreFollow) {
            owners.fileLoaded(fileId, file.path(), opdYears, keys);
        }
        progress.done(lines, loaded, rejected.size());
        rejected.sort(RejectedLine.inFileOrder(opened.sheets()));
        Set<Integer> years = new TreeSet<>();
        opdYears.forEach(o -> years.add(o.year()));
        return new Loaded(file, opened.loaded(lines, loaded, rejected, 0, years), opdYears, supersedes);
    }
}
